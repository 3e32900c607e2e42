import { useState, type ReactNode, type SyntheticEvent } from 'react';

export interface AddSourceFormProps {
  folders: string[];
  busy: boolean;
  onAdd: (url: string, folder: string | null) => void;
}

/** Subscribe by a feed's or a site's address, optionally into a folder. */
export function AddSourceForm({ folders, busy, onAdd }: AddSourceFormProps): ReactNode {
  const [url, setUrl] = useState('');
  const [folder, setFolder] = useState('');
  const submit = (event: SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (url.trim() === '') return;
    onAdd(url.trim(), folder.trim() === '' ? null : folder.trim());
    setUrl('');
  };
  return (
    <form className="add-source" onSubmit={submit} aria-label="Add a source">
      <label className="field grow">
        <span>Feed or site address</span>
        <input type="text" inputMode="url" placeholder="https://example.org/feed.xml" value={url} onChange={(e) => setUrl(e.target.value)} required />
      </label>
      <label className="field">
        <span>Folder</span>
        <input type="text" list="source-folders" placeholder="none" value={folder} onChange={(e) => setFolder(e.target.value)} />
        <datalist id="source-folders">
          {folders.map((f) => (
            <option key={f} value={f} />
          ))}
        </datalist>
      </label>
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? 'Subscribing…' : 'Subscribe'}
      </button>
    </form>
  );
}
