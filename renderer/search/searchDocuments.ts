import type { SearchDocument } from '../../shared/search/searchDocument';
import { htmlText } from '../../shared/search/htmlText';
import type { ArchiveDb } from '../archive/db';

/**
 * Archived articles as the index reads them: text, tags, bylines, credits,
 * dates and flags, read in bulk (one query per table for the lot). An id
 * with no article is left out: it was deleted.
 */
export async function searchDocuments(db: ArchiveDb, ids: string[], sourceNames: Map<string, string>): Promise<SearchDocument[]> {
  const [articles, tags, images] = await Promise.all([db.articles.bulkGet(ids), db.tags.where('articleId').anyOf(ids).toArray(), db.images.where('articleId').anyOf(ids).toArray()]);
  const tagsOf = new Map<string, SearchDocument['tags']>();
  for (const tag of tags) {
    const list = tagsOf.get(tag.articleId) ?? [];
    list.push({ label: tag.label, kind: tag.kind, code: tag.code, ...(tag.entity ? { entity: tag.entity } : {}) });
    tagsOf.set(tag.articleId, list);
  }
  const creditsOf = new Map<string, string[]>();
  const withImage = new Set<string>();
  for (const image of images) {
    withImage.add(image.articleId);
    const credits = [image.credit, ...(image.otherCredits ?? []).map((c) => c.credit)].filter((c): c is string => !!c);
    creditsOf.set(image.articleId, [...(creditsOf.get(image.articleId) ?? []), ...credits]);
  }
  return articles.flatMap((article) =>
    article
      ? [
          {
            id: article.id,
            headline: article.headline,
            dek: article.dek ?? '',
            body: htmlText(article.bodyHtml),
            tags: tagsOf.get(article.id) ?? [],
            bylines: article.bylines,
            section: article.section ?? article.wire?.slugline ?? null,
            source: sourceNames.get(article.sourceId) ?? '',
            credits: creditsOf.get(article.id) ?? [],
            date: Date.parse(article.sortDate) || 0,
            unread: article.read !== 1,
            starred: article.starred === 1,
            updated: article.updated === 1,
            hasImage: withImage.has(article.id),
          },
        ]
      : [],
  );
}
