import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { EventPayload, ImportResult } from '../../../shared/host/contract';
import { archiveArticles, removeArticles } from '../../archive/articles';
import { useArchive } from '../../archive/ArchiveContext';
import { useAppInfo, useHost } from '../../host/HostContext';
import type { ImportReportData } from '../../ui/ImportReport';
import { fileToImport } from './fileToImport';

export interface ImportActions {
  /** The OS dialog in Electron, the browser's file picker in web mode. */
  openImport: () => void;
  importFiles: (files: File[]) => Promise<void>;
  importing: boolean;
  /** How far the host has got through the files of a running import. */
  progress: EventPayload<'importProgress'> | null;
  report: ImportReportData | null;
  undo: () => void;
  dismiss: () => void;
}

export interface ImportOptions {
  /** The hidden <input type=file> that web mode opens. */
  fileInputRef: RefObject<HTMLInputElement | null>;
  /** Called with the ids of articles that were new to the archive. */
  onImported: (addedIds: string[]) => void;
}

/** Importing: files to the host for parsing, articles into the archive, a report with undo. */
export function useImport({ fileInputRef, onImported }: ImportOptions): ImportActions {
  const host = useHost();
  const db = useArchive();
  const info = useAppInfo();
  const [importing, setImporting] = useState(false);
  const [report, setReport] = useState<ImportReportData | null>(null);
  const [progress, setProgress] = useState<EventPayload<'importProgress'> | null>(null);

  useEffect(() => host.api.on('importProgress', setProgress), [host]);

  const store = useCallback(
    async (result: ImportResult) => {
      if (result.canceled) return;
      const articles = result.files.flatMap((file) => (file.ok ? file.articles : []));
      const outcome = await archiveArticles(db, articles);
      setReport({
        imported: result.files.flatMap((file) => (file.ok ? [{ fileName: file.fileName, count: file.articles.length }] : [])),
        failed: result.files.flatMap((file) => (file.ok ? [] : [{ fileName: file.fileName, error: file.error }])),
        warnings: result.files.flatMap((file) => (file.ok ? (file.warnings ?? []) : [])),
        addedIds: outcome.added,
      });
      if (outcome.added.length > 0) onImported(outcome.added);
    },
    [db, onImported],
  );

  const run = useCallback(
    async (work: () => Promise<ImportResult>) => {
      setImporting(true);
      try {
        await store(await work());
      } catch (error) {
        setReport({ imported: [], failed: [{ fileName: '', error: error instanceof Error ? error.message : String(error) }], warnings: [], addedIds: [] });
      } finally {
        setImporting(false);
        setProgress(null);
      }
    },
    [store],
  );

  const importFiles = useCallback(
    (files: File[]) => run(async () => host.api.parseImportFiles({ files: await Promise.all(files.map(fileToImport)) })),
    [host, run],
  );

  const openImport = useCallback(() => {
    if (info?.nativeFileDialog) void run(() => host.api.openImportDialog({}));
    else fileInputRef.current?.click();
  }, [host, info, run, fileInputRef]);

  const undo = useCallback(() => {
    if (!report) return;
    void removeArticles(db, report.addedIds).then(() => setReport(null));
  }, [db, report]);

  return { openImport, importFiles, importing, progress, report, undo, dismiss: () => setReport(null) };
}
