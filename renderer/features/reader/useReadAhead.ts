import { useEffect } from 'react';
import type { ArchiveDb } from '../../archive/db';
import { prefetchAround } from './articleData';
import { cursorIndex, type ReaderCursor } from './readerCursor';

/**
 * Reads the articles either side of the cursor ahead, so j and k show them in
 * the next frame; with none selected, the first ones. Starts once `ready`
 * (the list's first screen is shown), and again each time the cursor moves.
 */
export function useReadAhead(db: ArchiveDb, rows: readonly string[], cursor: ReaderCursor, ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    let queued = false;
    const readAround = (): void => prefetchAround(db, rows, cursorIndex(rows, cursor));
    readAround();
    return cursor.subscribe(() => {
      if (queued) return;
      queued = true;
      // After the move's render (queued first, in the same microtask queue), as the effect it replaces ran.
      queueMicrotask(() => {
        queued = false;
        readAround();
      });
    });
  }, [db, rows, cursor, ready]);
}
