import { useState, type ReactNode, type SyntheticEvent } from 'react';
import type { Subscription } from '../../shared/model';

export interface EditSourceFormProps {
  source: Subscription;
  onSave: (changes: { title: string; folder: string | null; intervalMinutes: number; alwaysFetchPage?: boolean }) => void;
  onCancel: () => void;
}

/** Rename a source, file it in a folder, change how often it syncs, or (a feed) have every story taken from its page. */
export function EditSourceForm({ source, onSave, onCancel }: EditSourceFormProps): ReactNode {
  const [title, setTitle] = useState(source.title);
  const [folder, setFolder] = useState(source.folder ?? '');
  const [interval, setInterval] = useState(String(source.intervalMinutes));
  const [alwaysFetchPage, setAlwaysFetchPage] = useState(source.alwaysFetchPage);
  const submit = (event: SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault();
    onSave({
      title: title.trim() || source.title,
      folder: folder.trim() === '' ? null : folder.trim(),
      intervalMinutes: Math.max(5, Number(interval) || source.intervalMinutes),
      ...(source.kind === 'feed' ? { alwaysFetchPage } : {}),
    });
  };
  return (
    <form className="edit-source" onSubmit={submit} aria-label={`Edit ${source.title}`}>
      <label className="field grow">
        <span>Name</span>
        <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} autoFocus />
      </label>
      <label className="field">
        <span>Folder</span>
        <input type="text" value={folder} onChange={(e) => setFolder(e.target.value)} />
      </label>
      <label className="field narrow">
        <span>Minutes between syncs</span>
        <input type="number" min={5} max={10080} value={interval} onChange={(e) => setInterval(e.target.value)} />
      </label>
      {source.kind === 'feed' && (
        <label className="check" title="For feeds that carry a cut-down story: each item's web page is fetched, and the story and its pictures are taken from it.">
          <input type="checkbox" checked={alwaysFetchPage} onChange={(e) => setAlwaysFetchPage(e.target.checked)} />
          Always fetch the full page
        </label>
      )}
      <button type="submit" className="button primary">
        Save
      </button>
      <button type="button" className="button ghost" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
