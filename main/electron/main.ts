import { BrowserWindow, Menu, app, net, shell } from 'electron';
import { join } from 'node:path';
import { DEFAULT_KEYMAP, type Keymap } from '../../shared/commands/keymap';
import { channelOf } from '../../shared/host/contract';
import { appRoot } from '../host/appRoot';
import { appVersion } from '../host/appVersion';
import { createHostServices } from '../host/hostServices';
import { buildAppMenu } from './appMenu';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { wireIpc } from './ipcBridge';
import { pickArticleFiles, pickFolderPath } from './openDialog';
import { createMainWindow, lockDownWebContents } from './secureWindow';
import { rememberPlacement, savedPlacement } from './windowPlacement';

/** The Electron shell: lifecycle, window, menu and IPC over the plain-Node host services. */
const root = appRoot();
const preloadPath = join(root, 'dist', 'main', 'electron', 'preload.cjs');
let mainWindow: BrowserWindow | null = null;
let opening: Promise<BrowserWindow> | null = null;

/** Opens the main window where it was last; one at a time, however often macOS asks. */
function openMainWindow(): Promise<BrowserWindow> {
  opening ??= savedPlacement(app.getPath('userData'))
    .then((placement) => {
      const window = createMainWindow(preloadPath, placement);
      rememberPlacement(window, app.getPath('userData'));
      window.on('closed', () => {
        if (mainWindow === window) mainWindow = null;
      });
      mainWindow = window;
      return window;
    })
    .finally(() => {
      opening = null;
    });
  return opening;
}

/** The menu shows the person's own shortcuts: rebuilt whenever the renderer reports its key map. */
let keymap: Keymap = DEFAULT_KEYMAP;
const showAppMenu = (): void => Menu.setApplicationMenu(buildAppMenu(() => mainWindow, keymap));

// One reader per person: a second launch (the icon clicked again) hands over to the first and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.on('second-instance', () => {
    if (!mainWindow) {
      if (app.isReady()) void openMainWindow();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  void app.whenReady().then(() => {
    lockDownWebContents();
    serveRenderer(join(root, 'dist', 'renderer'));
    const services = createHostServices(
      {
        appInfo: { name: app.getName(), version: appVersion(root), shell: 'electron', nativeFileDialog: true },
        pickFiles: (options) => pickArticleFiles(mainWindow, options),
        pickFolderPath: () => pickFolderPath(mainWindow),
        openInBrowser: (url) => shell.openExternal(url).then(() => true),
        // The Dock on macOS, and Linux docks that read the LauncherEntry D-Bus API. Windows has no count
        // badge, only an overlay icon that would need a picture of each number: there this says false.
        setBadgeCount: (count) => app.setBadgeCount(count),
        showMenuKeys: (next) => {
          keymap = next;
          showAppMenu();
          return true;
        },
        emit: (event, payload) => mainWindow?.webContents.send(channelOf(event), payload),
      },
      app.getPath('userData'),
      () => net.isOnline(),
    );
    wireIpc(services.handlers);
    // Sync runs with or without a window; articles wait in the outbox until one pulls them.
    void services.start();
    app.on('before-quit', () => services.stop());
    showAppMenu();
    void openMainWindow();
  });

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void openMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
