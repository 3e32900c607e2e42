import { liveQuery } from 'dexie';
import { useEffect, useRef, useState } from 'react';
import { useArchive } from '../archive/ArchiveContext';
import { namesLeft } from './namePass';
import type { NameWorkerRequest, NameWorkerStatus } from './nameWorker';

/** Quiet the archive must keep (no new articles arriving) before the pass starts or goes on. */
const QUIET_MS = 1500;

/**
 * Runs the name worker while synced articles still lack their people,
 * places and organisations. It waits while articles are arriving (a sync,
 * or its outbox still being delivered) and starts once the archive has been
 * quiet for a moment, so the two never compete: running beside delivery
 * cost sync a third of its speed. The worker (and the tagger it loads) is
 * only started the first time there is work. Returns how many articles are
 * left, for the status bar (-1 while they are still arriving, not yet counted).
 */
export function useNamePass(syncBusy: boolean): { left: number; error: string | null } {
  const db = useArchive();
  const [left, setLeft] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const busy = useRef(syncBusy);
  const kick = useRef<() => void>(() => undefined);

  useEffect(() => {
    let worker: Worker | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lastSeq = 0;
    const send = (request: NameWorkerRequest): void => worker?.postMessage(request);
    const startSoon = (): void => {
      send({ kind: 'pause' });
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        if (busy.current) return;
        void namesLeft(db).then(setLeft);
        if (!worker) {
          worker = new Worker(new URL('./nameWorker.ts', import.meta.url), { type: 'module', name: 'names' });
          worker.onmessage = (event: MessageEvent<NameWorkerStatus>) => {
            if ('error' in event.data) setError(event.data.error);
            else setLeft(event.data.left);
          };
        }
        send({ kind: 'run' });
      }, QUIET_MS);
    };
    kick.current = startSoon;
    // The queue's newest row is watched: a higher seq means articles are arriving.
    // (A live query over the keys alone was not told of new rows.)
    const subscription = liveQuery(() => db.namesPending.orderBy('seq').last()).subscribe({
      next: (newest) => {
        const last = newest?.seq ?? 0;
        if (last > lastSeq) {
          lastSeq = last;
          // How many is counted once arrivals stop; until then "some".
          setLeft((n) => (n > 0 ? n : -1));
          startSoon();
        } else if (!newest) setLeft(0);
      },
      error: () => undefined,
    });
    return () => {
      subscription.unsubscribe();
      if (timer) clearTimeout(timer);
      worker?.terminate();
    };
  }, [db]);

  const waiting = left !== 0;
  useEffect(() => {
    busy.current = syncBusy;
    // A sync that ends with names still to find sets the pass going again.
    if (!syncBusy && waiting) kick.current();
  }, [syncBusy, waiting]);

  return { left, error };
}
