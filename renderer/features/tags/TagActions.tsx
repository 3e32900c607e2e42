import { useState, type ReactNode } from 'react';
import { cleanTagLabel, labelKey } from '../../../shared/tags/tagLabel';
import { useArchive } from '../../archive/ArchiveContext';
import { planAliasing, planDeleting, planRenaming } from '../../archive/tagEdits';
import type { TagSummary } from '../../archive/tagQueries';
import { articleCount } from '../../ui/articleCount';
import { useTagHistory } from './TagHistoryContext';

type Mode = { kind: 'idle' } | { kind: 'rename' } | { kind: 'alias' } | { kind: 'confirm-merge'; into: TagSummary; name: string } | { kind: 'confirm-delete' };

/**
 * Rename (a merge when the new name is taken, after confirmation), aliases
 * and delete for one tag. Every change is one undoable step.
 */
export function TagActions({ tag, all, aliases, onRenamed }: { tag: TagSummary; all: readonly TagSummary[]; aliases: readonly string[]; onRenamed: (label: string) => void }): ReactNode {
  const db = useArchive();
  const history = useTagHistory();
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const isTopic = tag.kinds.includes('topic');

  const rename = async (to: string): Promise<void> => {
    setMode({ kind: 'idle' });
    await history.run(`Renamed “${tag.label}” to “${to}”`, () => planRenaming(db, tag.label, to));
    onRenamed(to);
  };

  const submit = (event: { preventDefault: () => void }): void => {
    event.preventDefault();
    const check = cleanTagLabel(name);
    if (!check.ok) {
      setProblem(check.error);
      return;
    }
    setProblem(null);
    if (mode.kind === 'alias') {
      setMode({ kind: 'idle' });
      void history.run(`“${check.label}” is now another name for “${tag.label}”`, () => planAliasing(db, check.label, tag.label));
      return;
    }
    const existing = all.find((t) => t.key === labelKey(check.label) && t.key !== tag.key);
    if (existing) setMode({ kind: 'confirm-merge', into: existing, name: check.label });
    else void rename(check.label);
  };

  if (mode.kind === 'confirm-merge' || mode.kind === 'confirm-delete') {
    return (
      <div className="confirm" role="alertdialog" aria-labelledby="confirm-text">
        <p id="confirm-text">
          {mode.kind === 'confirm-merge'
            ? `“${mode.into.label}” already exists on ${mode.into.count} articles. Merge “${tag.label}” (${tag.count}) into it? Articles with both keep one.`
            : `Delete “${tag.label}” from ${articleCount(tag.count)}?`}{' '}
          You can undo this.
        </p>
        <button
          type="button"
          className="button primary small"
          autoFocus
          onClick={() => {
            if (mode.kind === 'confirm-merge') void rename(mode.into.label);
            else {
              setMode({ kind: 'idle' });
              void history.run(`Deleted “${tag.label}”`, () => planDeleting(db, tag.label));
            }
          }}
        >
          {mode.kind === 'confirm-merge' ? 'Merge' : 'Delete'}
        </button>
        <button type="button" className="button ghost small" onClick={() => setMode({ kind: 'idle' })}>
          Cancel
        </button>
      </div>
    );
  }
  return (
    <div className="tag-actions">
      {aliases.length > 0 && (
        <p className="muted">
          Also called: {aliases.map((a) => `“${a}”`).join(', ')}
        </p>
      )}
      {mode.kind === 'idle' ? (
        <div className="search-tools">
          <button type="button" className="button ghost small" disabled={isTopic} title={isTopic ? 'Media Topics keep their vocabulary names' : undefined} onClick={() => { setName(tag.label); setMode({ kind: 'rename' }); }}>
            Rename…
          </button>
          <button type="button" className="button ghost small" onClick={() => { setName(''); setMode({ kind: 'alias' }); }}>
            Add another name…
          </button>
          <button type="button" className="button ghost small danger" onClick={() => setMode({ kind: 'confirm-delete' })}>
            Delete…
          </button>
        </div>
      ) : (
        <form className="inline-form" onSubmit={submit}>
          <label>
            {mode.kind === 'rename' ? 'New name' : 'Another name for this tag'}
            <input value={name} autoFocus onChange={(event) => setName(event.target.value)} onKeyDown={(event) => {
                if (event.key === 'Escape') setMode({ kind: 'idle' });
              }} />
          </label>
          <button type="submit" className="button primary small">
            {mode.kind === 'rename' ? 'Rename' : 'Add'}
          </button>
          <button type="button" className="button ghost small" onClick={() => setMode({ kind: 'idle' })}>
            Cancel
          </button>
          {problem && (
            <p className="form-error" role="alert">
              {problem}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
