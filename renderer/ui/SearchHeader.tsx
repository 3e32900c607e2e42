import type { ReactNode } from 'react';
import type { SearchResponse } from '../search/searchProtocol';

export interface SearchHeaderProps {
  response: SearchResponse | null;
  sort: 'relevance' | 'date';
  onSort: (sort: 'relevance' | 'date') => void;
  saved: boolean;
  onSave: () => void;
  /** "Tag everything matching this search". */
  onTagAll: () => void;
}

/** Above the results: how many, how they are ordered, and what can be done with them all. */
export function SearchHeader({ response, sort, onSort, saved, onSave, onTagAll }: SearchHeaderProps): ReactNode {
  return (
    <>
      <header className="pane-header search-header">
        <h2 aria-live="polite">{response ? `${response.total.toLocaleString()} ${response.total === 1 ? 'result' : 'results'}` : 'Searching…'}</h2>
        <div className="search-tools">
          <button type="button" className={`chip-toggle ${sort === 'relevance' ? 'is-on' : ''}`} aria-pressed={sort === 'relevance'} onClick={() => onSort('relevance')}>
            Best match
          </button>
          <button type="button" className={`chip-toggle ${sort === 'date' ? 'is-on' : ''}`} aria-pressed={sort === 'date'} onClick={() => onSort('date')}>
            Newest
          </button>
          <button type="button" className="button ghost small" onClick={onSave} disabled={saved}>
            {saved ? 'Saved' : 'Save search'}
          </button>
          <button type="button" className="button ghost small" onClick={onTagAll} disabled={!response || response.total === 0}>
            Tag all…
          </button>
        </div>
      </header>
      {response && response.notes.length > 0 && (
        <ul className="search-notes" aria-label="How the search was read">
          {response.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </>
  );
}
