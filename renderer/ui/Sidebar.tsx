import { memo, type ReactNode } from 'react';
import { KeyCaps } from './KeyCaps';

import type { ArticleFilter, LibraryCounts } from '../archive/articleQueries';

/** What the article list shows. */
export type ListFilter = ArticleFilter;

export interface SidebarSource {
  id: string;
  name: string;
  count: number;
}

export interface SidebarSavedSearch {
  id: number;
  name: string;
  query: string;
  /** Articles it matches now; null until the index has answered. */
  count: number | null;
}

export interface SidebarProps {
  savedSearches: SidebarSavedSearch[];
  /** The query in the search box, so its saved search shows as current. */
  activeQuery: string;
  onSearch: (query: string) => void;
  onRemoveSearch: (id: number) => void;
  counts: LibraryCounts;
  sources: SidebarSource[];
  filter: ListFilter;
  /** Which screen the main area shows: the reader's list, the sources, the tags or the settings. */
  showing: 'reader' | 'sources' | 'tags' | 'settings';
  /** The focused-pane marker, from the layout. */
  className: string;
  onShowSettings: () => void;
  onFilter: (filter: ListFilter) => void;
  onManageSources: () => void;
  onShowTags: () => void;
  onImport: () => void;
  /** Import every article file in a folder and its subfolders. */
  onImportFolder: () => void;
  importing: boolean;
  onAbout: () => void;
}

const same = (a: ListFilter, b: ListFilter): boolean => a.kind === b.kind && (a.kind !== 'source' || (b.kind === 'source' && a.id === b.id));

/**
 * The library: smart lists, the sources articles came from, and the ways to add more.
 * Memoized: sync progress re-renders the screen several times a second, and this need not follow.
 */
export const Sidebar = memo(function Sidebar({ className, onShowSettings, savedSearches, activeQuery, onSearch, onRemoveSearch, counts, sources, filter, showing, onFilter, onManageSources, onShowTags, onImport, onImportFolder, importing, onAbout }: SidebarProps): ReactNode {
  const showingSources = showing === 'sources';
  const item = (target: ListFilter, label: string, count: number, title?: string): ReactNode => (
    <li>
      <button
        type="button"
        className={`sidebar-item ${showing === 'reader' && same(filter, target) ? 'is-active' : ''}`}
        aria-current={showing === 'reader' && same(filter, target) ? 'page' : undefined}
        onClick={() => onFilter(target)}
        title={title}
      >
        <span className="truncate">{label}</span>
        <span className="count">{count.toLocaleString()}</span>
      </button>
    </li>
  );
  return (
    <nav className={`sidebar pane ${className}`} aria-label="Library" data-pane="sidebar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">N</span>
        <span>Newsroom Reader</span>
      </div>
      <button type="button" className="button primary import-button" onClick={onImport} disabled={importing}>
        {importing ? 'Importing…' : 'Import…'} <KeyCaps sequence="Mod+o" />
      </button>
      <button type="button" className="link-button import-folder-button" onClick={onImportFolder} disabled={importing}>
        Import a folder…
      </button>
      <h2 className="sidebar-heading">Library</h2>
      <ul className="sidebar-list">
        {item({ kind: 'all' }, 'All articles', counts.all)}
        {item({ kind: 'unread' }, 'Unread', counts.unread)}
        {item({ kind: 'starred' }, 'Starred', counts.starred)}
        {item({ kind: 'updated' }, 'Updated', counts.updated)}
        <li>
          <button type="button" className={`sidebar-item ${showing === 'tags' ? 'is-active' : ''}`} aria-current={showing === 'tags' ? 'page' : undefined} onClick={onShowTags}>
            <span className="truncate">Tags</span>
          </button>
        </li>
      </ul>
      {savedSearches.length > 0 && (
        <>
          <h2 className="sidebar-heading">Saved searches</h2>
          <ul className="sidebar-list" aria-label="Saved searches">
            {savedSearches.map((saved) => (
              <li key={saved.id} className="saved-search">
                <button
                  type="button"
                  className={`sidebar-item ${activeQuery.trim() === saved.query ? 'is-active' : ''}`}
                  aria-current={activeQuery.trim() === saved.query ? 'page' : undefined}
                  title={saved.query}
                  onClick={() => onSearch(saved.query)}
                >
                  <span className="truncate">{saved.name}</span>
                  <span className="count">{saved.count ?? '…'}</span>
                </button>
                <button type="button" className="saved-search-remove" aria-label={`Remove saved search ${saved.name}`} title="Remove this saved search" onClick={() => onRemoveSearch(saved.id)}>
                  ✕
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2 className="sidebar-heading">Sources</h2>
      <ul className="sidebar-list">
        {sources.map((source) => item({ kind: 'source', id: source.id }, source.name, source.count, source.name))}
        <li>
          <button type="button" className={`sidebar-item manage ${showingSources ? 'is-active' : ''}`} onClick={onManageSources} aria-current={showingSources ? 'page' : undefined}>
            <span>Manage sources…</span>
          </button>
        </li>
      </ul>
      <div className="sidebar-footer">
        <button type="button" className={`sidebar-item ${showing === 'settings' ? 'is-active' : ''}`} aria-current={showing === 'settings' ? 'page' : undefined} onClick={onShowSettings}>
          <span>Settings</span>
        </button>
        <button type="button" className="link-button" onClick={onAbout}>
          About Newsroom Reader
        </button>
      </div>
    </nav>
  );
});
