import { BrowserWindow, app, session, shell } from 'electron';
import { join } from 'node:path';
import { safeExternalUrl } from '../host/safeExternalUrl';
import type { WindowPlacement } from '../host/windowBounds';
import { APP_ORIGIN } from './appProtocol';

/**
 * Every web contents the app ever creates: no navigation away from the app,
 * no new windows (http(s) links go to the OS browser), no webviews, and no
 * permissions (camera, notifications…) granted.
 */
export function lockDownWebContents(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.on('will-navigate', (event, url) => {
      if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
      const external = safeExternalUrl(url);
      if (external && !url.startsWith(`${APP_ORIGIN}/`)) void shell.openExternal(external);
    });
    contents.setWindowOpenHandler(({ url }) => {
      const external = safeExternalUrl(url);
      if (external) void shell.openExternal(external);
      return { action: 'deny' };
    });
  });
}

/** The reader's window, at `placement`: sandboxed, context-isolated, no Node, only the preload's contract. */
export function createMainWindow(preloadPath: string, placement: WindowPlacement): BrowserWindow {
  const { maximized, ...bounds } = placement;
  const window = new BrowserWindow({
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    title: 'Newsroom Reader',
    show: false,
    backgroundColor: '#f7f5f0',
    webPreferences: {
      preload: join(preloadPath),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => {
    // Maximized before it is first shown, so it never flashes at its normal size.
    if (maximized) window.maximize();
    window.show();
  });
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
