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
  const [aliasOf] = await Promise.all([
    aliasLookup(db),
    archivedIds.length > 0
      ? db.tags
          .where('articleId')
          .anyOf(archivedIds)
          .filter((tag) => tag.kind === 'source' || tag.kind === 'entity')
          .delete()
      : Promise.resolve(0),
  ]);
  const rows = new Map<string, ArticleTag>();
  for (const item of items) for (const row of derivedTagRows(item.id, item.tags, aliasOf, now)) rows.set(row.id, row);
  await db.tags.bulkPut([...rows.values()]);
}

/** The archive's aliases as a lookup: another name (as labelKey folds it) → the tag it files under. */
export async function aliasLookup(db: ArchiveDb): Promise<Map<string, string>> {
  return new Map((await db.tagAliases.toArray()).map((a) => [a.alias, a.label]));
}

/** An article's derived (source or entity) tags as archive rows, each filed under its tag when it came by an alias. */
export function derivedTagRows(articleId: string, tags: readonly Tag[], aliasOf: ReadonlyMap<string, string>, now: string): ArticleTag[] {
  return tags.map((tag) => {
    const filed = aliasOf.size > 0 ? { ...tag, label: aliasOf.get(labelKey(tag.label)) ?? tag.label } : tag;
    return { ...filed, id: tagRowId(articleId, filed), articleId, addedAt: now };
  });
}

export function tagsOf(db: ArchiveDb, articleId: string): Promise<ArticleTag[]> {
  return db.tags.where('articleId').equals(articleId).toArray();
}
