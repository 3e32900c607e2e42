import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../shared/commands/commands';
import type { CommandSpec } from '../../../shared/commands/commandSpec';
import { DEFAULT_KEYMAP, keymapWith } from '../../../shared/commands/keymap';
import { menuSections, type CommandItem, type MenuEntry, type MenuSection } from '../../../main/host/menuTemplate';

const specs: readonly CommandSpec[] = COMMANDS;

const commandItems = (sections: MenuSection[]): CommandItem[] =>
  sections.flatMap((s) => (s.kind === 'submenu' ? s.items.filter((i): i is CommandItem => i.kind === 'command') : []));

const item = (sections: MenuSection[], id: string): CommandItem | undefined => commandItems(sections).find((i) => i.id === id);

const entries = (sections: MenuSection[], place: string): MenuEntry[] => {
  const section = sections.find((s) => s.kind === 'submenu' && s.place === place);
  return section?.kind === 'submenu' ? section.items : [];
};

/** A place's items in short: command ids, role names, and "-" for separators. */
const outline = (sections: MenuSection[], place: string): string[] =>
  entries(sections, place).map((e) => (e.kind === 'command' ? e.id : e.kind === 'role' ? e.role : '-'));

describe('the application menu', () => {
  it('has every command the registry places in the menu, exactly once, under its place', () => {
    for (const mac of [false, true]) {
      const sections = menuSections(DEFAULT_KEYMAP, mac);
      const ids = commandItems(sections).map((i) => i.id);
      const placed = specs.filter((s) => s.menu !== undefined);
      expect(ids.sort()).toEqual(placed.map((s) => s.id).sort());
      for (const spec of placed) expect(entries(sections, spec.menu ?? '').some((e) => e.kind === 'command' && e.id === spec.id)).toBe(true);
    }
  });

  it('orders the menus File, Edit, View, Go, Article, Window, Help, with the app menu first on a Mac', () => {
    const names = (mac: boolean): string[] => menuSections(DEFAULT_KEYMAP, mac).map((s) => (s.kind === 'role' ? s.role : s.place));
    expect(names(false)).toEqual(['file', 'edit', 'view', 'go', 'article', 'windowMenu', 'help']);
    expect(names(true)).toEqual(['appMenu', 'file', 'edit', 'view', 'go', 'article', 'windowMenu', 'help']);
    expect(menuSections(DEFAULT_KEYMAP, false).flatMap((s) => (s.kind === 'submenu' ? [s.label] : []))).toEqual(['&File', '&Edit', '&View', '&Go', '&Article', '&Help']);
  });

  it('keeps the standard roles: clipboard between undo/redo and the rest of Edit, zoom and full screen in View, quit or close last in File', () => {
    const sections = menuSections(DEFAULT_KEYMAP, false);
    expect(outline(sections, 'edit')).toEqual(['edit.undo', 'edit.redo', '-', 'cut', 'copy', 'paste', '-', 'selection.toggle', 'selection.all']);
    expect(outline(sections, 'view').slice(-5)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', '-', 'togglefullscreen']);
    expect(outline(sections, 'view')).not.toContain('toggleDevTools');
    expect(outline(sections, 'file').at(-1)).toBe('quit');
    expect(outline(menuSections(DEFAULT_KEYMAP, true), 'file').at(-1)).toBe('close');
    const dev = outline(menuSections(DEFAULT_KEYMAP, false, { devTools: true }), 'view');
    expect(dev).toContain('reload');
    expect(dev).toContain('toggleDevTools');
  });

  it('never shows a separator first, last or twice in a row', () => {
    for (const section of menuSections(DEFAULT_KEYMAP, true, { devTools: true })) {
      if (section.kind !== 'submenu') continue;
      const kinds = section.items.map((e) => e.kind);
      expect(kinds[0]).not.toBe('separator');
      expect(kinds.at(-1)).not.toBe('separator');
      expect(kinds.join(' ')).not.toContain('separator separator');
    }
  });

  it('labels items with the command titles and shows Ctrl/Cmd shortcuts, registered', () => {
    const sections = menuSections(DEFAULT_KEYMAP, false);
    expect(item(sections, 'palette.open')).toEqual({ kind: 'command', id: 'palette.open', label: 'Command palette…', accelerator: 'CmdOrCtrl+K', registerAccelerator: true, hint: null });
    expect(item(sections, 'edit.redo')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: true });
    expect(item(sections, 'view.list')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+L', registerAccelerator: true });
  });

  it('shows single keys such as j without registering them, so text boxes keep them', () => {
    const sections = menuSections(DEFAULT_KEYMAP, false);
    expect(item(sections, 'list.next')).toMatchObject({ label: 'Next article', accelerator: 'J', registerAccelerator: false, hint: null });
    expect(item(sections, 'help.shortcuts')).toMatchObject({ accelerator: '?', registerAccelerator: false });
  });

  it('gives single keys no accelerator on macOS, where Electron would register it anyway, and names them in the hint', () => {
    const sections = menuSections(keymapWith({ 'view.readingMode': ['f', 'Mod+Shift+f'] }), true);
    expect(item(sections, 'list.next')).toMatchObject({ label: 'Next article', accelerator: null, registerAccelerator: false, hint: 'J' });
    expect(item(sections, 'selection.toggle')).toMatchObject({ accelerator: null, hint: 'X' });
    // A later binding with Cmd is shown instead.
    expect(item(sections, 'view.readingMode')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+F', registerAccelerator: true, hint: null });
    expect(item(sections, 'palette.open')).toMatchObject({ accelerator: 'CmdOrCtrl+K', registerAccelerator: true });
  });

  it('gives a sequence such as g a no accelerator, and its label only the title', () => {
    for (const mac of [false, true]) {
      const all = item(menuSections(DEFAULT_KEYMAP, mac), 'go.all');
      expect(all).toMatchObject({ label: 'Go to All articles', accelerator: null, registerAccelerator: false });
      // Electron cannot show it; macOS shows this on hover.
      expect(all?.hint).toBe('G then A');
    }
    // A command without keys has neither.
    expect(item(menuSections(DEFAULT_KEYMAP, false), 'import.folder')).toMatchObject({ accelerator: null, hint: null });
  });

  it('follows remapped keys: the first binding Electron can show, or none', () => {
    const keymap = keymapWith({ 'palette.open': ['Mod+p'], 'list.next': ['g n', 'ArrowDown'], 'sync.all': [], 'import.open': ['Alt+i'], 'go.all': ['Mod+1'] });
    const sections = menuSections(keymap, false);
    expect(item(sections, 'palette.open')).toMatchObject({ accelerator: 'CmdOrCtrl+P', registerAccelerator: true });
    expect(item(sections, 'list.next')).toMatchObject({ accelerator: 'Down', registerAccelerator: false, hint: null });
    expect(item(sections, 'sync.all')).toMatchObject({ accelerator: null, registerAccelerator: false, hint: null });
    expect(item(sections, 'import.open')).toMatchObject({ accelerator: 'Alt+I', registerAccelerator: true });
    expect(item(sections, 'go.all')).toMatchObject({ accelerator: 'CmdOrCtrl+1', registerAccelerator: true });
  });

  it('shows no key twice: a clash goes to the first item, and a role gives up the keys a command took', () => {
    const sections = menuSections(keymapWith({ 'view.sidebar': ['Mod+k'] }), false);
    expect(item(sections, 'palette.open')?.accelerator).toBe('CmdOrCtrl+K');
    expect(item(sections, 'view.sidebar')).toMatchObject({ accelerator: null, hint: null });
    // Larger and Smaller text have Ctrl+= and Ctrl+-, which are page zoom's keys.
    const roles = entries(sections, 'view').flatMap((e) => (e.kind === 'role' ? [[e.role, e.keepsKey]] : []));
    expect(Object.fromEntries(roles)).toEqual({ resetZoom: true, zoomIn: false, zoomOut: false, togglefullscreen: true });
    // Only while a command has them.
    const freed = menuSections(keymapWith({ 'view.textLarger': [], 'view.textSmaller': [] }), false);
    expect(entries(freed, 'view').every((e) => e.kind !== 'role' || e.keepsKey)).toBe(true);
    // The clipboard keeps its keys whatever happens: on a Mac, text boxes copy and paste through them.
    const copying = menuSections(keymapWith({ 'selection.toggle': ['Mod+c'] }), true);
    expect(entries(copying, 'edit').find((e) => e.kind === 'role' && e.role === 'copy')).toEqual({ kind: 'role', role: 'copy', keepsKey: true });
  });

  it('leaves out keys Electron cannot name, and doubles & so it is not taken for an access key', () => {
    const sections = menuSections(keymapWith({ 'list.next': ['é', 'Mod+F2'] }), false);
    expect(item(sections, 'list.next')).toMatchObject({ accelerator: 'CmdOrCtrl+F2', hint: null });
    expect(item(menuSections(keymapWith({ 'list.next': ['é'] }), false), 'list.next')).toMatchObject({ accelerator: null, hint: 'É' });
  });
});
