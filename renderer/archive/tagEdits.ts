import type { Tag, TagVia } from '../../shared/model';
import { articlesOf, planAdd, planRemove, planRename, tagRowId, type TagEdit } from '../../shared/tags/tagEdit';
import { labelKey } from '../../shared/tags/tagLabel';
import type { ArchiveDb } from './db';

/**
 * Tag operations on the archive: each is planned as a TagEdit from the rows
 * it touches (so it can be undone exactly) and applied in one transaction
 * that also queues the changed articles for the search index, so `tag:`
 * and `topic:` searches see the change as soon as the index has read it.
 */
export async function applyTagEdit(db: ArchiveDb, edit: TagEdit): Promise<void> {
  const ids = articlesOf(edit);
  await db.transaction('rw', [db.tags, db.tagAliases, db.searchChanges], async () => {
    // Removals first: a case-only rename removes and puts back the same id.
    await Promise.all([db.tags.bulkDelete(edit.remove.map((row) => row.id)), db.tagAliases.bulkDelete(edit.aliasesRemove.map((a) => a.alias))]);
    await Promise.all([db.tags.bulkPut(edit.put), db.tagAliases.bulkPut(edit.aliasesPut), ids.length > 0 ? db.searchChanges.add({ ids }) : Promise.resolve()]);
  });
}

/** Rows of a tag, any kind, matched by label whatever its case. */
export const rowsOfLabel = (db: ArchiveDb, label: string) => db.tags.where('label').equalsIgnoreCase(label).toArray();

/** Put `tag` on each article that lacks it. */
export async function planTagging(db: ArchiveDb, articleIds: readonly string[], tag: Tag, via: TagVia): Promise<TagEdit> {
  const present = await db.tags.bulkGet(articleIds.map((id) => tagRowId(id, tag)));
  return planAdd(articleIds, tag, new Set(present.flatMap((row) => (row ? [row.id] : []))), new Date().toISOString(), via);
}

/** Take a tag (by label, any kind) off the given articles. */
export async function planUntagging(db: ArchiveDb, articleIds: readonly string[], label: string): Promise<TagEdit> {
  const wanted = new Set(articleIds);
  const rows = await rowsOfLabel(db, label);
  return planRemove(rows.filter((row) => wanted.has(row.articleId)));
}

/**
 * Rename a tag everywhere; onto an existing tag it is a merge. The old name
 * becomes an alias, and aliases that led to the old name lead to the new.
 */
export async function planRenaming(db: ArchiveDb, from: string, to: string): Promise<TagEdit> {
  const [rows, aliases] = await Promise.all([rowsOfLabel(db, from), db.tagAliases.where('label').equalsIgnoreCase(from).toArray()]);
  const targets = await db.tags.bulkGet(rows.map((row) => tagRowId(row.articleId, { kind: row.kind, label: to })));
  const edit = planRename(rows, to, new Set(targets.flatMap((row) => (row ? [row.id] : []))), new Date().toISOString());
  const repointed = aliases.filter((a) => a.alias !== labelKey(to)).map((a) => ({ ...a, label: to }));
  // The new name can no longer be an alias of anything: it is a tag.
  const shadowed = await db.tagAliases.get(labelKey(to));
  return { ...edit, aliasesPut: [...edit.aliasesPut, ...repointed], aliasesRemove: [...aliases, ...(shadowed ? [shadowed] : [])] };
}

/** Delete a tag from every article, with the aliases that led to it. */
export async function planDeleting(db: ArchiveDb, label: string): Promise<TagEdit> {
  const [rows, aliases] = await Promise.all([rowsOfLabel(db, label), db.tagAliases.where('label').equalsIgnoreCase(label).toArray()]);
  return { ...planRemove(rows), aliasesRemove: aliases };
}

/** Make `alias` another name of `label`: articles tagged with it now carry `label`. */
export async function planAliasing(db: ArchiveDb, alias: string, label: string): Promise<TagEdit> {
  const edit = await planRenaming(db, alias, label);
  const key = labelKey(alias);
  return edit.aliasesPut.some((a) => a.alias === key) ? edit : { ...edit, aliasesPut: [...edit.aliasesPut, { alias: key, label }] };
}
