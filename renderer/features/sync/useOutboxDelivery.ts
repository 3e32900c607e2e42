import { useEffect } from 'react';
import { archiveArticles } from '../../archive/articles';
import { useArchive } from '../../archive/ArchiveContext';
import { useHost, useHostStatus } from '../../host/HostContext';

/**
 * Articles per pull. Each pull is written in one transaction, so the list and
 * counts refresh once per pull rather than once per source (measured in
 * `npm run bench -- sync`: per-source commits left the reader re-querying
 * 200 times in a 10,000-article sync).
 */
const PULL_MAX_ARTICLES = 500;

/**
 * Moves synced articles from main's outbox into the archive: pull a batch
 * (a few of main's outbox files), write it in one Dexie transaction,
 * acknowledge it, repeat until the outbox is empty. Runs when the host connects and whenever it
 * says articles are waiting. An ack lost to a crash means a redelivery,
 * which the archive absorbs (stable ids).
 */
export function useOutboxDelivery(onDelivered: (counts: { added: number; changed: number }) => void): void {
  const host = useHost();
  const db = useArchive();
  const status = useHostStatus();

  useEffect(() => {
    if (status !== 'connected') return;
    let running = false;
    let again = false;
    let stopped = false;
    const drain = async (): Promise<void> => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        do {
          again = false;
          const { batches } = await host.api.pullOutbox({ maxArticles: PULL_MAX_ARTICLES });
          if (batches.length === 0 || stopped) continue;
          const outcome = await archiveArticles(db, batches.flatMap((batch) => batch.articles));
          await host.api.ackOutbox({ ids: batches.map((batch) => batch.id) });
          onDelivered({ added: outcome.added.length, changed: outcome.changed.length });
          again = true;
        } while (again && !stopped);
      } catch {
        // The host went away mid-delivery; what was not acknowledged is delivered on reconnect.
      } finally {
        running = false;
      }
    };
    void drain();
    const off = host.api.on('outboxReady', () => void drain());
    return () => {
      stopped = true;
      off();
    };
  }, [host, db, status, onDelivered]);
}
