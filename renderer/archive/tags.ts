import type { ArticleTag, Tag } from '../../shared/model';
import type { ArchiveDb } from './db';

const tagId = (articleId: string, tag: Tag): string => `${articleId}:${tag.kind}:${tag.label.toLowerCase()}`;

/**
 * Stores the tags importers derive (source and entity tags), replacing those
 * of `archivedIds` (articles already in the archive). Tags an archivist
 * added by hand are never touched by a re-import.
 */
export async function replaceDerivedTagsOf(db: ArchiveDb, archivedIds: string[], items: Array<{ id: string; tags: Tag[] }>, now: string): Promise<void> {
  // Only articles already in the archive can have tags to replace.
  if (archivedIds.length > 0) {
    await db.tags
      .where('articleId')
      .anyOf(archivedIds)
      .filter((tag) => tag.kind === 'source' || tag.kind === 'entity')
      .delete();
  }
  const rows = new Map<string, ArticleTag>();
  for (const item of items) for (const tag of item.tags) rows.set(tagId(item.id, tag), { ...tag, id: tagId(item.id, tag), articleId: item.id, addedAt: now });
  await db.tags.bulkPut([...rows.values()]);
}

export function tagsOf(db: ArchiveDb, articleId: string): Promise<ArticleTag[]> {
  return db.tags.where('articleId').equals(articleId).toArray();
}
