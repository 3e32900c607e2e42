import { useState, type ReactNode, type SyntheticEvent } from 'react';

export interface AddSourceFormProps {
  folders: string[];
  busy: boolean;
  onAdd: (url: string, folder: string | null) => void;
  /** Watch a folder on this computer: by the path typed, or (null) one picked in the OS dialog. */
  onWatch: (path: string | null, folder: string | null) => void;
  /** The host can show the OS folder dialog (Electron); in a browser the path is typed. */
  canPickFolder: boolean;
}

type Kind = 'feed' | 'folder';

/** Subscribe by a feed's or a site's address, or watch a folder on this computer, optionally filed in a folder of sources. */
export function AddSourceForm({ folders, busy, onAdd, onWatch, canPickFolder }: AddSourceFormProps): ReactNode {
  const [kind, setKind] = useState<Kind>('feed');
  const [address, setAddress] = useState('');
  const [folder, setFolder] = useState('');
  const filedIn = folder.trim() === '' ? null : folder.trim();
  const submit = (event: SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (address.trim() === '') return;
    if (kind === 'feed') onAdd(address.trim(), filedIn);
    else onWatch(address.trim(), filedIn);
    setAddress('');
  };
  return (
    <form className="add-source" onSubmit={submit} aria-label="Add a source">
      <div className="add-source-kind">
      <fieldset className="segmented" aria-label="Kind of source">
        {(['feed', 'folder'] as const).map((k) => (
          <label key={k} className={kind === k ? 'is-on' : ''}>
            <input type="radio" name="source-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            {k === 'feed' ? 'Feed or site' : 'Folder on this computer'}
          </label>
        ))}
      </fieldset>
      </div>
      <label className="field grow">
        <span>{kind === 'feed' ? 'Feed or site address' : 'Folder path (its files and subfolders are watched)'}</span>
        <input
          type="text"
          inputMode={kind === 'feed' ? 'url' : 'text'}
          placeholder={kind === 'feed' ? 'https://example.org/feed.xml' : '/home/you/wire-drop'}
          value={address}
          onChange={(e) => setAddress(e.target.value)}
          required={kind === 'feed' || !canPickFolder}
        />
      </label>
      <label className="field">
        <span>File under</span>
        <input type="text" list="source-folders" placeholder="no folder" value={folder} onChange={(e) => setFolder(e.target.value)} />
        <datalist id="source-folders">
          {folders.map((f) => (
            <option key={f} value={f} />
          ))}
        </datalist>
      </label>
      {kind === 'folder' && canPickFolder && (
        <button type="button" className="button" disabled={busy} onClick={() => onWatch(null, filedIn)}>
          Choose a folder…
        </button>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? (kind === 'feed' ? 'Subscribing…' : 'Adding…') : kind === 'feed' ? 'Subscribe' : 'Watch folder'}
      </button>
    </form>
  );
}
