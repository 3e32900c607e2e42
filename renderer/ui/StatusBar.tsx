import type { ReactNode } from 'react';
import type { HostStatus } from '../host/hostConnection';

const STATUS_TEXT: Record<HostStatus, string> = {
  connecting: 'Connecting to the host…',
  connected: 'Host connected',
  disconnected: 'Host not running — reading from the archive only',
};

/** The bottom bar: whether the host is there, and how much the archive holds. */
export interface StatusBarProps {
  status: HostStatus;
  articleCount: number;
  /** Set while an import runs. */
  progress: { done: number; total: number; fileName: string } | null;
}

export function StatusBar({ status, articleCount, progress }: StatusBarProps): ReactNode {
  return (
    <footer className="status-bar" role="status" aria-live="polite">
      <span className={`host-status host-${status}`}>
        <span className="dot" aria-hidden="true" />
        {STATUS_TEXT[status]}
      </span>
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
