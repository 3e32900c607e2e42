import type { ReactNode } from 'react';

/** Shown while articles are picked: how many, and the bulk actions on them. */
export function SelectionBar({ count, onTag, onClear }: { count: number; onTag: () => void; onClear: () => void }): ReactNode {
  if (count === 0) return null;
  return (
    <div className="selection-bar" role="region" aria-label="Selection">
      <span aria-live="polite">
        <strong>{count.toLocaleString()}</strong> selected
      </span>
      <button type="button" className="button small primary" onClick={onTag}>
        Tags… <kbd>t</kbd>
      </button>
      <button type="button" className="button ghost small" onClick={onClear}>
        Clear <kbd>Esc</kbd>
      </button>
    </div>
  );
}
