import { useCallback, useEffect, useMemo, useState } from 'react';
import { useArchive } from '../../archive/ArchiveContext';
import { removeSavedSearch, savedSearches } from '../../archive/savedSearches';
import { useArchiveQuery } from '../../archive/useArchiveQuery';
import { useSearchClient, useSearchStatus } from '../../search/SearchContext';
import type { SidebarSavedSearch } from '../../ui/Sidebar';

/** Saved searches with live counts: counted again whenever the index changes. */
export function useSavedSearches(): { saved: SidebarSavedSearch[]; remove: (id: number) => void } {
  const db = useArchive();
  const client = useSearchClient();
  const { status, generation } = useSearchStatus();
  const list = useArchiveQuery(db, useCallback(() => savedSearches(db), [db]));
  const [counts, setCounts] = useState<Map<string, number>>(new Map());
  const queries = useMemo(() => (list ?? []).map((s) => s.query), [list]);
  useEffect(() => {
    if (queries.length === 0 || status.state !== 'ready') return;
    let current = true;
    client.counts(queries).then(
      (numbers) => {
        if (current) setCounts(new Map(queries.map((q, i) => [q, numbers[i] ?? 0])));
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [client, queries, generation, status.state]);
  const saved = useMemo(() => (list ?? []).map((s) => ({ id: s.id ?? 0, name: s.name, query: s.query, count: counts.get(s.query) ?? null })), [list, counts]);
  const remove = useCallback((id: number) => void removeSavedSearch(db, id), [db]);
  return { saved, remove };
}
