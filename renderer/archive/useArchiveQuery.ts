import Dexie from 'dexie';
import { useEffect, useState } from 'react';
import { touches, type ArchiveParts } from './archiveParts';
import type { ArchiveDb } from './db';

/** Least time between two runs of one query while the archive is being written to. */
const DEFAULT_INTERVAL_MS = 300;
/**
 * A query waits at least this many times its own last duration before it
 * runs again, so however slow the archive gets under a bulk write, reading
 * for the screen takes no more than about a tenth of it. During a
 * 10,000-article sync the list and counts took 40–340 ms each, queued
 * behind the writes, and refreshing them every second cost a third of the
 * browser's IndexedDB time (`npm run bench -- sync`).
 */
const COST_FACTOR = 10;

/**
 * Like dexie-react-hooks' useLiveQuery, but re-runs at most once per
 * interval however often the archive changes. A 10,000-article sync commits
 * every few hundred milliseconds; re-querying the list and the counts on
 * every commit cost the reader as much as the writes themselves (measured
 * in `npm run bench -- sync`). `query` must be stable (useCallback); so must
 * `watch`, which limits the changes it re-runs for (see touches).
 */
export function useArchiveQuery<T>(db: ArchiveDb, query: () => Promise<T>, intervalMs: number = DEFAULT_INTERVAL_MS, watch?: ArchiveParts): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    let running = false;
    let dirty = false;
    let last = 0;
    let lastDuration = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const run = async (): Promise<void> => {
      if (running) {
        dirty = true;
        return;
      }
      running = true;
      last = Date.now();
      try {
        const next = await query();
        lastDuration = Date.now() - last;
        if (!cancelled) setValue(next);
      } catch {
        // A query interrupted by the database closing is simply not shown.
      } finally {
        running = false;
        if (dirty && !cancelled) {
          dirty = false;
          schedule();
        }
      }
    };
    const schedule = (): void => {
      if (timer !== null || cancelled) return;
      timer = setTimeout(() => {
        timer = null;
        void run();
      }, Math.max(0, last + Math.max(intervalMs, COST_FACTOR * lastDuration) - Date.now()));
    };
    const onMutated = (parts: Record<string, unknown>): void => {
      if (touches(parts, db.name, watch)) schedule();
    };
    void run();
    // Infinity: read once, never again (what a dialog needs only as it opens).
    if (intervalMs === Infinity) return () => void (cancelled = true);
    Dexie.on('storagemutated', onMutated);
    return () => {
      cancelled = true;
      if (timer !== null) clearTimeout(timer);
      Dexie.on.storagemutated.unsubscribe(onMutated);
    };
  }, [db, query, intervalMs, watch]);
  return value;
}
