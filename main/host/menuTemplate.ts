import { COMMANDS, type CommandId } from '../../shared/commands/commands';
import type { CommandSpec, MenuPlace } from '../../shared/commands/commandSpec';
import type { Keymap } from '../../shared/commands/keymap';
import { keyIdentity, menuKeyOf, type MenuKey } from './menuKeys';

/**
 * The application menu as plain data, built from the command registry and
 * the person's key map. Plain Node so tests cover it; main/electron/appMenu
 * turns it into Electron's template.
 */

/** Electron's standard items the menu keeps beside the registry's commands. */
export type MenuRole = 'cut' | 'copy' | 'paste' | 'reload' | 'toggleDevTools' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'togglefullscreen' | 'close' | 'quit';

export interface CommandItem extends MenuKey {
  kind: 'command';
  id: CommandId;
  label: string;
}

export interface RoleItem {
  kind: 'role';
  role: MenuRole;
  /** False when the key map gave the role's usual keys to a command: the role is shown without them. */
  keepsKey: boolean;
}

export type MenuEntry = CommandItem | RoleItem | { kind: 'separator' };

export type MenuSection =
  /** Electron's own menus: the macOS app menu, and Window. */
  | { kind: 'role'; role: 'appMenu' | 'windowMenu' }
  | { kind: 'submenu'; place: MenuPlace; label: string; items: MenuEntry[] };

/** The menu places in menu-bar order, with Windows/Linux access keys (& marks the letter). */
const PLACES: ReadonlyArray<readonly [MenuPlace, string]> = [['file', '&File'], ['edit', '&Edit'], ['view', '&View'], ['go', '&Go'], ['article', '&Article'], ['help', '&Help']];

/** Edit's items that sit above the clipboard, as in every other app. */
const ABOVE_CLIPBOARD = new Set<string>(['edit.undo', 'edit.redo']);

/**
 * The keys Electron gives each role by default, in acceleratorOf's spelling.
 * macOS full screen (Ctrl+Cmd+F) has none here: a binding's Mod is Cmd on a Mac, so none can clash with it.
 */
function roleKey(role: MenuRole, mac: boolean): string | null {
  const keys: Record<MenuRole, string | null> = {
    cut: 'CmdOrCtrl+X', copy: 'CmdOrCtrl+C', paste: 'CmdOrCtrl+V', reload: 'CmdOrCtrl+R',
    toggleDevTools: mac ? 'CmdOrCtrl+Alt+I' : 'CmdOrCtrl+Shift+I', resetZoom: 'CmdOrCtrl+0', zoomIn: 'CmdOrCtrl+Plus', zoomOut: 'CmdOrCtrl+-',
    togglefullscreen: mac ? null : 'F11', close: 'CmdOrCtrl+W', quit: 'CmdOrCtrl+Q',
  };
  return keys[role];
}

/** Cut, copy and paste keep their keys whatever the key map says: on macOS text boxes copy and paste only through these menu items. */
const CLIPBOARD = new Set<MenuRole>(['cut', 'copy', 'paste']);

const SEPARATOR = { kind: 'separator' } as const;

/** Drops separators at either end and doubled ones, left where a place had no commands. */
function tidy(entries: MenuEntry[]): MenuEntry[] {
  const out: MenuEntry[] = [];
  for (const entry of entries) {
    if (entry.kind === 'separator' && (out.length === 0 || out.at(-1)?.kind === 'separator')) continue;
    out.push(entry);
  }
  if (out.at(-1)?.kind === 'separator') out.pop();
  return out;
}

export function menuSections(keymap: Keymap, mac: boolean, { devTools = false }: { devTools?: boolean } = {}): MenuSection[] {
  const specs: readonly CommandSpec[] = COMMANDS;
  const placed = (place: MenuPlace): CommandSpec[] => specs.filter((spec) => spec.menu === place);
  const aboveClipboard = placed('edit').filter((s) => ABOVE_CLIPBOARD.has(s.id));
  const belowClipboard = placed('edit').filter((s) => !ABOVE_CLIPBOARD.has(s.id));
  const ordered: Record<MenuPlace, CommandSpec[]> = {
    file: placed('file'),
    edit: [...aboveClipboard, ...belowClipboard],
    view: placed('view'), go: placed('go'), article: placed('article'), help: placed('help'),
  };

  // Commands claim keys first, in menu order; the roles then yield any they took.
  const taken = new Set<string>();
  const items = new Map<string, CommandItem>();
  for (const [place] of PLACES) {
    for (const spec of ordered[place]) {
      const id = spec.id as CommandId;
      // "&" would mark an access key on Windows and Linux; "&&" shows it as written.
      items.set(id, { kind: 'command', id, label: spec.title.replaceAll('&', '&&'), ...menuKeyOf(keymap[id], mac, taken) });
    }
  }
  const role = (name: MenuRole): RoleItem => {
    const key = roleKey(name, mac);
    return { kind: 'role', role: name, keepsKey: CLIPBOARD.has(name) || key === null || !taken.has(keyIdentity(key)) };
  };
  // A separator wherever the registry's group changes ("Go to" after "General"), so related commands sit together.
  const commands = (list: CommandSpec[]): MenuEntry[] =>
    list.flatMap((spec, i) => {
      const item = items.get(spec.id);
      if (!item) return [];
      return i > 0 && list[i - 1]?.group !== spec.group ? [SEPARATOR, item] : [item];
    });

  const contents: Record<MenuPlace, MenuEntry[]> = {
    file: [...commands(ordered.file), SEPARATOR, role(mac ? 'close' : 'quit')],
    edit: [...commands(aboveClipboard), SEPARATOR, role('cut'), role('copy'), role('paste'), SEPARATOR, ...commands(belowClipboard)],
    view: [
      ...commands(ordered.view),
      SEPARATOR,
      // Reload and the developer tools are for whoever builds the app, not for a packaged copy.
      ...(devTools ? [role('reload'), role('toggleDevTools'), SEPARATOR] : []),
      role('resetZoom'), role('zoomIn'), role('zoomOut'), SEPARATOR, role('togglefullscreen'),
    ],
    go: commands(ordered.go),
    article: commands(ordered.article),
    help: commands(ordered.help),
  };

  const sections: MenuSection[] = mac ? [{ kind: 'role', role: 'appMenu' }] : [];
  for (const [place, label] of PLACES) {
    if (place === 'help') sections.push({ kind: 'role', role: 'windowMenu' });
    const entries = tidy(contents[place]);
    if (entries.length > 0) sections.push({ kind: 'submenu', place, label, items: entries });
  }
  return sections;
}
