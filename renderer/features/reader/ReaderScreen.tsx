import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { MenuCommand } from '../../../shared/host/contract';
import { markRead } from '../../archive/articles';
import { libraryCounts, listArticles, sourceCounts as countBySource } from '../../archive/articleQueries';
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
import { OpenArticle } from './OpenArticle';
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
  const [view, setView] = useState<'reader' | 'sources'>('reader');
  const [arrived, setArrived] = useState({ added: 0, changed: 0 });
  const { progress: syncProgress, online } = useSyncProgress();
  useOutboxDelivery(useCallback((counts: { added: number; changed: number }) => setArrived((a) => ({ added: a.added + counts.added, changed: a.changed + counts.changed })), []));
  const [openId, setOpenId] = useState<string | null>(null);
  const articlePane = useRef<HTMLElement>(null);
  const [aboutOpen, setAboutOpen] = useState(false);
  const host = useHost();
  const { openImport } = importer;

  // The Electron menu asks for these; every menu command has a handler here.
  useEffect(() => {
    const commands: Record<MenuCommand, () => void> = {
      'import.open': openImport,
      'app.about': () => setAboutOpen(true),
      'sources.show': () => setView('sources'),
      'sync.all': () => void host.api.syncNow({}),
    };
    return host.api.on('menuCommand', ({ command }) => commands[command]());
  }, [host, openImport]);

  const sourceNames = useMemo(() => new Map((sources ?? []).map((s) => [s.id, s.name])), [sources]);

  const open = useCallback(
    (id: string) => {
      setOpenId(id);
      void markRead(db, id);
      articlePane.current?.scrollTo({ top: 0 });
    },
    [db],
  );
  const move = useCallback(
    (step: number) => {
      if (visible.length === 0) return;
      const index = visible.findIndex((a) => a.id === selectedId);
      const next = visible[Math.min(visible.length - 1, Math.max(0, index === -1 ? 0 : index + step))];
      if (next) setSelectedId(next.id);
    },
    [visible, selectedId],
  );
  const keyActions = useMemo(
    () => ({
      next: () => move(1),
      previous: () => move(-1),
      open: () => selectedId && open(selectedId),
      importFiles: importer.openImport,
      syncAll: () => void host.api.syncNow({}),
      menuHandlesImport: info?.shell === 'electron',
      enabled: view === 'reader',
    }),
    [move, open, selectedId, importer.openImport, info, host, view],
  );
  useReaderKeys(keyActions);
  const { importFiles } = importer;
  const dragging = useFileDrop(useCallback((files: File[]) => void importFiles(files), [importFiles]));

  // Stable, so the memoized sidebar skips the re-renders sync progress causes.
  const chooseFilter = useCallback((next: ListFilter) => {
    setFilter(next);
    setView('reader');
  }, []);
  const showSources = useCallback(() => setView('sources'), []);
  const showAbout = useCallback(() => setAboutOpen(true), []);
  const shownCounts = useMemo(() => counts ?? { all: 0, unread: 0, updated: 0 }, [counts]);

  const empty = counts?.all === 0;
  return (
    <div className="app">
      <Sidebar
        counts={shownCounts}
        sources={sourceCounts}
        filter={filter}
        showingSources={view === 'sources'}
        onFilter={chooseFilter}
        onManageSources={showSources}
        onImport={importer.openImport}
        onImportFolder={importer.openImportFolder}
        importing={importer.importing}
        onAbout={showAbout}
      />
      {view === 'sources' ? (
        <main className="sources-pane" aria-label="Sources">
          <SourcesScreen />
        </main>
      ) : (
        <>
      <section className="list-pane" aria-label="Article list">
        <header className="pane-header">
          <h2>{titleOf(filter, sourceNames)}</h2>
          <span className="pane-count">{visible.length}</span>
        </header>
        {empty ? (
          <p className="list-empty">No articles yet.</p>
        ) : (
          <ArticleList
            articles={visible}
            selectedId={selectedId}
            openId={openId}
            sourceNames={sourceNames}
            onSelect={setSelectedId}
            onOpen={open}
          />
        )}
      </section>
      <main className="article-pane" ref={articlePane} tabIndex={-1} aria-label="Article">
        {empty ? (
          <EmptyArchive onImport={importer.openImport} />
        ) : openId ? (
          <OpenArticle id={openId} sourceNames={sourceNames} />
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
      />
      {importer.report && <ImportReport report={importer.report} onUndo={importer.undo} onDismiss={importer.dismiss} />}
      {dragging && <DropOverlay />}
      {aboutOpen && <AboutDialog info={info} onClose={() => setAboutOpen(false)} />}
      <input
        ref={fileInputRef}
        type="file"
        multiple
        accept=".txt,.text,.html,.htm,.json,.xml,.rss,.atom,text/plain,text/html,application/json"
        hidden
        data-testid="import-input"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          if (files.length > 0) void importer.importFiles(files);
        }}
      />
      <input
        ref={folderInputRef}
        type="file"
        multiple
        // A folder picker: the browser hands over every file in the folder and its subfolders.
        {...{ webkitdirectory: '' }}
        hidden
        data-testid="import-folder-input"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          if (files.length > 0) void importer.importFiles(files, { fromFolder: true });
        }}
      />
    </div>
  );
}
