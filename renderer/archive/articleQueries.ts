import type { Article } from '../../shared/model';
import type { ArchiveDb } from './db';

/** Which articles a list shows. */
export type ArticleFilter = { kind: 'all' } | { kind: 'unread' } | { kind: 'updated' } | { kind: 'source'; id: string };

/**
 * How many rows a list loads. The list is not virtualized yet (that is the
 * reader issue's work), so it shows the newest LIST_LIMIT; counts are exact.
 */
export const LIST_LIMIT = 300;

/** Sorts articles newest first, by the date the list shows. */
export const newestFirst = (a: Article, b: Article): number => (a.sortDate < b.sortDate ? 1 : a.sortDate > b.sortDate ? -1 : 0);

/** The newest articles matching the filter, read through indexes so a large archive stays fast. */
export async function listArticles(db: ArchiveDb, filter: ArticleFilter, limit: number = LIST_LIMIT): Promise<Article[]> {
  switch (filter.kind) {
    case 'all':
      return db.articles.orderBy('sortDate').reverse().limit(limit).toArray();
    case 'unread':
      return db.articles.orderBy('sortDate').reverse().filter((a) => !a.read).limit(limit).toArray();
    case 'updated':
      return (await db.articles.where('updated').equals(1).toArray()).sort(newestFirst).slice(0, limit);
    case 'source':
      return (await db.articles.where('sourceIds').equals(filter.id).toArray()).sort(newestFirst).slice(0, limit);
  }
}

/** Counts for the library: all, unread, updated, counted on indexes without loading articles. */
export async function libraryCounts(db: ArchiveDb): Promise<{ all: number; unread: number; updated: number }> {
  // Only flagged articles are in the read and updated indexes (see Article).
  const [all, read, updated] = await Promise.all([db.articles.count(), db.articles.where('read').equals(1).count(), db.articles.where('updated').equals(1).count()]);
  return { all, unread: all - read, updated };
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

/** Every article the filter matches, newest first: what Ctrl/Cmd+A picks, beyond the rows on screen. */
export async function listArticleIds(db: ArchiveDb, filter: ArticleFilter): Promise<string[]> {
  if (filter.kind === 'all') return db.articles.orderBy('sortDate').reverse().primaryKeys();
  return (await listArticles(db, filter, Infinity)).map((a) => a.id);
}
