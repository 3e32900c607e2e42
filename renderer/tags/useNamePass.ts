import { liveQuery } from 'dexie';
import { useEffect, useRef, useState } from 'react';
import { useArchive } from '../archive/ArchiveContext';
import type { NameWorkerRequest, NameWorkerStatus } from './nameWorker';

/**
 * Runs the name worker while there are synced articles without their
 * people, places and organisations, and pauses it while a sync is busy so
 * the two never compete for the archive. Returns how many are left (0 when
 * none), for the status bar.
 */
export function useNamePass(syncBusy: boolean): { left: number; error: string | null } {
  const db = useArchive();
  const worker = useRef<Worker | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(0);

  useEffect(() => {
    const w = new Worker(new URL('./nameWorker.ts', import.meta.url), { type: 'module', name: 'names' });
    // How many are left comes from the archive itself (below); the worker only reports trouble.
    w.onmessage = (event: MessageEvent<NameWorkerStatus>) => setError(event.data.error ?? null);
    worker.current = w;
    const subscription = liveQuery(() => db.namesPending.count()).subscribe({ next: setPending, error: () => undefined });
    return () => {
      subscription.unsubscribe();
      w.terminate();
      worker.current = null;
    };
  }, [db]);

  useEffect(() => {
    const request: NameWorkerRequest = { kind: syncBusy ? 'pause' : 'run' };
    if (pending > 0 || syncBusy) worker.current?.postMessage(request);
  }, [syncBusy, pending]);

  return { left: pending, error };
}
