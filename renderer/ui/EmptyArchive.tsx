import type { ReactNode } from 'react';
import { KeyCaps } from './KeyCaps';

export interface EmptyArchiveProps {
  onImport: () => void;
  onAddFeed: () => void;
}

/** What a new archive shows: the first steps, each one a button. */
export function EmptyArchive({ onImport, onAddFeed }: EmptyArchiveProps): ReactNode {
  return (
    <div className="empty-archive">
      <h2>Your archive is empty</h2>
      <p>Everything you bring in stays on this computer and reads without a network, pictures included.</p>
      <ol className="first-steps">
        <li>
          <button type="button" className="button primary" onClick={onImport}>
            Import articles…
          </button>
          <span className="hint">
            text, HTML, feeds or IPTC ninjs files · <KeyCaps sequence="Mod+o" /> · or drop files anywhere in this window
          </span>
        </li>
        <li>
          <button type="button" className="button" onClick={onAddFeed}>
            Add a feed…
          </button>
          <span className="hint">RSS, Atom or JSON Feed, a web page, or a folder to watch</span>
        </li>
        <li>
          <span className="step-title">Then search everything</span>
          <span className="hint">
            <KeyCaps sequence="/" /> searches the full text · <KeyCaps sequence="Mod+k" /> finds any command · <KeyCaps sequence="?" /> lists the keys
          </span>
        </li>
      </ol>
    </div>
  );
}
