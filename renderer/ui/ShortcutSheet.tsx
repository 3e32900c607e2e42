import type { ReactNode } from 'react';
import { useModalDialog } from './useModalDialog';
import { COMMANDS } from '../../shared/commands/commands';
import type { Keymap } from '../../shared/commands/keymap';
import { KeyCaps } from './KeyCaps';

export interface ShortcutSheetProps {
  keymap: Keymap;
  onClose: () => void;
  onOpenSettings: () => void;
}

/** Every command with a shortcut, grouped as in Settings, showing the person's own keys. */
export function ShortcutSheet({ keymap, onClose, onOpenSettings }: ShortcutSheetProps): ReactNode {
  const ref = useModalDialog();
  const groups = [...new Set(COMMANDS.map((c) => c.group))];
  return (
    <dialog ref={ref} className="shortcut-sheet" aria-labelledby="shortcut-sheet-title" onClose={onClose}>
      <header className="dialog-header">
        <h2 id="shortcut-sheet-title">Keyboard shortcuts</h2>
        <form method="dialog">
          <button type="submit" className="button" autoFocus>
            Close
          </button>
        </form>
      </header>
      <div className="shortcut-groups">
        {groups.map((group) => (
          <section key={group} aria-labelledby={`keys-${group}`}>
            <h3 id={`keys-${group}`}>{group}</h3>
            <dl>
              {COMMANDS.filter((c) => c.group === group && keymap[c.id].length > 0).map((c) => (
                <div key={c.id} className="shortcut-row">
                  <dt>{c.title}</dt>
                  <dd>
                    {keymap[c.id].map((sequence) => (
                      <KeyCaps key={sequence} sequence={sequence} />
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <p className="dialog-footer muted">
        Letter keys do nothing while you type in a box. Change any shortcut in{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            ref.current?.close();
            onOpenSettings();
          }}
        >
          Settings
        </button>
        .
      </p>
    </dialog>
  );
}
