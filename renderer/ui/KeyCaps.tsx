import type { ReactNode } from 'react';
import { keyCaps } from '../../shared/commands/keyChord';

export const IS_MAC = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** A binding drawn as key caps: "g a" as [G] then [A], Mod as Ctrl or ⌘. */
export function KeyCaps({ sequence }: { sequence: string }): ReactNode {
  return (
    <span className="shortcut">
      <span className="visually-hidden">shortcut {keyCaps(sequence, IS_MAC).map((chord) => chord.join(' ')).join(' then ')}</span>
      {keyCaps(sequence, IS_MAC).map((chord, i) => (
        <span key={i} className="chord">
          {i > 0 && <span className="then" aria-hidden="true">then</span>}
          {chord.map((cap, j) => (
            <kbd key={j} aria-hidden="true">
              {cap}
            </kbd>
          ))}
        </span>
      ))}
    </span>
  );
}
