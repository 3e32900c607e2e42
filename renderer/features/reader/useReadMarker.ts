import { useCallback, useEffect, useRef } from 'react';
import { setFlag } from '../../archive/articles';
import type { ArchiveDb } from '../../archive/db';

/** How long the reader must pause before the articles shown are written as read. */
const SETTLE_MS = 400;
/**
 * Marks written per transaction. IndexedDB rewrites each whole article, and
 * serializes it on the main thread as it is put: 300 articles read with j
 * held were one 47 ms task, landing while the reader scrolled on.
 */
const CHUNK = 40;

async function markAllRead(db: ArchiveDb, ids: string[]): Promise<void> {
  for (let at = 0; at < ids.length; at += CHUNK) await setFlag(db, ids.slice(at, at + CHUNK), 'read', true);
}

/**
 * Marks shown articles read once the reader pauses (no key, no scrolling, for
 * SETTLE_MS), in writes of CHUNK. Holding j
 * shows an article every 33 ms; a write for each would make the archive's
 * live queries (counts, the list, the search index) run again under every
 * keystroke, and the next article waits behind them. Nothing is lost: what
 * is pending is written when the window closes or the reader unmounts.
 */
export function useReadMarker(db: ArchiveDb): (id: string) => void {
  const pending = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Settled, the marks go in chunks; closing, in one transaction started at once, before the page goes.
  const flush = useCallback(
    (closing: boolean) => {
      timer.current = null;
      const ids = [...pending.current];
      pending.current.clear();
      if (ids.length > 0) void (closing ? setFlag(db, ids, 'read', true) : markAllRead(db, ids));
    },
    [db],
  );
  const settleLater = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => flush(false), SETTLE_MS);
  }, [flush]);
  useEffect(() => {
    const onHide = (): void => flush(true);
    // Scrolling is not a pause either: the marks (and the re-reading of the list they cause)
    // wait until it stops, rather than land among its frames.
    const onScroll = (): void => {
      if (timer.current !== null) settleLater();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('scroll', onScroll, { capture: true });
      if (timer.current !== null) clearTimeout(timer.current);
      flush(true);
    };
  }, [flush, settleLater]);
  return useCallback(
    (id: string) => {
      pending.current.add(id);
      settleLater();
    },
    [settleLater],
  );
}
