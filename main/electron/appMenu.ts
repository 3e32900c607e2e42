import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { channelOf, type MenuCommand } from '../../shared/host/contract';

/** The application menu. Items that act on the archive ask the renderer to run the command. */
export function buildAppMenu(getWindow: () => BrowserWindow | null): Menu {
  const run = (command: MenuCommand) => (): void => {
    getWindow()?.webContents.send(channelOf('menuCommand'), { command });
  };
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: run('import.open') },
        { label: 'Sources…', click: run('sources.show') },
        { label: 'Sync All', accelerator: 'CmdOrCtrl+Shift+R', click: run('sync.all') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'About Newsroom Reader', click: run('app.about') }] },
  ];
  // Electron types buildFromTemplate as returning a Menu; the lint rule cannot see through the native class.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
  return Menu.buildFromTemplate(template);
}
