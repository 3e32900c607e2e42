import { liveQuery } from 'dexie';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useArchive } from '../archive/ArchiveContext';
import type { SearchStatus } from './searchProtocol';
import type { SearchClient } from './SearchClient';

const SearchContext = createContext<SearchClient | null>(null);

/**
 * Starts the search worker for the window, and tells it whenever the
 * archive's change queue grows (every archive write appends to it), so the
 * index follows imports, syncs, edits and deletions without each writer
 * having to know about search.
 */
export function SearchProvider({ client, children }: { client: SearchClient; children: ReactNode }): ReactNode {
  const db = useArchive();
  useEffect(() => {
    const subscription = liveQuery(() => db.searchChanges.orderBy('seq').last()).subscribe({
      next: (row) => {
        if (row) void client.changed().catch(() => undefined);
      },
    });
    return () => subscription.unsubscribe();
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
