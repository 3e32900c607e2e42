import { useEffect, useRef, useState } from 'react';
import type { SearchResponse } from '../../search/searchProtocol';
import { useSearchClient, useSearchStatus } from '../../search/SearchContext';

/** Results shown at once; more come with "Show more". */
export const PAGE_SIZE = 50;

export interface SearchState {
  response: SearchResponse | null;
  error: string | null;
}

/**
 * Searches as the person types: every change asks the worker at once (it
 * answers in milliseconds), and only the newest answer is shown, so a slow
 * early answer never overwrites a later one. Asks again when the index
 * changes, so results follow what sync delivers.
 */
export function useSearchResults(query: string, sort: 'relevance' | 'date', limit: number, typing: boolean): SearchState {
  const client = useSearchClient();
  const { generation } = useSearchStatus();
  const [state, setState] = useState<SearchState>({ response: null, error: null });
  const latest = useRef(0);
  // An emptied box forgets the last answer, so typing the same query again
  // never shows results from before the archive changed in between.
  if (query.trim() === '' && (state.response !== null || state.error !== null)) setState({ response: null, error: null });
  useEffect(() => {
    if (query.trim() === '') return;
    const ticket = ++latest.current;
    client.search({ query, typing, sort, limit }).then(
      (response) => {
        if (ticket === latest.current) setState({ response, error: null });
      },
      (error: unknown) => {
        if (ticket === latest.current) setState({ response: null, error: error instanceof Error ? error.message : String(error) });
      },
    );
  }, [client, query, sort, limit, typing, generation]);
  // An empty box shows the list, not the last results.
  return query.trim() === '' ? { response: null, error: null } : state;
}
