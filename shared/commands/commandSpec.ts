/**
 * What must be true for a command to run. The renderer reports these about
 * its state; a command runs only when every condition it names holds.
 */
export type Condition =
  /** The reader (list and article) is on screen and no dialog is open. */
  | 'reader'
  /** No dialog is open, whatever the screen. */
  | 'noDialog'
  /** A row in the list is selected. */
  | 'selected'
  /** An article is open in the reading pane. */
  | 'articleOpen'
  /** The open article has a link to its original page. */
  | 'hasLink'
  /** Some articles are picked for a bulk action. */
  | 'checked'
  | 'canUndo'
  | 'canRedo';

/** Where a command sits in the Electron application menu. */
export type MenuPlace = 'file' | 'edit' | 'view' | 'go' | 'article' | 'help';

export interface CommandSpec {
  /** Stable: menus, saved key maps and tests name commands by it. */
  id: string;
  /** What the palette, the menu and the shortcut sheet call it. */
  title: string;
  /** Heading on the shortcut sheet and in Settings. */
  group: string;
  /** Default bindings, canonical (see keyChord). Empty: reached from the palette or a menu. */
  keys: readonly string[];
  when: readonly Condition[];
  /** Present when the application menu shows it. */
  menu?: MenuPlace;
  /** More words the palette matches on. */
  aliases?: string;
}
