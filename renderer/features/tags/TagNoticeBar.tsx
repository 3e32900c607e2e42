import type { ReactNode } from 'react';
import { KeyCaps } from '../../ui/KeyCaps';
import { useCommands } from '../../commands/CommandContext';
import { useTagHistory } from './TagHistoryContext';

/** What the last tag operation did, with its undo (or redo) one click or key away. */
export function TagNoticeBar(): ReactNode {
  const { notice, canUndo, canRedo, dismiss } = useTagHistory();
  // The buttons run the registry's commands, as the keys and the Edit menu do.
  const { keymap, run } = useCommands();
  const undoKey = keymap['edit.undo'][0];
  const redoKey = keymap['edit.redo'][0];
  if (!notice) return null;
  return (
    <div className={`tag-notice ${notice.step === 'failed' ? 'is-error' : ''}`} role={notice.step === 'failed' ? 'alert' : 'status'}>
      <span>{notice.text}</span>
      {canUndo && notice.step !== 'failed' && (
        <button type="button" className="link-button" onClick={() => run('edit.undo')}>
          Undo {undoKey && <KeyCaps sequence={undoKey} />}
        </button>
      )}
      {canRedo && (
        <button type="button" className="link-button" onClick={() => run('edit.redo')}>
          Redo {redoKey && <KeyCaps sequence={redoKey} />}
        </button>
      )}
      <button type="button" className="notice-close" aria-label="Dismiss" onClick={dismiss}>
        ✕
      </button>
    </div>
  );
}
