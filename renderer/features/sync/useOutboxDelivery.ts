import { useEffect } from 'react';
import { archiveArticles } from '../../archive/articles';
import { storePictures } from '../../archive/pictures';
import { useArchive } from '../../archive/ArchiveContext';
import { useHost, useHostStatus } from '../../host/HostContext';

/**
 * Articles per pull. Each pull is written in one transaction, so the list and
 * counts refresh once per pull rather than once per source (measured in
 * `npm run bench -- sync`: per-source commits left the reader re-querying
 * 200 times in a 10,000-article sync).
 */
const PULL_MAX_ARTICLES = 1000;

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
    // Events flip these between awaits, which TypeScript's narrowing can't see; hence the object and moreToDo().
    const state = { running: false, again: false, stopped: false };
    const moreToDo = (): boolean => state.again && !state.stopped;
    const drain = async (): Promise<void> => {
      if (state.running) {
        state.again = true;
        return;
      }
      state.running = true;
      try {
        do {
          state.again = false;
          let pending = host.api.pullOutbox({ maxArticles: PULL_MAX_ARTICLES });
          // The write before this one, still committing. Two are in flight at
          // most: IndexedDB runs them one after the other, but the next is
          // prepared and queued while the last commits, so the archive never
          // waits on this page between transactions.
          let writing: Promise<void> = Promise.resolve();
          for (;;) {
            const { batches } = await pending;
            const last = batches.at(-1);
            if (!last || state.stopped) break;
            // Fetch what comes next while this pull is written: host and IndexedDB work side by side.
            pending = host.api.pullOutbox({ maxArticles: PULL_MAX_ARTICLES, after: last.id }).catch(() => ({ batches: [] }));
            const articles = batches.flatMap((batch) => batch.articles);
            const next = storePictures(db, host.api, articles)
              .then(() => archiveArticles(db, articles))
              .then(async (outcome) => {
                // Acknowledged only once its transaction has committed: a crash before this redelivers it.
                await host.api.ackOutbox({ ids: batches.map((batch) => batch.id) });
                onDelivered({ added: outcome.added.length, changed: outcome.changed.length });
              });
            // Its failure is met when it is awaited, below or on the next turn.
            next.catch(() => undefined);
            await writing;
            writing = next;
          }
          await writing;
        } while (moreToDo());
      } catch {
        // The host went away mid-delivery; what was not acknowledged is delivered on reconnect.
      } finally {
        state.running = false;
      }
    };
    void drain();
    const off = host.api.on('outboxReady', () => void drain());
    return () => {
      state.stopped = true;
      off();
    };
  }, [host, db, status, onDelivered]);
}
