import type { ArticleTag, Tag, TagAlias, TagVia } from '../model';
import { labelKey } from './tagLabel';

/**
 * One change to the archive's tags, as rows to put and rows to remove. Every
 * tag operation (add, remove, bulk, rename, merge, delete, alias, import) is
 * planned as a TagEdit from the rows it touches, so its undo is just the
 * edit turned round: rows put are removed and rows removed are put back.
 * A plan never lists a row that was already there as "put", so undoing an
 * add never takes away a tag the article had before. Removals apply before puts.
 */
export interface TagEdit {
  put: ArticleTag[];
  remove: ArticleTag[];
  aliasesPut: TagAlias[];
  aliasesRemove: TagAlias[];
}

export const EMPTY_EDIT: TagEdit = { put: [], remove: [], aliasesPut: [], aliasesRemove: [] };

export const inverseEdit = (edit: TagEdit): TagEdit => ({ put: edit.remove, remove: edit.put, aliasesPut: edit.aliasesRemove, aliasesRemove: edit.aliasesPut });

export const isEmptyEdit = (edit: TagEdit): boolean => edit.put.length + edit.remove.length + edit.aliasesPut.length + edit.aliasesRemove.length === 0;

/** The articles an edit changes, each once: the search index re-reads these. */
export const articlesOf = (edit: TagEdit): string[] => [...new Set([...edit.put, ...edit.remove].map((row) => row.articleId))];

/** The archive's key for a tag on an article: one row per article, kind and label (any case). */
export const tagRowId = (articleId: string, tag: Pick<Tag, 'kind' | 'label'>): string => `${articleId}:${tag.kind}:${tag.label.toLowerCase()}`;

/** Puts `tag` on each article that lacks it. `present` holds the ids of rows already in the archive. */
export function planAdd(articleIds: readonly string[], tag: Tag, present: ReadonlySet<string>, now: string, via?: TagVia): TagEdit {
  const put: ArticleTag[] = [];
  for (const articleId of new Set(articleIds)) {
    const id = tagRowId(articleId, tag);
    if (!present.has(id)) put.push({ ...tag, id, articleId, addedAt: now, ...(via ? { via } : {}) });
  }
  return { ...EMPTY_EDIT, put };
}

/** Takes away the given rows: an untag, a bulk untag, or a delete of the tag everywhere. */
export const planRemove = (rows: readonly ArticleTag[]): TagEdit => ({ ...EMPTY_EDIT, remove: [...rows] });

/**
 * Renames every row of a tag. When the new name is a tag already (a merge),
 * articles carrying both keep one row. The old name becomes an alias, so
 * feeds that keep sending it file their tags under the new one.
 * `rows` are the old tag's rows; `present` the ids of rows already in the archive.
 */
export function planRename(rows: readonly ArticleTag[], newLabel: string, present: ReadonlySet<string>, now: string): TagEdit {
  const put = new Map<string, ArticleTag>();
  const remove: ArticleTag[] = [];
  const oldLabels = new Set<string>();
  for (const row of rows) {
    const renamed = { ...row, label: newLabel, id: tagRowId(row.articleId, { kind: row.kind, label: newLabel }) };
    if (renamed.id === row.id && renamed.label === row.label) continue;
    oldLabels.add(labelKey(row.label));
    remove.push(row);
    // A case-only rename keeps the row's id: put it back with its new spelling.
    if (renamed.id === row.id || (!present.has(renamed.id) && !put.has(renamed.id))) put.set(renamed.id, { ...renamed, addedAt: renamed.id === row.id ? row.addedAt : now });
  }
  oldLabels.delete(labelKey(newLabel));
  const aliasesPut = [...oldLabels].map((alias) => ({ alias, label: newLabel }));
  // Edits apply removals first, so a row removed and put back under the same
  // id (a case-only rename) ends with its new spelling, and its undo with the old.
  return { put: [...put.values()], remove, aliasesPut, aliasesRemove: [] };
}

/** How many distinct articles carry each tag, by labelKey. */
export function countByLabel(rows: Iterable<Pick<ArticleTag, 'label' | 'articleId'>>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const row of rows) {
    const key = labelKey(row.label);
    const set = out.get(key) ?? new Set<string>();
    set.add(row.articleId);
    out.set(key, set);
  }
  return out;
}
