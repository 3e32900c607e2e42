import { liveQuery } from 'dexie';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useArchive } from '../archive/ArchiveContext';
import type { SearchStatus } from './searchProtocol';
import type { SearchClient } from './SearchClient';

const SearchContext = createContext<SearchClient | null>(null);

/**
 * Quiet time after an archive write before the index is told, and the most
 * it waits while writes keep coming. A sync writes a thousand articles a
 * transaction, several a second: indexing each as it lands competed with
 * the writes for the two cores and cut sync throughput by a tenth
 * (`npm run bench -- sync`); indexing once the burst settles does not.
 */
const QUIET_MS = 400;
const MAX_WAIT_MS = 2000;

/**
 * Starts the search worker for the window, and tells it whenever the
 * archive's change queue grows (every archive write appends to it), so the
 * index follows imports, syncs, edits and deletions without each writer
 * having to know about search.
 */
export function SearchProvider({ client, children }: { client: SearchClient; children: ReactNode }): ReactNode {
  const db = useArchive();
  useEffect(() => {
    let quiet: ReturnType<typeof setTimeout> | null = null;
    let firstAt: number | null = null;
    const tell = () => {
      if (quiet) clearTimeout(quiet);
      quiet = null;
      firstAt = null;
      void client.changed().catch(() => undefined);
    };
    const subscription = liveQuery(() => db.searchChanges.orderBy('seq').last()).subscribe({
      next: (row) => {
        if (!row) return;
        const now = Date.now();
        firstAt ??= now;
        if (quiet) clearTimeout(quiet);
        quiet = setTimeout(tell, Math.max(0, Math.min(QUIET_MS, firstAt + MAX_WAIT_MS - now)));
      },
    });
    return () => {
      if (quiet) clearTimeout(quiet);
      subscription.unsubscribe();
    };
  }, [db, client]);
  return <SearchContext.Provider value={client}>{children}</SearchContext.Provider>;
}

export function useSearchClient(): SearchClient {
  const client = useContext(SearchContext);
  if (!client) throw new Error('useSearchClient must be used inside <SearchProvider>.');
  return client;
}

/** The index's status, and a number that changes whenever its contents may have. */
export function useSearchStatus(): { status: SearchStatus; generation: number } {
  const client = useSearchClient();
  const [state, setState] = useState({ status: client.status, generation: client.generation });
  useEffect(() => client.onStatus((status) => setState({ status, generation: client.generation })), [client]);
  return state;
}
