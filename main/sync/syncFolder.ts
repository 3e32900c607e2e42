import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { ArchivableArticle } from '../../shared/model';
import { articleId } from '../import/articleId';
import { importFile } from '../import/importFile';
import { listFolder } from '../import/readFolder';
import { failedAttempt, succeededAttempt, type SyncAttempt } from './attemptRecord';
import { deliverChanged, type DeliveryOptions } from './deliverChanged';
import type { Outbox } from './outbox';
import type { SourceRecord } from './sourceStore';

/** Problems named in the source's error line; the rest are counted. */
const PROBLEMS_NAMED = 3;

/**
 * Files whose articles carry no identity of their own (pasted text, a saved
 * page): their id is derived from their content, so a changed file would
 * read as a new story. In a watched folder the file is the story, and its
 * path names it.
 */
const NAMED_BY_PATH = /\.(?:txt|text|html?)$/i;

function problemsLine(problems: Record<string, string>): string | null {
  const messages = Object.values(problems);
  if (messages.length === 0) return null;
  const more = messages.length > PROBLEMS_NAMED ? ` (and ${messages.length - PROBLEMS_NAMED} more files)` : '';
  return `${messages.length === 1 ? 'A file' : `${messages.length} files`} in this folder could not be imported: ${messages.slice(0, PROBLEMS_NAMED).join(' ')}${more} Fix or remove ${messages.length === 1 ? 'it' : 'them'}, and the folder is read again.`;
}

/**
 * Syncs a watched folder: every importable file in it and its subfolders
 * whose size or modification time changed since the last look is read
 * again, and its new and changed articles go to the outbox. A changed file
 * is a new version of the same article, which the archive keeps as a
 * revision. A file that can't be read is named on the source, and never
 * stops the others; a removed file's articles stay in the archive.
 */
export async function syncFolder(record: SourceRecord, outbox: Outbox, options: DeliveryOptions & { backoffBaseMs: number }, now: () => number = Date.now): Promise<SyncAttempt> {
  const started = now();
  const next: SourceRecord = { ...record, lastAttemptAt: new Date(started).toISOString() };
  const path = fileURLToPath(record.url);
  try {
    if (!(await stat(path)).isDirectory()) return failedAttempt(record, next, started, `${path} is a file, not a folder. Remove this source and watch the folder the files are in.`, { permanent: true }, options.backoffBaseMs);
  } catch {
    return failedAttempt(record, next, started, `The folder ${path} is not there (it may have been moved, renamed, or be on a disk that is not connected). Reconnect it, or remove this source.`, { permanent: true }, options.backoffBaseMs);
  }

  const { files, skipped } = await listFolder(path);
  const stamps: Record<string, string> = {};
  const problems: Record<string, string> = {};
  const articles: ArchivableArticle[] = [];
  for (const file of files) {
    const stamp = `${file.size}:${Math.trunc(file.mtimeMs)}`;
    stamps[file.name] = stamp;
    const previousProblem = record.fileProblems?.[file.name];
    if (record.fileStamps?.[file.name] === stamp) {
      if (previousProblem) problems[file.name] = previousProblem;
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = await file.read();
    } catch (error) {
      problems[file.name] = `"${file.name}" could not be read (${error instanceof Error ? error.message : String(error)}).`;
      continue;
    }
    const result = importFile(bytes, file.name);
    if (!result.ok) {
      problems[file.name] = result.error;
      continue;
    }
    const byPath = NAMED_BY_PATH.test(file.name) && result.articles.length === 1;
    for (const { bodyText: _plain, ...article } of result.articles) {
      articles.push({ ...article, id: byPath ? articleId('folder', record.id, file.name) : article.id, origin: { ...article.origin, id: record.id, name: record.title } });
    }
  }

  const delivery = await deliverChanged(record.id, articles, record.itemHashes, outbox, options);
  next.itemHashes = delivery.itemHashes;
  next.fileStamps = stamps;
  next.fileProblems = problems;
  const attempt = succeededAttempt(next, started, { newCount: delivery.newCount, updatedCount: delivery.updatedCount, result: articles.length > 0 ? 'ok' : 'unchanged' });
  const line = problemsLine(problems);
  const tooMany = skipped > 0 ? `Only the first ${files.length} files are watched; ${skipped} more were passed over. Split the folder to watch them all.` : null;
  const message = [line, tooMany].filter((m): m is string => m !== null).join(' ');
  return message === '' ? attempt : { ...attempt, record: { ...attempt.record, lastError: message, lastErrorAt: new Date(started).toISOString() } };
}
