import { useMemo, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import type { ArticleFilter } from '../../archive/articleQueries';
import type { SearchResponse, SearchStatus } from '../../search/searchProtocol';
import { ArticleList, type ArticleListProps } from '../../ui/ArticleList';
import { KeyCaps } from '../../ui/KeyCaps';
import { SearchBar } from '../../ui/SearchBar';
import { SearchHeader } from '../../ui/SearchHeader';
import { SearchResults, type SearchResultsProps } from '../../ui/SearchResults';
import type { SearchState } from '../search/useSearchResults';
import { SelectionBar } from '../tags/SelectionBar';
import type { ListSelection } from '../tags/useListSelection';
import { useCursorState, type ReaderCursor } from './readerCursor';
import type { ArticleListModel } from './useArticleList';

export interface ListPaneSearch {
  query: string;
  runQuery: (query: string) => void;
  onSearchKey: (event: KeyboardEvent<HTMLInputElement>) => void;
  searchInput: RefObject<HTMLInputElement | null>;
  searching: boolean;
  result: SearchState;
  sort: 'relevance' | 'date';
  setSort: (sort: 'relevance' | 'date') => void;
  showMore: () => void;
  saved: boolean;
  save: () => void;
  tagAll: () => void;
  help: boolean;
  setHelp: (open: boolean) => void;
  recent: string[];
  indexStatus: SearchStatus;
  rebuild: () => void;
}

export interface ListPaneProps {
  className: string;
  list: ArticleListModel;
  filter: ArticleFilter;
  sourceNames: Map<string, string>;
  cursor: ReaderCursor;
  onOpen: (id: string) => void;
  selection: ListSelection;
  onTagPicked: () => void;
  onStep: (step: 1 | -1) => void;
  /** The archive holds nothing at all. */
  empty: boolean;
  search: ListPaneSearch;
}

const NO_IDS: readonly string[] = [];

type Following<P> = Omit<P, 'selectedIndex' | 'selectedId' | 'openId'> & { cursor: ReaderCursor };

/** The folder's list, following the cursor: j re-renders this, not the pane around it. */
function FolderList({ cursor, ...props }: Following<ArticleListProps>): ReactNode {
  const { selectedId, openId } = useCursorState(cursor);
  const selectedIndex = useMemo(() => (selectedId === null ? -1 : props.ids.indexOf(selectedId)), [props.ids, selectedId]);
  return <ArticleList {...props} selectedIndex={selectedIndex} openId={openId} />;
}

/** The search's results, following the cursor. */
function FollowingResults({ cursor, ...props }: Following<SearchResultsProps>): ReactNode {
  const { selectedId, openId } = useCursorState(cursor);
  return <SearchResults {...props} selectedId={selectedId} openId={openId} />;
}

function titleOf(filter: ArticleFilter, names: Map<string, string>): string {
  if (filter.kind === 'source') return names.get(filter.id) ?? 'Source';
  return { all: 'All articles', unread: 'Unread', starred: 'Starred', updated: 'Updated' }[filter.kind];
}

const EMPTY_FOLDER: Partial<Record<ArticleFilter['kind'], ReactNode>> = {
  starred: (
    <>
      Nothing starred yet. Press <KeyCaps sequence="s" /> on an article to keep it here.
    </>
  ),
  unread: <>You have read everything. New articles arrive here when you sync.</>,
};

function indexNote(status: SearchStatus): string | null {
  if (status.state === 'building') return `Indexing the archive: ${status.done ?? 0} of ${status.total ?? '…'} articles`;
  if (status.state === 'failed') return `Search is unavailable: ${status.error ?? 'the index could not be opened'}.`;
  return null;
}

/** The middle pane: the search box, then the folder's articles or the search's results. */
export function ListPane({ className, list, filter, sourceNames, cursor, onOpen, selection, onTagPicked, onStep, empty, search }: ListPaneProps): ReactNode {
  const response: SearchResponse | null = search.result.response;
  const title = titleOf(filter, sourceNames);
  return (
    <section className={`list-pane pane ${className}`} aria-label="Article list" data-pane="list" tabIndex={-1}>
      <SearchBar query={search.query} onQuery={search.runQuery} onKeyDown={search.onSearchKey} inputRef={search.searchInput} onRebuild={search.rebuild} help={search.help} onHelp={search.setHelp} recent={search.recent} indexNote={indexNote(search.indexStatus)} />
      {search.searching ? (
        <SearchHeader response={response} sort={search.sort} onSort={search.setSort} saved={search.saved} onSave={search.save} onTagAll={search.tagAll} />
      ) : (
        <header className="pane-header">
          <h2>{title}</h2>
          <span className="pane-count">{list.complete ? (list.ids?.length ?? 0).toLocaleString() : '…'}</span>
        </header>
      )}
      <SelectionBar count={selection.checked.size} onTag={onTagPicked} onClear={selection.clear} />
      {search.searching ? (
        search.result.error ? (
          <p className="search-empty" role="alert">
            The search could not be run: {search.result.error}
          </p>
        ) : (
          response && <FollowingResults cursor={cursor} response={response} busy={search.result.stale} onSelect={onOpen} onOpen={onOpen} onShowMore={search.showMore} checked={selection.checked} />
        )
      ) : empty ? (
        <p className="list-empty">No articles yet.</p>
      ) : list.complete && list.ids?.length === 0 ? (
        <p className="list-empty">{EMPTY_FOLDER[filter.kind] ?? 'Nothing here yet.'}</p>
      ) : (
        // Keyed by folder: another folder opens at its top, not at the last one's scroll position.
        <FolderList key={JSON.stringify(filter)} cursor={cursor} ids={list.ids ?? NO_IDS} rows={list.rows} thumbnails={list.thumbnails} onRange={list.onRange} sourceNames={sourceNames} onOpen={onOpen} checked={selection.checked} label={`Articles in ${title}, newest first`} onStep={onStep} />
      )}
    </section>
  );
}
