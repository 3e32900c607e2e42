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
        { label: 'Tags…', click: run('tags.show') },
        { label: 'Sync All', accelerator: 'CmdOrCtrl+Shift+R', click: run('sync.all') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      // Not the editMenu role: its Undo and Select All would act on the page's
      // text only, where the archivist means the last tag operation and the list.
      label: '&Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: run('edit.undo') },
        { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: run('edit.redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { label: 'Select All', accelerator: 'CmdOrCtrl+A', click: run('edit.selectAll') },
      ],
    },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'About Newsroom Reader', click: run('app.about') }] },
  ];
  // Electron types buildFromTemplate as returning a Menu; the lint rule cannot see through the native class.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
  return Menu.buildFromTemplate(template);
}
