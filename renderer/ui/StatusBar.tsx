import { memo, type ReactNode } from 'react';
import type { SyncProgress } from '../../shared/host/contract';
import type { HostStatus } from '../host/hostConnection';
import type { SearchStatus } from '../search/searchProtocol';

const STATUS_TEXT: Record<HostStatus, string> = {
  connecting: 'Connecting to the host…',
  connected: 'Host connected',
  disconnected: 'Host not running — reading from the archive only',
};

/** The bottom bar: whether the host is there, and how much the archive holds. */
export interface StatusBarProps {
  status: HostStatus;
  /** Whether the machine has a network (the host can be running offline). */
  online: boolean;
  sync: SyncProgress | null;
  /** Articles delivered from sync since the window opened. */
  arrived: { added: number; changed: number };
  articleCount: number;
  /** What the archive takes on disk, as the browser counts it; null when it will not say. */
  archiveBytes: number | null;
  /** The first keys of a shortcut sequence ("g"), while the rest is awaited. */
  waitingFor: string | null;
  /** Set while an import runs. */
  progress: { done: number; total: number; fileName: string } | null;
  search: SearchStatus;
  /** Synced articles whose people, places and organisations are still being found (-1: some, not yet counted). */
  names: { left: number; error: string | null };
}

function searchText(search: SearchStatus): string {
  if (search.state === 'building') return `Indexing for search: ${search.done ?? 0} of ${search.total ?? '…'}`;
  if (search.state === 'loading') return 'Opening the search index…';
  if (search.state === 'failed') return 'Search unavailable';
  return 'Search ready';
}

function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value >= 100 || unit === 0 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

// Memoized: moving through the list re-renders the screen on every key, and nothing here follows it.
export const StatusBar = memo(function StatusBar({ status, online, articleCount, archiveBytes, waitingFor, progress, sync, arrived, search, names }: StatusBarProps): ReactNode {
  return (
    <footer className="status-bar" role="status" aria-live="polite">
      <span className={`host-status host-${status}`}>
        <span className="dot" aria-hidden="true" />
        {STATUS_TEXT[status]}
      </span>
      <span className={`network-status ${online ? 'is-online' : 'is-offline'}`}>{online ? 'Online' : 'Offline — reading from the archive; sync resumes when the network is back'}</span>
      {waitingFor && (
        <span className="key-waiting" aria-live="assertive">
          <kbd>{waitingFor}</kbd> … waiting for the next key
        </span>
      )}
      {sync?.running && (
        <span className="sync-progress">
          <progress max={sync.total} value={sync.done} aria-label="Sync progress" />
          Syncing {sync.done} of {sync.total} sources · {sync.newCount} new, {sync.updatedCount} updated
        </span>
      )}
      {!sync?.running && arrived.added + arrived.changed > 0 && (
        <span className="arrived">
          {arrived.added} new, {arrived.changed} updated since you opened Newsroom Reader
        </span>
      )}
      {progress && (
        <span className="import-progress">
          <progress max={progress.total} value={progress.done} aria-label="Import progress" />
          Importing {progress.done} of {progress.total}: {progress.fileName}
        </span>
      )}
      {names.error ? (
        <span className="names-status is-error" title={names.error}>
          Names could not be found in new articles
        </span>
      ) : (
        names.left !== 0 && (
          <span className="names-status">{names.left < 0 ? 'Names will be found in the new articles' : `Finding names in ${names.left.toLocaleString()} new ${names.left === 1 ? 'article' : 'articles'}`}</span>
        )
      )}
      <span
        className={`search-status search-${search.state}`}
        data-loaded-from={search.loadedFrom}
        data-saved={search.saved === false ? 'no' : 'yes'}
        title={search.state === 'ready' ? `${search.documents} articles indexed; ${search.loadedFrom === 'snapshot' ? `the saved index opened in ${search.readyMs ?? '?'} ms` : 'built from the archive'}${search.repaired ? `; ${search.repaired} put right at start-up` : ''}` : search.error}
      >
        {searchText(search)}
      </span>
      <span>
        {articleCount.toLocaleString()} {articleCount === 1 ? 'article' : 'articles'} in the archive
        {archiveBytes !== null && ` · ${formatBytes(archiveBytes)}`}
      </span>
    </footer>
  );
});
