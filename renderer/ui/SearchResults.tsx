import { memo, useEffect, useRef, type ReactNode } from 'react';
import type { SearchResponse, SearchResultItem } from '../search/searchProtocol';
import { formatShortDate } from './formatDate';
import { SnippetText } from './SnippetText';

export interface SearchResultsProps {
  response: SearchResponse;
  selectedId: string | null;
  openId: string | null;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
  onShowMore: () => void;
  /** Results picked for a bulk action. */
  checked: ReadonlySet<string>;
  /** These answer an earlier query than the one typed; the newer answer is on its way. */
  busy?: boolean;
}

/** Search results, best first (or newest): headline, source and date, and a snippet with the hits marked. */
export const SearchResults = memo(function SearchResults({ response, selectedId, openId, onSelect, onOpen, onShowMore, checked, busy = false }: SearchResultsProps): ReactNode {
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (!selectedId) return;
    listRef.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(selectedId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);
  if (response.total === 0) {
    return (
      <div className="search-empty" role="status">
        <p>Nothing in the archive matches.</p>
        <p className="hint">Check the spelling, take a word away, or end a word with * to match its beginnings.</p>
      </div>
    );
  }
  return (
    <>
      <ul ref={listRef} className="article-list search-results" role="listbox" aria-label="Search results" tabIndex={-1} aria-activedescendant={selectedId ? `result-${selectedId}` : undefined} aria-multiselectable={checked.size > 0 || undefined} aria-busy={busy || undefined}>
        {response.hits.map((hit) => (
          <ResultRow key={hit.id} hit={hit} selected={hit.id === selectedId} open={hit.id === openId} picking={checked.size > 0} checked={checked.has(hit.id)} onSelect={onSelect} onOpen={onOpen} />
        ))}
      </ul>
      {response.hits.length < response.total && (
        <button type="button" className="button ghost show-more" onClick={onShowMore}>
          Show more ({response.total - response.hits.length} more)
        </button>
      )}
    </>
  );
});

interface ResultRowProps {
  hit: SearchResultItem;
  selected: boolean;
  open: boolean;
  /** Rows are being picked for a bulk action: each shows whether it is. */
  picking: boolean;
  checked: boolean;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
}

/**
 * One result. Memoized: j re-renders the two rows whose marks change, not
 * every result shown (reading on from the keyboard adds fifty at a time).
 */
const ResultRow = memo(function ResultRow({ hit, selected, open, picking, checked, onSelect, onOpen }: ResultRowProps): ReactNode {
  return (
    <li
      id={`result-${hit.id}`}
      data-id={hit.id}
      role="option"
      aria-selected={selected}
      aria-checked={picking ? checked : undefined}
      className={['article-row', 'search-row', checked ? 'is-checked' : '', selected ? 'is-selected' : '', open ? 'is-open' : ''].join(' ')}
      onClick={() => {
        onSelect(hit.id);
        onOpen(hit.id);
      }}
    >
      {picking && <span className="row-check" aria-hidden="true">{checked ? '✓' : ''}</span>}
      <span className="row-headline">{hit.headline}</span>
      <span className="row-meta">
        <span className="row-source">{hit.source}</span>
        {hit.date > 0 && <span className="row-date">{formatShortDate(new Date(hit.date).toISOString())}</span>}
      </span>
      <span className="row-snippet">
        <SnippetText parts={hit.snippet} />
      </span>
    </li>
  );
});
