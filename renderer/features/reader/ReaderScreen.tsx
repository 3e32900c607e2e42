import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { MenuCommand } from '../../../shared/host/contract';
import { markRead } from '../../archive/articles';
import { libraryCounts, listArticleIds, listArticles, sourceCounts as countBySource } from '../../archive/articleQueries';
import { useArchive } from '../../archive/ArchiveContext';
import { allSources } from '../../archive/sources';
import { useArchiveQuery } from '../../archive/useArchiveQuery';
import { useAppInfo, useHost, useHostStatus } from '../../host/HostContext';
import { AboutDialog } from '../../ui/AboutDialog';
import { ArticleList } from '../../ui/ArticleList';
import { DropOverlay } from '../../ui/DropOverlay';
import { EmptyArchive } from '../../ui/EmptyArchive';
import { ImportReport } from '../../ui/ImportReport';
import { Sidebar, type ListFilter } from '../../ui/Sidebar';
import { SourcesScreen } from '../sources/SourcesScreen';
import { useOutboxDelivery } from '../sync/useOutboxDelivery';
import { useSyncProgress } from '../sync/useSubscriptions';
import { StatusBar } from '../../ui/StatusBar';
import { useFileDrop } from '../import/useFileDrop';
import { useImport } from '../import/useImport';
import { recentSearches, rememberSearch, saveSearch } from '../../archive/savedSearches';
import { useSearchClient, useSearchStatus } from '../../search/SearchContext';
import { SearchBar } from '../../ui/SearchBar';
import { SearchResults } from '../../ui/SearchResults';
import { useSavedSearches } from '../search/useSavedSearches';
import { PAGE_SIZE, useSearchResults } from '../search/useSearchResults';
import { ImportInputs } from '../import/ImportInputs';
import { SelectionBar } from '../tags/SelectionBar';
import { TagBrowserScreen } from '../tags/TagBrowserScreen';
import { TagEditor, type TagTarget } from '../tags/TagEditor';
import { useTagHistory } from '../tags/TagHistoryContext';
import { TagNoticeBar } from '../tags/TagNoticeBar';
import { useListSelection } from '../tags/useListSelection';
import { useTagKeys } from '../tags/useTagKeys';
import { articleCount } from '../../ui/articleCount';
import { SearchHeader } from '../../ui/SearchHeader';
import { useNamePass } from '../../tags/useNamePass';
import { OpenArticle } from './OpenArticle';
import { isTyping } from '../keys/isTyping';
import { useReaderKeys } from './useReaderKeys';

function titleOf(filter: ListFilter, names: Map<string, string>): string {
  if (filter.kind === 'source') return names.get(filter.id) ?? 'Source';
  return { all: 'All articles', unread: 'Unread', updated: 'Updated' }[filter.kind];
}

/** The reader: library sidebar, article list and the open article, all read live from the archive. */
export function ReaderScreen(): ReactNode {
  const db = useArchive();
  const status = useHostStatus();
  const info = useAppInfo();
  const fileInputRef = useRef<HTMLInputElement>(null);
  const folderInputRef = useRef<HTMLInputElement>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // After an import, select the first new article so the reporter sees what arrived.
  const onImported = useCallback((added: string[]) => setSelectedId(added[0] ?? null), []);
  const importer = useImport({ fileInputRef, folderInputRef, onImported });
  const [filter, setFilter] = useState<ListFilter>({ kind: 'all' });
  const listQuery = useCallback(() => listArticles(db, filter), [db, filter]);
  const countsQuery = useCallback(() => libraryCounts(db), [db]);
  const sourceCountsQuery = useCallback(() => countBySource(db), [db]);
  const sourcesQuery = useCallback(() => allSources(db), [db]);
  const listed = useArchiveQuery(db, listQuery);
  const visible = useMemo(() => listed ?? [], [listed]);
  const counts = useArchiveQuery(db, countsQuery);
  const countedSources = useArchiveQuery(db, sourceCountsQuery);
  const sourceCounts = useMemo(() => countedSources ?? [], [countedSources]);
  const sources = useArchiveQuery(db, sourcesQuery);
  const [view, setView] = useState<'reader' | 'sources' | 'tags'>('reader');
  const [arrived, setArrived] = useState({ added: 0, changed: 0 });
  const { progress: syncProgress, online } = useSyncProgress();
  const names = useNamePass(syncProgress?.running === true);
  useOutboxDelivery(useCallback((counts: { added: number; changed: number }) => setArrived((a) => ({ added: a.added + counts.added, changed: a.changed + counts.changed })), []));
  const [openId, setOpenId] = useState<string | null>(null);
  const articlePane = useRef<HTMLElement>(null);
  const [aboutOpen, setAboutOpen] = useState(false);
  const host = useHost();
  const { openImport } = importer;

  // Search: the query, how results are ordered, and how many are shown.
  const searchInput = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<'relevance' | 'date'>('relevance');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [searchHelp, setSearchHelp] = useState(false);
  const searching = query.trim() !== '';
  // The last word is a prefix while it is being typed; a space (or a query from the sidebar) ends it.
  const search = useSearchResults(query, sort, limit, !/\s$/.test(query));
  const { status: indexStatus } = useSearchStatus();
  const searchClient = useSearchClient();
  const { saved, remove: removeSaved } = useSavedSearches();
  const recent = useArchiveQuery(db, useCallback(() => recentSearches(db), [db]));
  const runQuery = useCallback((next: string) => {
    setQuery(next);
    setLimit(PAGE_SIZE);
    setView('reader');
  }, []);


  const sourceNames = useMemo(() => new Map((sources ?? []).map((s) => [s.id, s.name])), [sources]);

  const open = useCallback(
    (id: string) => {
      setOpenId(id);
      void markRead(db, id);
      articlePane.current?.scrollTo({ top: 0 });
    },
    [db],
  );
  // What j/k and the arrows move through: the search's results while searching, else the list.
  const rows = useMemo(() => (searching ? (search.response?.hits ?? []) : visible).map((row) => row.id), [searching, search.response, visible]);
  const move = useCallback(
    (step: number) => {
      if (rows.length === 0) return;
      const index = rows.indexOf(selectedId ?? '');
      const next = rows[Math.min(rows.length - 1, Math.max(0, index === -1 ? 0 : index + step))];
      if (next) setSelectedId(next);
    },
    [rows, selectedId],
  );
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const target = rows.includes(selectedId ?? '') ? selectedId : (rows[0] ?? null);
      void rememberSearch(db, query);
      if (target) {
        setSelectedId(target);
        open(target);
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (query !== '') setQuery('');
      else event.currentTarget.blur();
      // Back to the list, where j/k and Enter work.
      document.querySelector<HTMLElement>('.list-pane [role="listbox"]')?.focus();
    }
  };
  const keyActions = useMemo(
    () => ({
      next: () => move(1),
      previous: () => move(-1),
      open: () => selectedId && open(selectedId),
      importFiles: importer.openImport,
      syncAll: () => void host.api.syncNow({}),
      showSearchHelp: () => {
        setView('reader');
        setSearchHelp((open) => !open);
      },
      focusSearch: () => {
        setView('reader');
        searchInput.current?.focus();
        searchInput.current?.select();
      },
      menuHandlesImport: info?.shell === 'electron',
      enabled: view === 'reader',
    }),
    [move, open, selectedId, importer.openImport, info, host, view],
  );
  useReaderKeys(keyActions);

  // Tagging: articles picked for bulk work, the tag input, undo and redo.
  const { undo, redo } = useTagHistory();
  const [tagTarget, setTagTarget] = useState<TagTarget | null>(null);
  const selection = useListSelection(rows, selectedId, setSelectedId, searching ? `search:${query}` : JSON.stringify(filter));
  const tagResults = useCallback(async () => {
    const ids = await searchClient.ids(query);
    if (ids.length > 0) setTagTarget({ ids, title: `all ${articleCount(ids.length)} matching “${query.trim()}”` });
  }, [searchClient, query]);
  const tagKeyActions = useMemo(
    () => ({
      openTagInput: () => {
        const ids = selection.checked.size > 0 ? [...selection.checked] : [openId ?? selectedId].filter((id): id is string => id !== null);
        if (ids.length > 0) setTagTarget({ ids, title: selection.checked.size > 0 ? `${articleCount(ids.length)} selected` : 'this article' });
      },
      toggleChecked: () => selectedId && selection.toggle(selectedId),
      extendChecked: selection.extend,
      checkAll: () => void (searching ? searchClient.ids(query) : listArticleIds(db, filter)).then(selection.set),
      clearChecked: () => {
        if (selection.checked.size === 0) return false;
        selection.clear();
        return true;
      },
      undo: () => void undo(),
      redo: () => void redo(),
      enabled: view === 'reader' && tagTarget === null && !aboutOpen,
      // In Electron the Edit menu's accelerators send these (see the menu command handler).
      menuHandlesEditKeys: info?.shell === 'electron',
    }),
    [selection, openId, selectedId, searching, searchClient, query, db, filter, undo, redo, view, tagTarget, aboutOpen, info],
  );
  useTagKeys(tagKeyActions);

  // The Electron menu asks for these; every menu command has a handler here.
  // Undo, redo and select all edit the text when a text box has the focus.
  useEffect(() => {
    const inText = (): boolean => isTyping(document.activeElement);
    // execCommand is deprecated but still the only way to run a text box's own undo, redo and select all; Chromium keeps it.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    const edit = (command: 'undo' | 'redo' | 'selectAll'): boolean => document.execCommand(command);
    const commands: Record<MenuCommand, () => void> = {
      'import.open': openImport,
      'app.about': () => setAboutOpen(true),
      'sources.show': () => setView('sources'),
      'tags.show': () => setView('tags'),
      'sync.all': () => void host.api.syncNow({}),
      'edit.undo': () => (inText() ? edit('undo') : tagKeyActions.undo()),
      'edit.redo': () => (inText() ? edit('redo') : tagKeyActions.redo()),
      'edit.selectAll': () => (inText() ? edit('selectAll') : tagKeyActions.checkAll()),
    };
    return host.api.on('menuCommand', ({ command }) => commands[command]());
  }, [host, openImport, tagKeyActions]);
  const { importFiles } = importer;
  const dragging = useFileDrop(useCallback((files: File[]) => void importFiles(files), [importFiles]));

  // Stable, so the memoized sidebar skips the re-renders sync progress causes.
  const chooseFilter = useCallback((next: ListFilter) => {
    setFilter(next);
    setView('reader');
  }, []);
  const showSources = useCallback(() => setView('sources'), []);
  const showTags = useCallback(() => setView('tags'), []);
  const showAbout = useCallback(() => setAboutOpen(true), []);
  const shownCounts = useMemo(() => counts ?? { all: 0, unread: 0, updated: 0 }, [counts]);

  const empty = counts?.all === 0;
  return (
    <div className="app">
      <Sidebar
        savedSearches={saved}
        activeQuery={query}
        onSearch={runQuery}
        onRemoveSearch={removeSaved}
        counts={shownCounts}
        sources={sourceCounts}
        filter={filter}
        showing={view}
        onFilter={chooseFilter}
        onManageSources={showSources}
        onShowTags={showTags}
        onImport={importer.openImport}
        onImportFolder={importer.openImportFolder}
        importing={importer.importing}
        onAbout={showAbout}
      />
      {view === 'sources' ? (
        <main className="sources-pane" aria-label="Sources">
          <SourcesScreen />
        </main>
      ) : view === 'tags' ? (
        <TagBrowserScreen sourceNames={sourceNames} onOpenArticle={(id) => {
          setView('reader');
          setSelectedId(id);
          open(id);
        }} />
      ) : (
        <>
      <section className="list-pane" aria-label="Article list">
        <SearchBar
          query={query}
          onQuery={runQuery}
          onKeyDown={onSearchKey}
          inputRef={searchInput}
          onRebuild={() => void searchClient.rebuild()}
          help={searchHelp}
          onHelp={setSearchHelp}
          recent={(recent ?? []).map((r) => r.query)}
          indexNote={indexStatus.state === 'building' ? `Indexing the archive: ${indexStatus.done ?? 0} of ${indexStatus.total ?? '…'} articles` : indexStatus.state === 'failed' ? `Search is unavailable: ${indexStatus.error ?? 'the index could not be opened'}.` : null}
        />
        {searching ? (
          <SearchHeader
            response={search.response}
            sort={sort}
            onSort={setSort}
            saved={saved.some((s) => s.query === query.trim())}
            onSave={() => void saveSearch(db, query.trim())}
            onTagAll={() => void tagResults()}
          />
        ) : (
          <header className="pane-header">
            <h2>{titleOf(filter, sourceNames)}</h2>
            <span className="pane-count">{visible.length}</span>
          </header>
        )}
        <SelectionBar count={selection.checked.size} onTag={tagKeyActions.openTagInput} onClear={selection.clear} />
        {searching ? (
          search.error ? (
            <p className="search-empty" role="alert">
              The search could not be run: {search.error}
            </p>
          ) : (
            search.response && (
              <SearchResults response={search.response} selectedId={selectedId} openId={openId} onSelect={setSelectedId} onOpen={open} onShowMore={() => setLimit((l) => l + PAGE_SIZE)} checked={selection.checked} />
            )
          )
        ) : empty ? (
          <p className="list-empty">No articles yet.</p>
        ) : (
          <ArticleList
            articles={visible}
            selectedId={selectedId}
            openId={openId}
            sourceNames={sourceNames}
            onSelect={setSelectedId}
            onOpen={open}
            checked={selection.checked}
          />
        )}
      </section>
      <main className="article-pane" ref={articlePane} tabIndex={-1} aria-label="Article">
        {empty ? (
          <EmptyArchive onImport={importer.openImport} />
        ) : openId ? (
          <OpenArticle id={openId} sourceNames={sourceNames} highlight={searching ? (search.response?.highlight ?? null) : null} />
        ) : (
          <div className="article-placeholder">
            <p>Select an article to read it.</p>
            <p className="hint">
              <kbd>j</kbd> and <kbd>k</kbd> move through the list, <kbd>Enter</kbd> opens.
            </p>
          </div>
        )}
      </main>
        </>
      )}
      <StatusBar
        status={status}
        online={online}
        articleCount={counts?.all ?? 0}
        progress={importer.importing ? importer.progress : null}
        sync={syncProgress}
        arrived={arrived}
        search={indexStatus}
        names={names}
      />
      {importer.report && <ImportReport report={importer.report} onUndo={importer.undo} onDismiss={importer.dismiss} />}
      {dragging && <DropOverlay />}
      {aboutOpen && <AboutDialog info={info} onClose={() => setAboutOpen(false)} />}
      {tagTarget && <TagEditor target={tagTarget} onClose={() => setTagTarget(null)} />}
      <TagNoticeBar />
      <ImportInputs importer={importer} fileInputRef={fileInputRef} folderInputRef={folderInputRef} />
    </div>
  );
}
