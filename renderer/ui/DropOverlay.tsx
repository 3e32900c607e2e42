import type { ReactNode } from 'react';

/** Shown while files are dragged over the window. */
export function DropOverlay(): ReactNode {
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-card">Drop articles, feeds or wire items to import them into the archive</div>
    </div>
  );
}
