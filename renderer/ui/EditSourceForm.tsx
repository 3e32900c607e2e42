import { useState, type ReactNode, type SyntheticEvent } from 'react';
import type { Subscription } from '../../shared/model';

export interface EditSourceFormProps {
  source: Subscription;
  onSave: (changes: { title: string; folder: string | null; intervalMinutes: number }) => void;
  onCancel: () => void;
}

/** Rename a source, file it in a folder, or change how often it syncs. */
export function EditSourceForm({ source, onSave, onCancel }: EditSourceFormProps): ReactNode {
  const [title, setTitle] = useState(source.title);
  const [folder, setFolder] = useState(source.folder ?? '');
  const [interval, setInterval] = useState(String(source.intervalMinutes));
  const submit = (event: SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault();
    onSave({ title: title.trim() || source.title, folder: folder.trim() === '' ? null : folder.trim(), intervalMinutes: Math.max(5, Number(interval) || source.intervalMinutes) });
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
      <button type="submit" className="button primary">
        Save
      </button>
      <button type="button" className="button ghost" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
