import type { ReactNode } from 'react';
import { Shortcut } from './Shortcut';

/** What a new archive shows: how to get the first story in. */
export function EmptyArchive({ onImport }: { onImport: () => void }): ReactNode {
  return (
    <div className="empty-archive">
      <h2>Your archive is empty</h2>
      <p>Import an article you saved as text. Everything you import stays on this computer and reads without a network.</p>
      <button type="button" className="button primary" onClick={onImport}>
        Import articles…
      </button>
      <p className="hint">
        or press <Shortcut keys={['Mod', 'O']} />, or drop .txt files anywhere in this window
      </p>
    </div>
  );
}
