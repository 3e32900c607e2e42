import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { libraryCounts, sourceCounts as countBySource, type ArticleFilter } from '../../archive/articleQueries';
import { useArchive } from '../../archive/ArchiveContext';
import { recentSearches, rememberSearch, saveSearch } from '../../archive/savedSearches';
import { allSources } from '../../archive/sources';
import { useArchiveQuery } from '../../archive/useArchiveQuery';
import { useCommandConditions, useCommandHandlers, useCommands } from '../../commands/CommandContext';
import { useKeyDispatcher } from '../../commands/useKeyDispatcher';
import { useAppInfo, useHost, useHostStatus } from '../../host/HostContext';
import { useSearchClient, useSearchStatus } from '../../search/SearchContext';
import { loadVocabulary } from '../../tags/vocabulary';
import { useNamePass } from '../../tags/useNamePass';
import { DropOverlay } from '../../ui/DropOverlay';
import { ImportReport } from '../../ui/ImportReport';
import { PaneResizer } from '../../ui/PaneResizer';
import { Sidebar } from '../../ui/Sidebar';
import { StatusBar } from '../../ui/StatusBar';
import { ImportInputs } from '../import/ImportInputs';
import { useFileDrop } from '../import/useFileDrop';
import { useImport } from '../import/useImport';
import type { PaletteChoice } from '../palette/paletteItems';
import { useSavedSearches } from '../search/useSavedSearches';
import { PAGE_SIZE, useSearchResults } from '../search/useSearchResults';
import { PaletteDialog } from '../palette/PaletteDialog';
import { useOutboxDelivery } from '../sync/useOutboxDelivery';
import { useSyncProgress } from '../sync/useSubscriptions';
import { TagEditor, type TagTarget } from '../tags/TagEditor';
import { useTagHistory } from '../tags/TagHistoryContext';
import { TagNoticeBar } from '../tags/TagNoticeBar';
import { useListSelection } from '../tags/useListSelection';
import { PANE_LIMITS } from '../../settings/settings';
import { useArchiveSize } from './useArchiveSize';
import { useReadMarker } from './useReadMarker';
import { cursorIndex, ReaderCursor, useCursor } from './readerCursor';
import { useReadAhead } from './useReadAhead';
import { useArticleCommands } from './useArticleCommands';
import { useArticleList } from './useArticleList';
import { useMenuBridge } from '../../commands/useMenuBridge';
import { ListPane } from './ListPane';
import { ArticlePane } from './ArticlePane';
import { usePaneFocus } from './usePaneFocus';
import { usePaneLayout, type PaneName } from './usePaneLayout';
import { useTagCommands } from './useTagCommands';
import { AboutDialog, loadDeferredScreens, SettingsScreen, ShortcutSheet, SourcesScreen, TagBrowserScreen } from './deferredScreens';

export type ReaderView = 'reader' | 'sources' | 'tags' | 'settings';

/** How close to the last search result shown the cursor gets before the next page is asked for. */
const RESULTS_AHEAD = 10;

/** The reader: library sidebar, article list and the open article, all read live from the archive, driven by commands. */
export function ReaderScreen(): ReactNode {
  const db = useArchive();
  const host = useHost();
  const status = useHostStatus();
  const info = useAppInfo();
  const commands = useCommands();
  const fileInputRef = useRef<HTMLInputElement>(null);
  const folderInputRef = useRef<HTMLInputElement>(null);
  const articlePane = useRef<HTMLElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);

  const [view, setView] = useState<ReaderView>('reader');
  const [filter, setFilter] = useState<ArticleFilter>({ kind: 'all' });
  // Read by the commands when they run; only the list's rows and the article pane follow it (see ReaderCursor).
  const [cursor] = useState(() => new ReaderCursor());
  const hasSelection = useCursor(cursor, (c) => c.selectedId !== null);
  const hasOpen = useCursor(cursor, (c) => c.openId !== null);
  const [dialog, setDialog] = useState<'palette' | 'shortcuts' | 'about' | null>(null);
  const [tagTarget, setTagTarget] = useState<TagTarget | null>(null);
  const [tagFocus, setTagFocus] = useState<string | null>(null);

  const onImported = useCallback((added: string[]) => cursor.moveTo(added[0] ?? null), [cursor]);
  const importer = useImport({ fileInputRef, folderInputRef, onImported });
  const list = useArticleList(db, filter);
  // Counting walks whole indexes (0.7 s at 100,000 articles): it waits for the list's first screen.
  const counting = list.firstScreen;
  const counts = useArchiveQuery(db, useCallback(() => (counting ? libraryCounts(db) : Promise.resolve(undefined)), [db, counting]));
  const countedSources = useArchiveQuery(db, useCallback(() => (counting ? countBySource(db) : Promise.resolve(undefined)), [db, counting]));
  const sourceCounts = useMemo(() => countedSources ?? [], [countedSources]);
  const sources = useArchiveQuery(db, useCallback(() => allSources(db), [db]));
  const sourceNames = useMemo(() => new Map((sources ?? []).map((s) => [s.id, s.name])), [sources]);
  const [arrived, setArrived] = useState({ added: 0, changed: 0 });
  const { progress: syncProgress, online } = useSyncProgress();
  const names = useNamePass(syncProgress?.running === true);
  useOutboxDelivery(useCallback((c: { added: number; changed: number }) => setArrived((a) => ({ added: a.added + c.added, changed: a.changed + c.changed })), []));
  const archiveSize = useArchiveSize(counts?.all ?? 0);

  // Search: the query, how results are ordered, and how many are shown.
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<'relevance' | 'date'>('relevance');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [searchHelp, setSearchHelp] = useState(false);
  const searching = query.trim() !== '';
  // The last word is a prefix while it is being typed; a space (or a query from the sidebar) ends it.
  const search = useSearchResults(query, sort, limit, !/\s$/.test(query));
  const { status: indexStatus } = useSearchStatus();
  const searchClient = useSearchClient();
  // The index opens, the other screens' code is fetched, and the topic vocabulary is read, once the list's first screen is on it (see SearchClient, vocabulary).
  useEffect(() => {
    if (!list.firstScreen) return;
    const idle = requestIdleCallback(() => {
      searchClient.wake();
      loadDeferredScreens().catch((error: unknown) => console.error('The reader’s other screens could not be loaded.', error));
      // The suggester's term weights (50 ms) are built now, not when the reader first stops on an article.
      void loadVocabulary().then((vocabulary) => requestIdleCallback(() => vocabulary.topicSuggester()));
    }, { timeout: 1000 });
    return () => cancelIdleCallback(idle);
  }, [list.firstScreen, searchClient]);
  const { saved, remove: removeSaved } = useSavedSearches();
  const recent = useArchiveQuery(db, useCallback(() => recentSearches(db), [db]));
  const runQuery = useCallback((next: string) => {
    setQuery(next);
    setLimit(PAGE_SIZE);
    setView('reader');
  }, []);

  // What j/k move through: the search's results while searching, else the list.
  const rows = useMemo(() => (searching ? (search.response?.hits ?? []).map((hit) => hit.id) : (list.ids ?? [])), [searching, search.response, list.ids]);
  // Reading down the results: the next page is asked for as the cursor nears the last one shown, so j
  // and ↓ go on past it as they do in a folder ("Show more" stays for the mouse).
  const moreToShow = searching && (search.response?.total ?? 0) > rows.length;
  useEffect(() => {
    if (!moreToShow) return;
    return cursor.subscribe(() => {
      const { selectedId } = cursor.get();
      if (selectedId !== null && rows.indexOf(selectedId) >= rows.length - RESULTS_AHEAD) setLimit((l) => Math.max(l, rows.length + PAGE_SIZE));
    });
  }, [cursor, rows, moreToShow]);
  const markSeen = useReadMarker(db);
  const show = useCallback(
    (id: string) => {
      cursor.set({ selectedId: id, openId: id });
      markSeen(id);
      articlePane.current?.scrollTo({ top: 0 });
    },
    [cursor, markSeen],
  );
  useReadAhead(db, rows, cursor, list.firstScreen);
  const stepSelection = useCallback(
    (step: 1 | -1) => {
      const next = rows[Math.min(rows.length - 1, Math.max(0, cursorIndex(rows, cursor) + step))];
      if (next !== undefined) cursor.moveTo(next);
    },
    [rows, cursor],
  );

  const selectedNow = useCallback(() => cursor.get().selectedId, [cursor]);
  const selection = useListSelection(rows, selectedNow, cursor.moveTo, searching ? `search:${query}` : JSON.stringify(filter));
  const history = useTagHistory();
  const layout = usePaneLayout();
  const panes: PaneName[] = view === 'reader' ? ['sidebar', 'list', 'article'] : ['sidebar', 'main'];
  const paneFocus = usePaneFocus(panes, layout.reveal);

  const chooseFilter = useCallback((next: ArticleFilter) => {
    setFilter(next);
    setQuery('');
    setView('reader');
  }, []);
  const focusSearch = (): void => {
    setView('reader');
    layout.reveal('list');
    requestAnimationFrame(() => {
      searchInput.current?.focus();
      searchInput.current?.select();
    });
  };
  const tagCommands = useTagCommands({ db, selection, cursor, searching, query, filter, searchClient, setTagTarget, history });
  const articleHandlers = useArticleCommands({ db, host: host.api, rows, cursor, show, targets: tagCommands.targets, articlePane });
  useCommandHandlers({
    ...articleHandlers,
    ...tagCommands.handlers,
    ...layout.handlers,
    'palette.open': () => setDialog('palette'),
    'help.shortcuts': () => setDialog('shortcuts'),
    'app.about': () => setDialog('about'),
    'settings.open': () => setView('settings'),
    'import.open': importer.openImport,
    'import.folder': importer.openImportFolder,
    'sync.all': () => void host.api.syncNow({}),
    'search.focus': focusSearch,
    'search.syntax': () => {
      focusSearch();
      setSearchHelp(true);
    },
    'go.all': () => chooseFilter({ kind: 'all' }),
    'go.unread': () => chooseFilter({ kind: 'unread' }),
    'go.starred': () => chooseFilter({ kind: 'starred' }),
    'go.updated': () => chooseFilter({ kind: 'updated' }),
    'go.tags': () => setView('tags'),
    'go.sources': () => setView('sources'),
    'pane.left': () => paneFocus.step(-1),
    'pane.right': () => paneFocus.step(1),
    'nav.back': () => {
      // One step back at a time: picks, then another screen, then reading mode, then the open article.
      if (selection.checked.size > 0) selection.clear();
      else if (view !== 'reader') setView('reader');
      else if (layout.layout.readingMode) layout.setLayout({ readingMode: false });
      else if (searchHelp) setSearchHelp(false);
      else if (cursor.get().openId) cursor.set({ openId: null });
      else return;
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-pane="list"] [role="listbox"]')?.focus());
    },
  });
  // The palette does not count as a dialog: what it lists is judged as if it were closed, since it runs after closing.
  const noDialog = (dialog === null || dialog === 'palette') && tagTarget === null;
  // hasLink is the open article's to report (OpenArticle): read here, it re-rendered the whole screen after every j.
  useCommandConditions({
    reader: view === 'reader' && noDialog,
    noDialog,
    selected: hasSelection || selection.checked.size > 0,
    articleOpen: hasOpen && view === 'reader',
    checked: selection.checked.size > 0,
    canUndo: history.canUndo,
    canRedo: history.canRedo,
  });
  const waiting = useKeyDispatcher(info?.shell === 'electron');
  useMenuBridge(counts?.unread ?? 0);

  // What the palette picked runs a frame after it closed, once the commands' conditions no longer see a dialog.
  const runChoice = (choice: PaletteChoice): void => {
    if (choice.kind === 'command') commands.run(choice.id);
    else if (choice.kind === 'source') chooseFilter({ kind: 'source', id: choice.id });
    else if (choice.kind === 'search') runQuery(choice.query);
    else if (choice.kind === 'tag') {
      setTagFocus(choice.label);
      setView('tags');
    } else {
      setView('reader');
      show(choice.id);
    }
  };

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      stepSelection(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const target = cursorIndex(rows, cursor) !== -1 ? cursor.get().selectedId : (rows[0] ?? null);
      void rememberSearch(db, query);
      if (target) show(target);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (query !== '') setQuery('');
      else event.currentTarget.blur();
      // Back to the list, where j/k and Enter work: the folder's list, once it has replaced the results.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-pane="list"] [role="listbox"]')?.focus());
    }
  };

  const { importFiles } = importer;
  const dragging = useFileDrop(useCallback((files: File[]) => void importFiles(files), [importFiles]));
  // The sidebar's and the empty states' buttons run the registry's commands, as keys and menus do.
  const { run } = commands;
  const showSources = useCallback(() => run('go.sources'), [run]);
  const showTags = useCallback(() => run('go.tags'), [run]);
  const showSettings = useCallback(() => run('settings.open'), [run]);
  const showAbout = useCallback(() => run('app.about'), [run]);
  const openImport = useCallback(() => run('import.open'), [run]);
  const openImportFolder = useCallback(() => run('import.folder'), [run]);
  const shownCounts = useMemo(() => counts ?? { all: 0, unread: 0, updated: 0, starred: 0 }, [counts]);
  const empty = counts?.all === 0;
  const focusedClass = (pane: PaneName): string => (paneFocus.focused === pane ? 'pane-focused' : '');

  return (
    <div className={`app ${layout.layout.readingMode ? 'is-reading-mode' : ''}`} style={layout.gridStyle} onFocus={paneFocus.onFocus}>
      {layout.showSidebar && (
        <>
          <Sidebar
            className={focusedClass('sidebar')}
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
            onShowSettings={showSettings}
            onImport={openImport}
            onImportFolder={openImportFolder}
            importing={importer.importing}
            onAbout={showAbout}
          />
          <div className="resizer-slot resizer-sidebar">
            <PaneResizer label="sidebar" width={layout.layout.sidebarWidth} min={PANE_LIMITS.sidebar.min} max={PANE_LIMITS.sidebar.max} defaultWidth={PANE_LIMITS.sidebar.default} onWidth={(w) => layout.setLayout({ sidebarWidth: w })} />
          </div>
        </>
      )}
      {view === 'sources' ? (
        <main className={`sources-pane pane ${focusedClass('main')}`} aria-label="Sources" data-pane="main" tabIndex={-1}>
          <SourcesScreen />
        </main>
      ) : view === 'tags' ? (
        <TagBrowserScreen key={tagFocus ?? ''} className={focusedClass('main')} initialLabel={tagFocus} sourceNames={sourceNames} onOpenArticle={(id) => {
          setView('reader');
          show(id);
        }} />
      ) : view === 'settings' ? (
        <SettingsScreen className={focusedClass('main')} />
      ) : (
        <>
          {layout.showList && (
            <>
              <ListPane
                className={focusedClass('list')}
                list={list}
                filter={filter}
                sourceNames={sourceNames}
                cursor={cursor}
                onOpen={show}
                selection={selection}
                onTagPicked={tagCommands.handlers['article.tag'] ?? (() => undefined)}
                onStep={stepSelection}
                empty={empty}
                search={{ query, runQuery, onSearchKey, searchInput, searching, result: search, sort, setSort, showMore: () => setLimit((l) => l + PAGE_SIZE), saved: saved.some((s) => s.query === query.trim()), save: () => void saveSearch(db, query.trim()), tagAll: tagCommands.tagResults, help: searchHelp, setHelp: setSearchHelp, recent: (recent ?? []).map((r) => r.query), indexStatus, rebuild: () => void searchClient.rebuild() }}
              />
              <div className="resizer-slot resizer-list">
                <PaneResizer label="article list" width={layout.layout.listWidth} min={PANE_LIMITS.list.min} max={PANE_LIMITS.list.max} defaultWidth={PANE_LIMITS.list.default} onWidth={(w) => layout.setLayout({ listWidth: w })} />
              </div>
            </>
          )}
          <ArticlePane className={focusedClass('article')} paneRef={articlePane} empty={empty} cursor={cursor} sourceNames={sourceNames} highlight={searching ? (search.response?.highlight ?? null) : null} onImport={openImport} onAddFeed={showSources} onSearch={() => run('search.focus')} readingMode={layout.layout.readingMode} />
        </>
      )}
      <StatusBar status={status} online={online} articleCount={counts?.all ?? 0} archiveBytes={archiveSize} progress={importer.importing ? importer.progress : null} sync={syncProgress} arrived={arrived} search={indexStatus} names={names} waitingFor={waiting} />
      {importer.report && <ImportReport report={importer.report} onUndo={importer.undo} onDismiss={importer.dismiss} />}
      {dragging && <DropOverlay />}
      {dialog === 'about' && <AboutDialog info={info} onClose={() => setDialog(null)} />}
      {dialog === 'shortcuts' && <ShortcutSheet keymap={commands.keymap} onClose={() => setDialog(null)} onOpenSettings={showSettings} />}
      {dialog === 'palette' && (
        <PaletteDialog
          sources={sourceCounts}
          savedSearches={saved}
          onDone={(choice) => {
            setDialog(null);
            if (choice) requestAnimationFrame(() => runChoice(choice));
          }}
        />
      )}
      {tagTarget && <TagEditor target={tagTarget} onClose={() => setTagTarget(null)} />}
      <TagNoticeBar />
      <ImportInputs importer={importer} fileInputRef={fileInputRef} folderInputRef={folderInputRef} />
    </div>
  );
}
