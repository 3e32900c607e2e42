import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { inverseEdit, isEmptyEdit, type TagEdit } from '../../../shared/tags/tagEdit';
import { useArchive } from '../../archive/ArchiveContext';
import type { TagRejection } from '../../archive/db';
import { applyTagEdit } from '../../archive/tagEdits';
import { useSearchClient } from '../../search/SearchContext';

/** What the last tag operation did, for the notice under the list. */
export interface TagNotice {
  text: string;
  /** "undone" and "redone" notices offer the opposite step. */
  step: 'done' | 'undone' | 'redone' | 'failed';
}

export interface TagHistory {
  /** Plans and applies one tag operation; it becomes the step Ctrl+Z undoes. */
  run: (title: string, plan: () => Promise<TagEdit>) => Promise<TagEdit | null>;
  /** Rejects a topic suggestion for an article, as a step Ctrl+Z can undo like any other. */
  reject: (title: string, rejection: TagRejection) => Promise<void>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  canUndo: boolean;
  canRedo: boolean;
  notice: TagNotice | null;
  dismiss: () => void;
}

/** One undoable step: a change to the tags, or a rejected suggestion. */
type Step = { title: string; edit: TagEdit } | { title: string; rejection: TagRejection };

const Context = createContext<TagHistory | null>(null);

/**
 * Undo and redo for every tag operation, bulk ones included. Each step
 * keeps the exact rows it put and removed (a TagEdit), so undo applies the
 * edit turned round. Operations run one after another, so holding Ctrl+Z
 * never interleaves two transactions. After each, the search worker reads
 * the change at once instead of after its usual debounce, so a `tag:` search
 * shows the result straight away.
 */
export function TagHistoryProvider({ children }: { children: ReactNode }): ReactNode {
  const db = useArchive();
  const search = useSearchClient();
  const past = useRef<Step[]>([]);
  const future = useRef<Step[]>([]);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [notice, setNotice] = useState<TagNotice | null>(null);
  const [depth, setDepth] = useState({ past: 0, future: 0 });
  const bump = useCallback((): void => setDepth({ past: past.current.length, future: future.current.length }), []);
  // A step goes on its stack before its write, not after: the change shows through the live queries as
  // soon as it is written, while the step used to be recorded only once the write had returned (and, for
  // tags, the search index had taken it in). A Ctrl+Z or Ctrl+Shift+Z pressed as soon as the change shows
  // must find the step there; it then waits its turn in the queue. If the write fails, the step goes back.
  const moveStep = useCallback(
    (step: Step, from: typeof past | null, to: typeof past): (() => void) => {
      if (from) from.current.splice(from.current.lastIndexOf(step), 1);
      to.current.push(step);
      bump();
      return () => {
        to.current.splice(to.current.lastIndexOf(step), 1);
        from?.current.push(step);
        bump();
      };
    },
    [bump],
  );

  const serially = useCallback(<T,>(work: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(work, work);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  const apply = useCallback(
    async (edit: TagEdit): Promise<void> => {
      await applyTagEdit(db, edit);
      await search.changed().catch(() => undefined);
    },
    [db, search],
  );

  const run = useCallback(
    (title: string, plan: () => Promise<TagEdit>) =>
      serially(async () => {
        try {
          const edit = await plan();
          if (isEmptyEdit(edit)) {
            setNotice({ text: `${title}: nothing to change.`, step: 'done' });
            return edit;
          }
          future.current = [];
          const undoMove = moveStep({ title, edit }, null, past);
          await apply(edit).catch((error: unknown) => {
            undoMove();
            throw error;
          });
          setNotice({ text: title, step: 'done' });
          return edit;
        } catch (error) {
          setNotice({ text: `${title} failed: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`, step: 'failed' });
          return null;
        }
      }),
    [apply, serially, moveStep],
  );

  // Undo and redo are one move: take the last step off one stack, apply it (turned round for undo), put it on the other.
  const replay = useCallback(
    (from: typeof past, to: typeof past, direction: 'undone' | 'redone') =>
      serially(async () => {
        const step = from.current.at(-1);
        if (!step) return;
        const undoMove = moveStep(step, from, to);
        try {
          if ('rejection' in step) await (direction === 'undone' ? db.tagRejections.delete(step.rejection.id) : db.tagRejections.put(step.rejection));
          else await apply(direction === 'undone' ? inverseEdit(step.edit) : step.edit);
        } catch (error) {
          undoMove();
          throw error;
        }
        setNotice({ text: `${direction === 'undone' ? 'Undone' : 'Redone'}: ${step.title}`, step: direction });
      }),
    [apply, serially, db, moveStep],
  );
  const reject = useCallback(
    (title: string, rejection: TagRejection) =>
      serially(async () => {
        future.current = [];
        const undoMove = moveStep({ title, rejection }, null, past);
        await db.tagRejections.put(rejection).catch((error: unknown) => {
          undoMove();
          throw error;
        });
        setNotice({ text: title, step: 'done' });
      }),
    [db, serially, moveStep],
  );
  const undo = useCallback(() => replay(past, future, 'undone'), [replay]);
  const redo = useCallback(() => replay(future, past, 'redone'), [replay]);

  const canUndo = depth.past > 0;
  const canRedo = depth.future > 0;
  const value = useMemo(() => ({ run, reject, undo, redo, canUndo, canRedo, notice, dismiss: () => setNotice(null) }), [run, reject, undo, redo, canUndo, canRedo, notice]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useTagHistory(): TagHistory {
  const history = useContext(Context);
  if (!history) throw new Error('useTagHistory needs a TagHistoryProvider above it.');
  return history;
}
