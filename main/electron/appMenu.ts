import { BrowserWindow, Menu, app, type MenuItemConstructorOptions } from 'electron';
import type { CommandId } from '../../shared/commands/commands';
import type { Keymap } from '../../shared/commands/keymap';
import { channelOf } from '../../shared/host/contract';
import { menuSections, type MenuEntry, type MenuSection } from '../host/menuTemplate';

/**
 * The application menu, from the command registry (see main/host/menuTemplate).
 * Every item the registry places asks the renderer to run its command; the
 * standard roles (clipboard, zoom, window) stay Electron's own.
 */
export function buildAppMenu(getWindow: () => BrowserWindow | null, keymap: Keymap): Menu {
  // The window the person is looking at; the main window when the menu is used with none focused (macOS).
  const run = (command: CommandId) => (): void => {
    (BrowserWindow.getFocusedWindow() ?? getWindow())?.webContents.send(channelOf('menuCommand'), { command });
  };

  const entry = (item: MenuEntry): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'role':
        // Electron falls back to a role's default keys only when accelerator is null or undefined;
        // an empty one shows and registers none, leaving those keys to the command that has them.
        return item.keepsKey ? { role: item.role } : { role: item.role, accelerator: '' };
      case 'command':
        return {
          label: item.label,
          click: run(item.id),
          ...(item.accelerator === null ? {} : { accelerator: item.accelerator, registerAccelerator: item.registerAccelerator }),
          // Sequences ("G then A") have no accelerator; macOS shows this on hover.
          ...(item.hint === null ? {} : { toolTip: item.hint }),
        };
    }
  };
  const section = (s: MenuSection): MenuItemConstructorOptions =>
    s.kind === 'role'
      ? { role: s.role }
      : // Help's role gives macOS its search field.
        { label: s.label, ...(s.place === 'help' ? { role: 'help' as const } : {}), submenu: s.items.map(entry) };

  const template = menuSections(keymap, process.platform === 'darwin', { devTools: !app.isPackaged }).map(section);
  // Electron types buildFromTemplate as returning a Menu; the lint rule cannot see through the native class.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
  return Menu.buildFromTemplate(template);
}
