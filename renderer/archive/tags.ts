import type { ArticleTag, Tag } from '../../shared/model';
import { labelKey } from '../../shared/tags/tagLabel';
import { tagRowId } from '../../shared/tags/tagEdit';
import type { ArchiveDb } from './db';

/**
 * Stores the tags importers derive (source and entity tags), replacing those
 * of `archivedIds` (articles already in the archive). Tags an archivist
 * added by hand are never touched by a re-import. A tag arriving under an
 * alias (an old name of a renamed or merged tag) is filed under its tag.
 */
export async function replaceDerivedTagsOf(db: ArchiveDb, archivedIds: string[], items: Array<{ id: string; tags: Tag[] }>, now: string): Promise<void> {
  // Only articles already in the archive can have tags to replace.
  const [aliases] = await Promise.all([
    db.tagAliases.toArray(),
    archivedIds.length > 0
      ? db.tags
          .where('articleId')
          .anyOf(archivedIds)
          .filter((tag) => tag.kind === 'source' || tag.kind === 'entity')
          .delete()
      : Promise.resolve(0),
  ]);
  const aliasOf = new Map(aliases.map((a) => [a.alias, a.label]));
  const rows = new Map<string, ArticleTag>();
  for (const item of items) {
    for (const tag of item.tags) {
      const filed = aliasOf.size > 0 ? { ...tag, label: aliasOf.get(labelKey(tag.label)) ?? tag.label } : tag;
      const id = tagRowId(item.id, filed);
      rows.set(id, { ...filed, id, articleId: item.id, addedAt: now });
    }
  }
  await db.tags.bulkPut([...rows.values()]);
}

export function tagsOf(db: ArchiveDb, articleId: string): Promise<ArticleTag[]> {
  return db.tags.where('articleId').equals(articleId).toArray();
}
