import { acceleratorOf, describeBinding, worksWhileTyping } from '../../shared/commands/keyChord';

/**
 * Keys Electron's accelerator syntax can name. acceleratorOf passes any
 * single character through, but Electron only knows ASCII ones: "É" would
 * be refused with a warning and show nothing.
 */
const ELECTRON_KEY = /^(?:[A-Z0-9]|[!-/:-@[-`{-~]|F(?:[1-9]|1\d|2[0-4])|Up|Down|Left|Right|Esc|Space|Plus|Enter|Tab|Home|End|PageUp|PageDown|Backspace|Delete|Insert)$/;

/** acceleratorOf, when Electron can take the answer. */
function electronAccelerator(binding: string): string | null {
  const accelerator = acceleratorOf(binding);
  return accelerator !== null && ELECTRON_KEY.test(accelerator.split('+').pop() ?? '') ? accelerator : null;
}

/** One accelerator for comparing: Chromium maps "Plus" and "=" to the same key, so they clash. */
export const keyIdentity = (accelerator: string): string => accelerator.replace(/(^|\+)Plus$/, '$1=');

/** A menu item's shortcut as Electron takes it. */
export interface MenuKey {
  /** Null when none of the command's bindings is one chord Electron can show ("g a"). */
  accelerator: string | null;
  /** False for keys that type text (j, Shift+j, ?): shown in the menu, but left to the page so text boxes keep them. */
  registerAccelerator: boolean;
  /** The first binding in words ("G then A", or "J" on macOS) when the menu cannot show it as an accelerator. */
  hint: string | null;
}

/**
 * The accelerator the menu may show for one binding. Keys that type text
 * (j, Shift+j, ?) are shown but not registered, so text boxes keep them;
 * except on macOS, where Electron registers every accelerator it shows
 * (registerAccelerator is not supported there) and j would stop typing j.
 */
function shownAccelerator(binding: string, mac: boolean): string | null {
  return mac && !worksWhileTyping(binding) ? null : electronAccelerator(binding);
}

/**
 * The menu shortcut for a command's bindings: the first one the menu can
 * show and no earlier item has claimed (`taken`, which this adds to), so
 * two items never show the same keys.
 */
export function menuKeyOf(bindings: readonly string[], mac: boolean, taken: Set<string>): MenuKey {
  for (const binding of bindings) {
    const accelerator = shownAccelerator(binding, mac);
    if (accelerator === null || taken.has(keyIdentity(accelerator))) continue;
    taken.add(keyIdentity(accelerator));
    // The registry's own test for keys that are safe to take while the person types: Ctrl/Cmd or Alt chords, and F keys.
    return { accelerator, registerAccelerator: worksWhileTyping(binding), hint: null };
  }
  // A clash leaves no hint: the keys belong to the item that claimed them.
  const [first] = bindings;
  const hint = first !== undefined && shownAccelerator(first, mac) === null ? describeBinding(first, mac) : null;
  return { accelerator: null, registerAccelerator: false, hint };
}
