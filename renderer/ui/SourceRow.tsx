import type { ReactNode } from 'react';
import type { Subscription } from '../../shared/model';
import { relativePast, relativeTime } from './relativeTime';

export interface SourceRowProps {
  source: Subscription;
  selected: boolean;
  onSelect: () => void;
  onSync: () => void;
  onTogglePause: () => void;
  onEdit: () => void;
  onRemove: () => void;
  /** The time relative times are counted from (see useNow). */
  now: number;
}

type Health = 'syncing' | 'paused' | 'error' | 'warning' | 'ok' | 'new';

function healthOf(source: Subscription): Health {
  if (source.syncing) return 'syncing';
  if (source.paused) return 'paused';
  // A folder that synced but refused some files: the source works, a file needs attention.
  if (source.lastError) return source.failures === 0 && source.lastSuccessAt ? 'warning' : 'error';
  return source.lastSuccessAt ? 'ok' : 'new';
}

const HEALTH_TEXT: Record<Health, string> = { syncing: 'Syncing…', paused: 'Paused', error: 'Failing', warning: 'Needs attention', ok: 'Healthy', new: 'Not synced yet' };

/** A watched folder's path, from its file: URL. */
function folderPath(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return url;
  }
}

/** One subscription: what it is, how it is doing, when it syncs next, and what you can do with it. */
export function SourceRow({ source, selected, onSelect, onSync, onTogglePause, onEdit, onRemove, now }: SourceRowProps): ReactNode {
  const health = healthOf(source);
  return (
    <li
      className={`source-row ${selected ? 'is-selected' : ''}`}
      aria-current={selected || undefined}
      aria-labelledby={`source-title-${source.id}`}
      id={`source-${source.id}`}
      data-id={source.id}
      onClick={onSelect}
    >
      <div className="source-main">
        <span className={`health health-${health}`} aria-hidden="true" />
        <div className="source-text">
          <span className="source-title" id={`source-title-${source.id}`}>
            {source.kind === 'folder' && (
              <span className="source-kind" title="A folder on this computer, watched for article files">
                Folder
              </span>
            )}
            {source.title}
          </span>
          <span className="source-url">{source.kind === 'folder' ? folderPath(source.url) : source.url}</span>
        </div>
        <span className={`health-label health-text-${health}`}>{HEALTH_TEXT[health]}</span>
      </div>
      <dl className="source-facts">
        <div>
          <dt>Last success</dt>
          <dd>{source.lastSuccessAt ? relativePast(source.lastSuccessAt, now) : 'never'}</dd>
        </div>
        <div>
          <dt>Next attempt</dt>
          <dd>{source.paused ? 'paused' : source.nextAttemptAt ? relativeTime(source.nextAttemptAt, now) : '—'}</dd>
        </div>
        <div>
          <dt>Every</dt>
          <dd>{source.intervalMinutes} min</dd>
        </div>
        {source.alwaysFetchPage && (
          <div>
            <dt>Stories</dt>
            <dd>from each page</dd>
          </div>
        )}
        {source.folder && (
          <div>
            <dt>Filed under</dt>
            <dd>{source.folder}</dd>
          </div>
        )}
      </dl>
      {(source.pausedReason ?? source.lastError) && (
        <p className="source-error" role="note">
          {source.pausedReason ?? source.lastError}
          {source.failures > 1 && !source.paused && ` (${source.failures} failures in a row; trying again ${source.nextAttemptAt ? relativeTime(source.nextAttemptAt, now) : 'later'})`}
        </p>
      )}
      <div className="source-actions">
        <button type="button" className="button" onClick={onSync} disabled={source.syncing || source.paused}>
          Sync now
        </button>
        <button type="button" className="button" onClick={onTogglePause}>
          {source.paused ? 'Resume' : 'Pause'} <kbd>p</kbd>
        </button>
        <button type="button" className="button ghost" onClick={onEdit}>
          Edit
        </button>
        <button type="button" className="button ghost danger" onClick={onRemove}>
          Remove
        </button>
      </div>
    </li>
  );
}
