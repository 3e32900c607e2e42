import type { ArchivedImage, Article, ArticleTag } from '../../shared/model';
import type { ArchiveDb } from './db';

/** An article with what the reading pane shows beside it. */
export interface ArticleWithParts {
  article: Article;
  /** In the article's order. */
  images: ArchivedImage[];
  tags: ArticleTag[];
  /** Earlier versions kept because the source changed the article. */
  revisionCount: number;
}

/**
 * Articles with their pictures, tags and number of earlier versions, read in
 * one transaction of four requests however many are asked for. Reading ahead
 * of the cursor one article at a time made a transaction per key press, each
 * needing several trips through a main thread busy with the keys, and they fell
 * behind (100–250 ms a read while j was held). Absent articles are left out.
 */
export async function readArticlesWithParts(db: ArchiveDb, ids: readonly string[]): Promise<Map<string, ArticleWithParts>> {
  if (ids.length === 0) return new Map();
  const [articles, images, tags, revisionOwners] = await db.transaction('r', [db.articles, db.images, db.tags, db.revisions], () =>
    Promise.all([
      db.articles.bulkGet([...ids]),
      db.images.where('articleId').anyOf(ids).toArray(),
      db.tags.where('articleId').anyOf(ids).toArray(),
      // The index's keys only: which article each version belongs to, not the versions' text.
      db.revisions.where('articleId').anyOf(ids).keys(),
    ]),
  );
  const found = new Map<string, ArticleWithParts>();
  for (const article of articles) if (article) found.set(article.id, { article, images: [], tags: [], revisionCount: 0 });
  for (const image of images) found.get(image.articleId)?.images.push(image);
  for (const tag of tags) found.get(tag.articleId)?.tags.push(tag);
  for (const owner of revisionOwners) {
    const entry = typeof owner === 'string' ? found.get(owner) : undefined;
    if (entry) entry.revisionCount++;
  }
  for (const entry of found.values()) entry.images.sort((a, b) => a.position - b.position);
  return found;
}
