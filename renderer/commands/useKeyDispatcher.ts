import { useEffect, useMemo, useState } from 'react';
import { commandSpec } from '../../shared/commands/commands';
import { chordOf, worksWhileTyping } from '../../shared/commands/keyChord';
import { KeySequenceMatcher } from '../../shared/commands/keySequenceMatcher';
import { isTyping } from '../features/keys/isTyping';
import { useCommands } from './CommandContext';

/** Elements whose own Enter and Space matter more than a command's: pressing a button presses it. */
const PRESSABLE = /^(BUTTON|A|SUMMARY)$/;

/**
 * The one keydown listener for shortcuts: chords become commands through the
 * key map, sequences ("g a") included. A key goes to a command only when it
 * is enabled; otherwise the key does what it would have done. Returns the
 * first keys of a sequence while it waits for the rest, for the status bar.
 *
 * `menuOwnsModifiedKeys`: in Electron the application menu's accelerators
 * already run commands bound with Ctrl/Cmd, so they are left to it here.
 */
export function useKeyDispatcher(menuOwnsModifiedKeys: boolean): string | null {
  const { keymap, run } = useCommands();
  const [waiting, setWaiting] = useState<string | null>(null);
  const matcher = useMemo(() => new KeySequenceMatcher(keymap, (id, sequence) => !(menuOwnsModifiedKeys && commandSpec(id).menu && /^(Mod|Alt)\+/.test(sequence) && !sequence.includes(' '))), [keymap, menuOwnsModifiedKeys]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      // A component that handled the key itself (a dialog's Escape, the search box's Enter) wins.
      if (event.defaultPrevented || event.isComposing) return;
      const chord = chordOf(event);
      if (chord === null) return;
      if (isTyping(event.target) && !worksWhileTyping(chord)) {
        matcher.reset();
        setWaiting(null);
        // Esc in a box leaves it for its pane, where the next Esc goes back (a dialog's boxes are the dialog's).
        if (chord === 'Escape' && event.target instanceof HTMLElement && !event.target.closest('dialog')) {
          event.preventDefault();
          const pane = event.target.closest<HTMLElement>('[data-pane]');
          event.target.blur();
          pane?.focus();
        }
        return;
      }
      if ((chord === 'Enter' || chord === 'Space') && event.target instanceof HTMLElement && PRESSABLE.test(event.target.tagName)) return;
      const result = matcher.feed(chord, event.timeStamp);
      if (result.kind === 'pending') {
        event.preventDefault();
        setWaiting(result.prefix);
        return;
      }
      setWaiting(null);
      if (result.kind === 'run' && run(result.id)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [matcher, run]);
  return waiting;
}
