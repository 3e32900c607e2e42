import { BrowserWindow, Menu, app, net, shell } from 'electron';
import { join } from 'node:path';
import { channelOf } from '../../shared/host/contract';
import { appRoot } from '../host/appRoot';
import { appVersion } from '../host/appVersion';
import { createHostServices } from '../host/hostServices';
import { buildAppMenu } from './appMenu';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { wireIpc } from './ipcBridge';
import { pickArticleFiles, pickFolderPath } from './openDialog';
import { createMainWindow, lockDownWebContents } from './secureWindow';

/** The Electron shell: lifecycle, window, menu and IPC over the plain-Node host services. */
const root = appRoot();
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
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
        emit: (event, payload) => mainWindow?.webContents.send(channelOf(event), payload),
      },
      app.getPath('userData'),
      () => net.isOnline(),
    );
    wireIpc(services.handlers);
    // Sync runs with or without a window; articles wait in the outbox until one pulls them.
    void services.start();
    app.on('before-quit', () => services.stop());
    Menu.setApplicationMenu(buildAppMenu(() => mainWindow));
    mainWindow = createMainWindow(join(root, 'dist', 'main', 'electron', 'preload.cjs'));
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(join(root, 'dist', 'main', 'electron', 'preload.cjs'));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
