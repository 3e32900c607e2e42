import type { ReactNode } from 'react';
import { useModalDialog } from './useModalDialog';
import type { AppInfo } from '../../shared/host/contract';

export interface AboutDialogProps {
  info: AppInfo | null;
  onClose: () => void;
}

/** Version, where the app runs, and the credits the data we ship requires. */
export function AboutDialog({ info, onClose }: AboutDialogProps): ReactNode {
  const ref = useModalDialog();
  return (
    <dialog ref={ref} className="about" aria-labelledby="about-title" onClose={onClose}>
      <h2 id="about-title">Newsroom Reader</h2>
      <p className="muted">
        {info ? `Version ${info.version} · ${info.shell === 'electron' ? 'desktop app' : 'web mode'}` : 'Host not connected'}
      </p>
      <p>An offline archive for reporters and archivists. What you import stays on this computer.</p>
      <h3>Credits</h3>
      <p>
        Subject vocabulary: IPTC Media Topics © IPTC International Press Telecommunications Council, used under the Creative Commons
        Attribution 4.0 International licence (CC BY 4.0).
      </p>
      <form method="dialog">
        <button type="submit" className="button primary" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
