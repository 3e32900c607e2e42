import type { ReactNode } from 'react';
import type { HostStatus } from '../host/hostConnection';

const STATUS_TEXT: Record<HostStatus, string> = {
  connecting: 'Connecting to the host…',
  connected: 'Host connected',
  disconnected: 'Host not running — reading from the archive only',
};

/** The bottom bar: whether the host is there, and how much the archive holds. */
export function StatusBar({ status, articleCount }: { status: HostStatus; articleCount: number }): ReactNode {
  return (
    <footer className="status-bar" role="status" aria-live="polite">
      <span className={`host-status host-${status}`}>
        <span className="dot" aria-hidden="true" />
        {STATUS_TEXT[status]}
      </span>
      <span>
        {articleCount} {articleCount === 1 ? 'article' : 'articles'} in the archive
      </span>
    </footer>
  );
}
