import { useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { SearchCheatSheet } from './SearchCheatSheet';

export interface SearchBarProps {
  query: string;
  onQuery: (query: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  inputRef: RefObject<HTMLInputElement | null>;
  recent: string[];
  /** The index is still loading or being built: searches wait for it. */
  indexNote: string | null;
  onRebuild: () => void;
  /** The syntax sheet is open (the ? button, or the ? key anywhere). */
  help: boolean;
  onHelp: (open: boolean) => void;
}

/** The search box, its cheat sheet, and recent searches while it is empty. */
export function SearchBar({ query, onQuery, onKeyDown, inputRef, recent, indexNote, onRebuild, help, onHelp }: SearchBarProps): ReactNode {
  const [focused, setFocused] = useState(false);
  const showRecent = focused && query === '' && recent.length > 0;
  return (
    <div className="search-bar">
      <div className="search-field">
        <input
          ref={inputRef}
          type="search"
          className="search-input"
          placeholder="Search the archive"
          aria-label="Search the archive"
          aria-describedby={help ? 'search-help' : undefined}
          value={query}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => onQuery(event.target.value)}
          onKeyDown={onKeyDown}
          onFocus={() => setFocused(true)}
          // A recent search is pressed without taking focus (see onMouseDown below), so blur means leaving.
          onBlur={() => setFocused(false)}
        />
        <kbd className="search-key" aria-hidden="true">
          /
        </kbd>
        <button type="button" className={`search-help-toggle ${help ? 'is-on' : ''}`} aria-expanded={help} aria-controls="search-help" aria-label="Search syntax" title="Search syntax" onClick={() => onHelp(!help)}>
          ?
        </button>
      </div>
      {indexNote && <p className="search-index-note">{indexNote}</p>}
      {showRecent && (
        <ul className="search-recent" aria-label="Recent searches">
          {recent.map((q) => (
            <li key={q}>
              <button type="button" className="link-button" onMouseDown={(e) => e.preventDefault()} onClick={() => onQuery(q)}>
                {q}
              </button>
            </li>
          ))}
        </ul>
      )}
      {help && <SearchCheatSheet id="search-help" onRebuild={onRebuild} />}
    </div>
  );
}
