/**
 * Key chords as text. A binding is a sequence of chords separated by spaces
 * ("g a"); a chord is modifiers and a key ("Mod+Shift+Z"). Canonical form:
 * - modifiers in the order Mod, Alt, Shift; Mod is Ctrl, or Cmd on a Mac;
 * - letters lower case, Shift written out ("Shift+j"), so Caps Lock and the
 *   way a layout reports Shift+J make no difference;
 * - other printed characters as typed, without Shift ("?", not "Shift+/"),
 *   since which key makes "?" depends on the keyboard layout;
 * - named keys as the DOM names them ("Enter", "ArrowDown"), and " " as "Space".
 */

/** What a keydown says about its key (a subset of KeyboardEvent, so this stays free of the DOM). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const MODIFIER_KEYS = new Set(['Control', 'Meta', 'Alt', 'Shift', 'AltGraph', 'CapsLock', 'Dead', 'Unidentified', 'Process', 'Compose', 'OS', 'Hyper', 'Super', 'Fn']);

/** Names people type for keys, by their lower-case spelling, and the key they mean. */
const KEY_ALIASES: Record<string, string> = {
  esc: 'Escape', escape: 'Escape', enter: 'Enter', return: 'Enter', space: 'Space', spacebar: 'Space', tab: 'Tab',
  up: 'ArrowUp', down: 'ArrowDown', left: 'ArrowLeft', right: 'ArrowRight',
  arrowup: 'ArrowUp', arrowdown: 'ArrowDown', arrowleft: 'ArrowLeft', arrowright: 'ArrowRight',
  home: 'Home', end: 'End', pageup: 'PageUp', pagedown: 'PageDown', pgup: 'PageUp', pgdn: 'PageDown',
  backspace: 'Backspace', delete: 'Delete', del: 'Delete', insert: 'Insert', plus: '+', comma: ',',
};
const MODIFIER_ALIASES: Record<string, 'Mod' | 'Alt' | 'Shift'> = {
  mod: 'Mod', ctrl: 'Mod', control: 'Mod', cmd: 'Mod', command: 'Mod', meta: 'Mod', super: 'Mod', '⌘': 'Mod',
  alt: 'Alt', option: 'Alt', opt: 'Alt', '⌥': 'Alt',
  shift: 'Shift', '⇧': 'Shift',
};

const isLetter = (key: string): boolean => key.length === 1 && key.toLowerCase() !== key.toUpperCase();

function canonical(mods: { mod: boolean; alt: boolean; shift: boolean }, key: string): string {
  const printed = key.length === 1;
  // A printed non-letter already shows its Shift ("?"); a letter carries it as "Shift+".
  const shift = mods.shift && (!printed || isLetter(key));
  const name = isLetter(key) ? key.toLowerCase() : key === ' ' ? 'Space' : key;
  return [mods.mod && 'Mod', mods.alt && 'Alt', shift && 'Shift', name].filter(Boolean).join('+');
}

/** The chord a keydown makes, or null for a modifier pressed alone (or a dead key mid-composition). */
export function chordOf(press: KeyPress): string | null {
  if (MODIFIER_KEYS.has(press.key) || press.key === '') return null;
  // Shift+j arrives as "J"; Caps Lock's "J" arrives without Shift and is still j.
  const shift = press.shiftKey;
  return canonical({ mod: press.ctrlKey || press.metaKey, alt: press.altKey, shift }, press.key);
}

export type ParsedBinding = { ok: true; sequence: string } | { ok: false; error: string };

/**
 * Reads a binding as a person writes it: "Ctrl+K", "cmd+k", "G" (Shift+g),
 * "g a", "Shift+J", "Esc". The answer is canonical, or says what was wrong.
 */
export function parseBinding(text: string): ParsedBinding {
  const chords = text.trim().split(/\s+/).filter(Boolean);
  if (chords.length === 0) return { ok: false, error: 'Type a key, such as j, Ctrl+K or g a.' };
  if (chords.length > 3) return { ok: false, error: `“${text.trim()}” has ${chords.length} steps; a shortcut has at most 3.` };
  const out: string[] = [];
  for (const chord of chords) {
    // "+" alone, or at the end ("Ctrl++"), is the plus key.
    const parts = chord === '+' ? ['+'] : chord.endsWith('++') ? [...chord.slice(0, -2).split('+'), '+'] : chord.split('+');
    const mods = { mod: false, alt: false, shift: false };
    const keyPart = parts.pop() ?? '';
    for (const part of parts) {
      const modifier = MODIFIER_ALIASES[part.toLowerCase()];
      if (!modifier) return { ok: false, error: `“${part}” in “${chord}” is not a modifier: use Ctrl (Cmd on a Mac), Alt or Shift.` };
      mods[modifier === 'Mod' ? 'mod' : modifier === 'Alt' ? 'alt' : 'shift'] = true;
    }
    if (keyPart === '') return { ok: false, error: `“${chord}” names no key after its modifiers.` };
    let key = KEY_ALIASES[keyPart.toLowerCase()] ?? keyPart;
    if (key.length > 1 && !/^(F([1-9]|1[0-9]|2[0-4])|Enter|Escape|Space|Tab|Arrow(Up|Down|Left|Right)|Home|End|Page(Up|Down)|Backspace|Delete|Insert)$/.test(key)) {
      return { ok: false, error: `“${keyPart}” is not a key this reader knows; use a single character or a name such as Enter, Space, Esc, Up or F2.` };
    }
    // "G" written alone means Shift+g, as on the keyboard; "Ctrl+K" is only how menus write Ctrl+k.
    if (parts.length === 0 && isLetter(key) && key !== key.toLowerCase()) mods.shift = true;
    if (key === 'Space') key = ' ';
    out.push(canonical(mods, key));
  }
  return { ok: true, sequence: out.join(' ') };
}

/** True when the binding may run while the person types in a box: only a single chord with Ctrl/Cmd or Alt, or a function key. */
export function worksWhileTyping(sequence: string): boolean {
  if (sequence.includes(' ')) return false;
  return /^(Mod|Alt)\+/.test(sequence) || /^(Shift\+)?F\d+$/.test(sequence);
}

const MAC_SYMBOLS: Record<string, string> = { Mod: '⌘', Alt: '⌥', Shift: '⇧' };
const KEY_LABELS: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→', Escape: 'Esc', PageUp: 'Page Up', PageDown: 'Page Down' };

/** The keys of one binding, each chord as the labels on its key caps: ["Ctrl", "K"], or ["⌘", "K"] on a Mac. */
export function keyCaps(sequence: string, mac: boolean): string[][] {
  return sequence.split(' ').map((chord) => {
    const parts = chord === '+' ? ['+'] : chord.endsWith('++') ? [...chord.slice(0, -2).split('+'), '+'] : chord.split('+');
    const key = parts.pop() ?? '';
    const mods = parts.map((m) => (mac ? (MAC_SYMBOLS[m] ?? m) : m === 'Mod' ? 'Ctrl' : m));
    const label = KEY_LABELS[key] ?? (isLetter(key) ? key.toUpperCase() : key);
    return [...mods, label];
  });
}

/** A binding in words, as a menu or a tooltip shows it: "Ctrl+Shift+Z", "G then A". */
export function describeBinding(sequence: string, mac: boolean): string {
  return keyCaps(sequence, mac).map((caps) => caps.join(mac ? '' : '+')).join(' then ');
}

/** Electron's accelerator for a single-chord binding ("CmdOrCtrl+Shift+Z"), or null for a sequence Electron cannot show. */
export function acceleratorOf(sequence: string): string | null {
  if (sequence.includes(' ')) return null;
  const parts = sequence === '+' ? ['+'] : sequence.endsWith('++') ? [...sequence.slice(0, -2).split('+'), '+'] : sequence.split('+');
  const key = parts.pop() ?? '';
  const names: Record<string, string> = { ArrowUp: 'Up', ArrowDown: 'Down', ArrowLeft: 'Left', ArrowRight: 'Right', Escape: 'Esc', ' ': 'Space', '+': 'Plus' };
  const mods = parts.map((m) => (m === 'Mod' ? 'CmdOrCtrl' : m));
  return [...mods, names[key] ?? (isLetter(key) ? key.toUpperCase() : key)].join('+');
}
