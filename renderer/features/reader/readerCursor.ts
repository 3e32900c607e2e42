import { useSyncExternalStore } from 'react';

/** Where the reader is: the row under the cursor, and the article shown. */
export interface Cursor {
  readonly selectedId: string | null;
  readonly openId: string | null;
}

/**
 * The cursor, kept outside React's state. Each j moves it, and held in the
 * reader screen's state that re-rendered the whole screen (sidebar, search
 * bar, status bar, every command handler) for each key: about a third of
 * the React work of a press. Now only what shows the cursor follows it (the
 * list's rows and the article pane, see `useCursor`); commands read it when
 * they run.
 */
export class ReaderCursor {
  private state: Cursor = { selectedId: null, openId: null };
  private readonly listeners = new Set<() => void>();

  readonly get = (): Cursor => this.state;

  /** Moves the cursor and, if given, what is open; tells the listeners only if something changed. */
  readonly set = (next: Partial<Cursor>): void => {
    const merged = { ...this.state, ...next };
    if (merged.selectedId === this.state.selectedId && merged.openId === this.state.openId) return;
    this.state = merged;
    for (const listener of [...this.listeners]) listener();
  };

  /** Moves the cursor, leaving what is open. */
  readonly moveTo = (id: string | null): void => this.set({ selectedId: id });

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
}

/** One value picked from the cursor; the component renders again only when that value changes. */
export function useCursor<T extends string | boolean | null>(cursor: ReaderCursor, pick: (state: Cursor) => T): T {
  return useSyncExternalStore(cursor.subscribe, () => pick(cursor.get()));
}

/** The whole cursor, for what shows both the selection and the open article. */
export function useCursorState(cursor: ReaderCursor): Cursor {
  return useSyncExternalStore(cursor.subscribe, cursor.get);
}

/** The cursor's row in `rows`, or -1. */
export function cursorIndex(rows: readonly string[], cursor: ReaderCursor): number {
  const { selectedId } = cursor.get();
  return selectedId === null ? -1 : rows.indexOf(selectedId);
}
