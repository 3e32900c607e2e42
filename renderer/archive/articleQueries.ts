import type { Article } from '../../shared/model';
import type { ArchiveParts } from './archiveParts';
import type { ArchiveDb } from './db';

/** Which articles a list shows. */
export type ArticleFilter = { kind: 'all' } | { kind: 'unread' } | { kind: 'starred' } | { kind: 'updated' } | { kind: 'source'; id: string };

/** Sorts articles newest first, by the date the list shows. */
export const newestFirst = (a: Article, b: Article): number => (a.sortDate < b.sortDate ? 1 : a.sortDate > b.sortDate ? -1 : 0);

/** Keys read per request when reading every article's: a tenth of a 100,000-article archive. */
const KEY_CHUNK = 10_000;

/**
 * Every article the filter matches, newest first, as ids: the virtualized
 * list reads rows for what is on screen only. The whole archive's order is
 * read forwards and reversed here: forwards, IndexedDB hands over all the
 * keys in one getAllKeys call, where a reverse read walks a cursor key by key.
 * A filter keeps the order and drops what its (sparse) index does not hold.
 */
export async function listArticleIds(db: ArchiveDb, filter: ArticleFilter, chunk: number = KEY_CHUNK): Promise<string[]> {
  const newest = db.transaction('r', db.articles, () => idsOldestFirst(db, chunk)).then((ids) => ids.reverse());
  if (filter.kind === 'all') return newest;
  if (filter.kind === 'unread') {
    const [all, read] = await Promise.all([newest, db.articles.where('read').equals(1).primaryKeys()]);
    const isRead = new Set(read);
    return all.filter((id) => !isRead.has(id));
  }
  const subset = filter.kind === 'source' ? db.articles.where('sourceIds').equals(filter.id).primaryKeys() : db.articles.where(filter.kind).equals(1).primaryKeys();
  const [all, keys] = await Promise.all([newest, subset]);
  const wanted = new Set(keys);
  return all.filter((id) => wanted.has(id));
}

/**
 * What listArticleIds reads, so the list is read again only when one of
 * them changes: the order (and new articles), deletions, and the filter's
 * index. Read marks change none of them for All or a source.
 */
export function listParts(filter: ArticleFilter): ArchiveParts {
  const own = filter.kind === 'all' ? [] : filter.kind === 'source' ? ['articles/sourceIds'] : [`articles/${filter.kind === 'unread' ? 'read' : filter.kind}`];
  return ['articles/sortDate', 'articles/:dels', ...own];
}

/**
 * Every article id by date, oldest first, read in chunks: one read of
 * 100,000 keys was one task of 80–170 ms on the main thread as it arrived
 * (a long task after every start and after every batch of read marks), and
 * every other read of the archive queued behind it for over a second.
 * Each chunk starts at the last one's date; the ids of that date it already
 * holds are dropped from the next. Runs inside one read transaction.
 */
async function idsOldestFirst(db: ArchiveDb, size: number): Promise<string[]> {
  const out: string[] = [];
  let last: string[] = [];
  for (;;) {
    const lastId = last.at(-1);
    const from = lastId === undefined ? null : (await db.articles.get(lastId))?.sortDate;
    if (lastId !== undefined && from === undefined) break;
    const chunk = await (from == null ? db.articles.orderBy('sortDate') : db.articles.where('sortDate').aboveOrEqual(from)).limit(size).primaryKeys();
    const before = new Set(last);
    const fresh = chunk.filter((id) => !before.has(id));
    out.push(...fresh);
    if (chunk.length < size) return out;
    // More than a chunk of articles on one date: the chunks no longer move on.
    if (fresh.length === 0) break;
    last = chunk;
  }
  return db.articles.orderBy('sortDate').primaryKeys();
}

/**
 * The newest `limit` articles of the filter, read through a cursor that
 * stops there: the list's first screen while listArticleIds reads every key
 * (1.2 s at 100,000 articles on a small machine, measured in `npm run bench -- ui`).
 * Undefined for filters whose first screen needs all their keys anyway.
 */
export async function listHeadIds(db: ArchiveDb, filter: ArticleFilter, limit: number): Promise<string[] | undefined> {
  const newest = db.articles.orderBy('sortDate').reverse();
  if (filter.kind === 'all') return newest.limit(limit).primaryKeys();
  if (filter.kind === 'unread') return (await newest.filter((a) => a.read !== 1).limit(limit).toArray()).map((a) => a.id);
  return undefined;
}

/** Whether listHeadIds has a short read for this filter. */
export const hasHead = (filter: ArticleFilter): boolean => filter.kind === 'all' || filter.kind === 'unread';

export interface LibraryCounts {
  all: number;
  unread: number;
  updated: number;
  starred: number;
}

/** Counts for the library: all, unread, updated, starred, counted on indexes without loading articles. */
export async function libraryCounts(db: ArchiveDb): Promise<LibraryCounts> {
  // Only flagged articles are in the read and updated indexes (see Article).
  const [all, read, updated, starred] = await Promise.all([db.articles.count(), ...(['read', 'updated', 'starred'] as const).map((flag) => db.articles.where(flag).equals(1).count())]);
  return { all, unread: all - (read ?? 0), updated: updated ?? 0, starred: starred ?? 0 };
}

/** Each source with how many articles came through it. */
export async function sourceCounts(db: ArchiveDb): Promise<Array<{ id: string; name: string; count: number }>> {
  // One count per source, all sent at once and counted inside IndexedDB. Walking
  // the sourceIds index instead moved every key into the page one cursor step
  // at a time, which during a sync cost more than the sync's own reading.
  const sources = await db.sources.orderBy('name').toArray();
  const counts = await Promise.all(sources.map((s) => db.articles.where('sourceIds').equals(s.id).count()));
  return sources.map((s, i) => ({ id: s.id, name: s.name, count: counts[i] ?? 0 })).filter((s) => s.count > 0);
}

