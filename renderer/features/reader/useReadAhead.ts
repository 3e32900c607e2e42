import { useEffect } from 'react';
import type { ArchiveDb } from '../../archive/db';
import { afterNextFrame } from './afterNextFrame';
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
    let gone = false;
    const readAround = (): void => prefetchAround(db, rows, cursorIndex(rows, cursor));
    // The first read waits for the first screen to be drawn: sixteen articles read and deserialized
    // before it made the list appear 60–80 ms later at launch.
    void afterNextFrame().then(() => !gone && readAround());
    const leave = cursor.subscribe(() => {
      if (queued) return;
      queued = true;
      // After the move's render (queued first, in the same microtask queue), as the effect it replaces ran.
      queueMicrotask(() => {
        queued = false;
        readAround();
      });
    });
    return () => {
      gone = true;
      leave();
    };
  }, [db, rows, cursor, ready]);
}
