import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { EventPayload, ImportResult } from '../../../shared/host/contract';
import { MAX_IMPORT_FILES } from '../../../shared/host/contractNames';
import { isImportableName } from '../../../shared/model';
import { archiveArticles, removeArticles } from '../../archive/articles';
import { useArchive } from '../../archive/ArchiveContext';
import { useAppInfo, useHost } from '../../host/HostContext';
import type { ImportReportData } from '../../ui/ImportReport';
import { fileToImport } from './fileToImport';

export interface ImportActions {
  /** The OS dialog in Electron, the browser's file picker in web mode. */
  openImport: () => void;
  /** The same for a folder: every article file in it and its subfolders. */
  openImportFolder: () => void;
  /** Imports files; from a folder, only those of kinds Newsroom Reader reads. */
  importFiles: (files: File[], options?: { fromFolder?: boolean }) => Promise<void>;
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
  /** The hidden folder picker (<input webkitdirectory>) that web mode opens. */
  folderInputRef: RefObject<HTMLInputElement | null>;
  /** Called with the ids of articles that were new to the archive. */
  onImported: (addedIds: string[]) => void;
}

/** Importing: files to the host for parsing, articles into the archive, a report with undo. */
/** Most bytes sent to the host in one request; a large folder goes in several. */
const REQUEST_BYTES = 24 * 1024 * 1024;

/** Files in groups the host takes in one request: at most MAX_IMPORT_FILES, and about REQUEST_BYTES. */
function inRequests(files: File[]): File[][] {
  const groups: File[][] = [];
  let group: File[] = [];
  let bytes = 0;
  for (const file of files) {
    if (group.length > 0 && (group.length >= MAX_IMPORT_FILES || bytes + file.size > REQUEST_BYTES)) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(file);
    bytes += file.size;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

export function useImport({ fileInputRef, folderInputRef, onImported }: ImportOptions): ImportActions {
  const host = useHost();
  const db = useArchive();
  const info = useAppInfo();
  const [importing, setImporting] = useState(false);
  const [report, setReport] = useState<ImportReportData | null>(null);
  const [progress, setProgress] = useState<EventPayload<'importProgress'> | null>(null);

  // A large import goes to the host in several requests; its progress events count within one, so they are offset here.
  const span = useRef({ offset: 0, total: 0 });
  useEffect(
    () =>
      host.api.on('importProgress', (event) => {
        const { offset, total } = span.current;
        setProgress(total > 0 ? { ...event, done: offset + event.done, total } : event);
      }),
    [host],
  );

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
    (picked: File[], { fromFolder = false }: { fromFolder?: boolean } = {}) =>
      run(async () => {
        const files = fromFolder ? picked.filter((file) => isImportableName(file.name)) : picked;
        if (files.length === 0) {
          return { canceled: false, files: [{ fileName: '', ok: false as const, error: 'That folder has no articles Newsroom Reader can read (.txt, .html, .json, .xml, .rss, .atom).' }] };
        }
        const results: ImportResult['files'] = [];
        span.current = { offset: 0, total: files.length };
        try {
          for (const group of inRequests(files)) {
            const result = await host.api.parseImportFiles({ files: await Promise.all(group.map(fileToImport)) });
            results.push(...result.files);
            span.current.offset += group.length;
            setProgress({ done: span.current.offset, total: files.length, fileName: group.at(-1)?.name ?? '' });
          }
        } finally {
          span.current = { offset: 0, total: 0 };
        }
        return { canceled: false, files: results };
      }),
    [host, run],
  );

  const openImport = useCallback(() => {
    if (info?.nativeFileDialog) void run(() => host.api.openImportDialog({}));
    else fileInputRef.current?.click();
  }, [host, info, run, fileInputRef]);

  const openImportFolder = useCallback(() => {
    if (info?.nativeFileDialog) void run(() => host.api.openImportDialog({ folder: true }));
    else folderInputRef.current?.click();
  }, [host, info, run, folderInputRef]);

  const undo = useCallback(() => {
    if (!report) return;
    void removeArticles(db, report.addedIds).then(() => setReport(null));
  }, [db, report]);

  return { openImport, openImportFolder, importFiles, importing, progress, report, undo, dismiss: () => setReport(null) };
}
