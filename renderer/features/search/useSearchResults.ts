import { useEffect, useRef, useState } from 'react';
import type { SearchResponse } from '../../search/searchProtocol';
import { useSearchClient, useSearchStatus } from '../../search/SearchContext';

/** Results shown at once; more come with "Show more". */
export const PAGE_SIZE = 50;

export interface SearchState {
  response: SearchResponse | null;
  error: string | null;
  /** The response shown answers an earlier query (or order) than the one asked now; the newer one is on its way. */
  stale: boolean;
}

const NOTHING: SearchState = { response: null, error: null, stale: false };

/**
 * Searches as the person types: every change asks the worker at once (it
 * answers in milliseconds), and only the newest answer is shown, so a slow
 * early answer never overwrites a later one. Asks again when the index
 * changes, so results follow what sync delivers.
 */
export function useSearchResults(query: string, sort: 'relevance' | 'date', limit: number, typing: boolean): SearchState {
  const client = useSearchClient();
  const { generation } = useSearchStatus();
  const [state, setState] = useState<SearchState & { asked: string }>({ ...NOTHING, asked: '' });
  const asking = JSON.stringify([query, sort, limit]);
  const latest = useRef(0);
  // An emptied box forgets the last answer, so typing the same query again
  // never shows results from before the archive changed in between.
  if (query.trim() === '' && (state.response !== null || state.error !== null)) setState({ ...NOTHING, asked: '' });
  useEffect(() => {
    if (query.trim() === '') return;
    const ticket = ++latest.current;
    client.search({ query, typing, sort, limit }).then(
      (response) => {
        if (ticket === latest.current) setState({ response, error: null, stale: false, asked: asking });
      },
      (error: unknown) => {
        if (ticket === latest.current) setState({ response: null, error: error instanceof Error ? error.message : String(error), stale: false, asked: asking });
      },
    );
  }, [client, query, sort, limit, typing, generation, asking]);
  // An empty box shows the list, not the last results.
  if (query.trim() === '') return NOTHING;
  return { response: state.response, error: state.error, stale: state.asked !== asking };
}
