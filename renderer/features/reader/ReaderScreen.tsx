import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { MenuCommand } from '../../../shared/host/contract';
import { markRead, newestFirst } from '../../archive/articles';
import { useArchive } from '../../archive/ArchiveContext';
import { allSources } from '../../archive/sources';
import { useAppInfo, useHost, useHostStatus } from '../../host/HostContext';
import { AboutDialog } from '../../ui/AboutDialog';
import { ArticleList } from '../../ui/ArticleList';
import { DropOverlay } from '../../ui/DropOverlay';
import { EmptyArchive } from '../../ui/EmptyArchive';
import { ImportReport } from '../../ui/ImportReport';
import { Sidebar } from '../../ui/Sidebar';
import { StatusBar } from '../../ui/StatusBar';
import { useFileDrop } from '../import/useFileDrop';
import { useImport } from '../import/useImport';
import { OpenArticle } from './OpenArticle';
import { useReaderKeys } from './useReaderKeys';

/** The reader: library sidebar, article list and the open article, all read live from the archive. */
export function ReaderScreen(): ReactNode {
  const db = useArchive();
  const status = useHostStatus();
  const info = useAppInfo();
  const fileInputRef = useRef<HTMLInputElement>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // After an import, select the first new article so the reporter sees what arrived.
  const onImported = useCallback((added: string[]) => setSelectedId(added[0] ?? null), []);
  const importer = useImport({ fileInputRef, onImported });
  const articles = useLiveQuery(() => newestFirst(db), [db]);
  const sources = useLiveQuery(() => allSources(db), [db]);
  const [sourceFilter, setSourceFilter] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const articlePane = useRef<HTMLElement>(null);
  const [aboutOpen, setAboutOpen] = useState(false);
  const host = useHost();
  const { openImport } = importer;

  // The Electron menu asks for these; every menu command has a handler here.
  useEffect(() => {
    const commands: Record<MenuCommand, () => void> = { 'import.open': openImport, 'app.about': () => setAboutOpen(true) };
    return host.api.on('menuCommand', ({ command }) => commands[command]());
  }, [host, openImport]);

  const visible = useMemo(
    () => (articles ?? []).filter((a) => sourceFilter === null || a.sourceId === sourceFilter),
    [articles, sourceFilter],
  );
  const sourceNames = useMemo(() => new Map((sources ?? []).map((s) => [s.id, s.name])), [sources]);
  const sourceCounts = useMemo(
    () => (sources ?? []).map((s) => ({ ...s, count: (articles ?? []).filter((a) => a.sourceId === s.id).length })).filter((s) => s.count > 0),
    [sources, articles],
  );

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
      menuHandlesImport: info?.shell === 'electron',
    }),
    [move, open, selectedId, importer.openImport, info],
  );
  useReaderKeys(keyActions);
  const { importFiles } = importer;
  const dragging = useFileDrop(useCallback((files: File[]) => void importFiles(files), [importFiles]));

  const empty = articles !== undefined && articles.length === 0;
  return (
    <div className="app">
      <Sidebar
        total={articles?.length ?? 0}
        sources={sourceCounts}
        activeSourceId={sourceFilter}
        onShowAll={() => setSourceFilter(null)}
        onShowSource={setSourceFilter}
        onImport={importer.openImport}
        importing={importer.importing}
        onAbout={() => setAboutOpen(true)}
      />
      <section className="list-pane" aria-label="Article list">
        <header className="pane-header">
          <h2>{sourceFilter ? (sourceNames.get(sourceFilter) ?? 'Source') : 'All articles'}</h2>
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
      <StatusBar status={status} articleCount={articles?.length ?? 0} progress={importer.importing ? importer.progress : null} />
      {importer.report && <ImportReport report={importer.report} onUndo={importer.undo} onDismiss={importer.dismiss} />}
      {dragging && <DropOverlay />}
      {aboutOpen && <AboutDialog info={info} onClose={() => setAboutOpen(false)} />}
      <input
        ref={fileInputRef}
        type="file"
        multiple
        accept=".txt,.text,text/plain"
        hidden
        data-testid="import-input"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          if (files.length > 0) void importer.importFiles(files);
        }}
      />
    </div>
  );
}
