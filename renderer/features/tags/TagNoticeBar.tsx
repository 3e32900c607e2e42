import type { ReactNode } from 'react';
import { Shortcut } from '../../ui/Shortcut';
import { useTagHistory } from './TagHistoryContext';

/** What the last tag operation did, with its undo (or redo) one click or key away. */
export function TagNoticeBar(): ReactNode {
  const { notice, undo, redo, canUndo, canRedo, dismiss } = useTagHistory();
  if (!notice) return null;
  return (
    <div className={`tag-notice ${notice.step === 'failed' ? 'is-error' : ''}`} role={notice.step === 'failed' ? 'alert' : 'status'}>
      <span>{notice.text}</span>
      {canUndo && notice.step !== 'failed' && (
        <button type="button" className="link-button" onClick={() => void undo()}>
          Undo <Shortcut keys={['Mod', 'Z']} />
        </button>
      )}
      {canRedo && (
        <button type="button" className="link-button" onClick={() => void redo()}>
          Redo <Shortcut keys={['Mod', 'Shift', 'Z']} />
        </button>
      )}
      <button type="button" className="notice-close" aria-label="Dismiss" onClick={dismiss}>
        ✕
      </button>
    </div>
  );
}
