import type { ArticleTag, Tag } from '../../shared/model';
import type { ArchiveDb } from './db';

const tagId = (articleId: string, tag: Tag): string => `${articleId}:${tag.kind}:${tag.label.toLowerCase()}`;

/**
 * Replaces the tags an importer derives (source and entity tags). Tags an
 * archivist added by hand are never touched by a re-import.
 */
export async function replaceDerivedTags(db: ArchiveDb, articleId: string, tags: Tag[], now: string): Promise<void> {
  await db.tags
    .where('articleId')
    .equals(articleId)
    .filter((tag) => tag.kind === 'source' || tag.kind === 'entity')
    .delete();
  await db.tags.bulkPut(tags.map((tag) => ({ ...tag, id: tagId(articleId, tag), articleId, addedAt: now })));
}

export function tagsOf(db: ArchiveDb, articleId: string): Promise<ArticleTag[]> {
  return db.tags.where('articleId').equals(articleId).toArray();
}
