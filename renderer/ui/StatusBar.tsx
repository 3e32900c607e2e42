import type { ReactNode } from 'react';
import type { SyncProgress } from '../../shared/host/contract';
import type { HostStatus } from '../host/hostConnection';

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
  /** Set while an import runs. */
  progress: { done: number; total: number; fileName: string } | null;
}

export function StatusBar({ status, online, articleCount, progress, sync, arrived }: StatusBarProps): ReactNode {
  return (
    <footer className="status-bar" role="status" aria-live="polite">
      <span className={`host-status host-${status}`}>
        <span className="dot" aria-hidden="true" />
        {STATUS_TEXT[status]}
      </span>
      {status === 'connected' && !online && <span className="offline">Offline — syncing will resume when the network is back</span>}
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
      <span>
        {articleCount} {articleCount === 1 ? 'article' : 'articles'} in the archive
      </span>
    </footer>
  );
}
