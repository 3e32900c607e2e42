import { useCallback, useMemo, useState } from 'react';

export interface ListSelection {
  checked: ReadonlySet<string>;
  /** `x`: the article under the cursor in or out. */
  toggle: (id: string) => void;
  /** Shift+J/K: take the cursor's article and the next (or previous) one. */
  extend: (step: 1 | -1) => void;
  set: (ids: Iterable<string>) => void;
  clear: () => void;
}

/**
 * Articles picked for a bulk action, beside the cursor (which j/k move).
 * Picking starts over when the list itself changes (another folder or
 * search), so a bulk tag never reaches articles no longer on screen.
 * `cursor` reads the cursor's article when a pick needs it (see ReaderCursor).
 */
export function useListSelection(rows: readonly string[], cursor: () => string | null, moveTo: (id: string) => void, listKey: string): ListSelection {
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [shownKey, setShownKey] = useState(listKey);
  if (shownKey !== listKey) {
    setShownKey(listKey);
    setChecked(new Set());
  }
  const toggle = useCallback((id: string) => {
    setChecked((old) => {
      const next = new Set(old);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  const extend = useCallback(
    (step: 1 | -1) => {
      const index = rows.indexOf(cursor() ?? '');
      const here = rows[index === -1 ? 0 : index];
      const there = rows[Math.min(rows.length - 1, Math.max(0, (index === -1 ? 0 : index) + step))];
      if (!here || !there) return;
      setChecked((old) => new Set([...old, here, there]));
      moveTo(there);
    },
    [rows, cursor, moveTo],
  );
  const set = useCallback((ids: Iterable<string>) => setChecked(new Set(ids)), []);
  const clear = useCallback(() => setChecked(new Set()), []);
  return useMemo(() => ({ checked, toggle, extend, set, clear }), [checked, toggle, extend, set, clear]);
}
