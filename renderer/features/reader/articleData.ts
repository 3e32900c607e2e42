import type { ArchivedImage, Article, ArticleTag } from '../../../shared/model';
import type { ArchiveDb } from '../../archive/db';
import { imagesOf } from '../../archive/images';
import { tagsOf } from '../../archive/tags';

/** What the reading pane shows of one article. */
export interface ArticleData {
  article: Article;
  images: ArchivedImage[];
  tags: ArticleTag[];
  revisionCount: number;
}

/** Articles read ahead of the cursor, kept this many. */
const KEEP = 24;
const cache = new Map<string, ArticleData>();

/** One article with its pictures, tags and earlier versions, read from the archive (null when it is gone). */
export async function loadArticleData(db: ArchiveDb, id: string): Promise<ArticleData | null> {
  // One transaction for the four reads: each of Dexie's own costs the main thread more than the read.
  const data = await db.transaction('r', [db.articles, db.images, db.tags, db.revisions], async () => {
    const article = await db.articles.get(id);
    if (!article) return null;
    const [images, tags, revisionCount] = await Promise.all([imagesOf(db, id), tagsOf(db, id), db.revisions.where('articleId').equals(id).count()]);
    return { article, images, tags, revisionCount };
  });
  if (!data) return null;
  cache.delete(id);
  cache.set(id, data);
  for (const key of cache.keys()) {
    if (cache.size <= KEEP) break;
    cache.delete(key);
  }
  return data;
}

/**
 * The article as last read, for showing at once while the live query reads
 * it again: j shows the next article in the frame after the key, not two
 * archive round trips later. Filled by prefetchArticles and by every load.
 */
export const cachedArticleData = (id: string): ArticleData | undefined => cache.get(id);

/** Reads under way for the read-ahead, by article: asked again, an article joins its read instead of starting another. */
const reading = new Map<string, Promise<ArticleData | null>>();

/** The article from the read-ahead: as last read, or from the read under way, or read now. */
export function readAhead(db: ArchiveDb, id: string): Promise<ArticleData | null> {
  const cached = cache.get(id);
  if (cached) return Promise.resolve(cached);
  let read = reading.get(id);
  if (!read) {
    read = loadArticleData(db, id).finally(() => reading.delete(id));
    reading.set(id, read);
  }
  return read;
}

/** Reads the articles next to the cursor before they are asked for. */
export function prefetchArticles(db: ArchiveDb, ids: ReadonlyArray<string | undefined>): void {
  for (const id of ids) if (id !== undefined) readAhead(db, id).catch(() => undefined);
}
