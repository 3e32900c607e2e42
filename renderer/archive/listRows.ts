import type { ArchivedImage, Article, PubStatus } from '../../shared/model';
import type { ArchiveDb } from './db';

/** What a row of the article list shows: a few fields of the article, and its lead picture's hash. */
export interface ListRow {
  id: string;
  headline: string;
  sourceId: string;
  sortDate: string;
  section: string | null;
  read: boolean;
  starred: boolean;
  updated: boolean;
  /** The wire's status when it is not "usable" (withheld, canceled). */
  notUsable: Exclude<PubStatus, 'usable'> | null;
  /** SHA-256 of the lead picture when the archive holds its bytes: the row's thumbnail. */
  thumbnail: string | null;
}

/** What the list shows of an article and its lead picture's row. */
export function toListRow(article: Article, lead: ArchivedImage | undefined): ListRow {
  return {
    id: article.id,
    headline: article.headline,
    sourceId: article.sourceId,
    sortDate: article.sortDate,
    section: article.section ?? null,
    read: article.read === 1,
    starred: article.starred === 1,
    updated: article.updated === 1,
    notUsable: article.wire && article.wire.pubStatus !== 'usable' ? article.wire.pubStatus : null,
    thumbnail: lead?.archived?.sha256 ?? null,
  };
}

/** The lead picture's row id: `${articleId}:0` (see replaceImagesOf), so no index walk is needed. */
export const leadImageId = (articleId: string): string => `${articleId}:0`;

/**
 * The rows for these ids, in their order; an id no longer in the archive is
 * left out. Two bulk reads: the articles, and their lead images.
 */
export async function listRows(db: ArchiveDb, ids: string[]): Promise<ListRow[]> {
  const [articles, leads] = await Promise.all([db.articles.bulkGet(ids), db.images.bulkGet(ids.map(leadImageId))]);
  return articles.flatMap((article, i) => (article ? [toListRow(article, leads[i])] : []));
}
