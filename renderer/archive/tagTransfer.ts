import type { ArticleTag } from '../../shared/model';
import { EMPTY_EDIT, tagRowId, type TagEdit } from '../../shared/tags/tagEdit';
import { assignmentOf, type ReadAssignment, type TagAssignment, type TransferProblem } from '../../shared/tags/tagTransfer';
import type { ArchiveDb } from './db';

/** Every tag on every article, with headlines, as the export writes them. */
export async function allAssignments(db: ArchiveDb): Promise<TagAssignment[]> {
  const rows = await db.tags.toArray();
  const ids = [...new Set(rows.map((row) => row.articleId))];
  const articles = await db.articles.bulkGet(ids);
  const headlines = new Map(articles.flatMap((a) => (a ? [[a.id, a.headline] as const] : [])));
  return rows.sort((a, b) => a.articleId.localeCompare(b.articleId) || a.kind.localeCompare(b.kind) || a.label.localeCompare(b.label)).map((row) => assignmentOf(row, headlines.get(row.articleId) ?? ''));
}

export type ImportPlan = { ok: true; edit: TagEdit; already: number } | { ok: false; problems: TransferProblem[] };

/**
 * What importing the assignments would change: the rows not in the archive
 * yet. An assignment naming an article this archive lacks is a problem, and
 * any problem refuses the whole file, so nothing is half-applied.
 */
export async function planImport(db: ArchiveDb, assignments: readonly ReadAssignment[]): Promise<ImportPlan> {
  const articleIds = [...new Set(assignments.map((a) => a.articleId))];
  const found = await db.articles.bulkGet(articleIds);
  const known = new Set(found.flatMap((a) => (a ? [a.id] : [])));
  const problems = assignments.filter((a) => !known.has(a.articleId)).slice(0, 50).map((a) => ({ line: a.line, message: `no article "${a.articleId}" in this archive; import the article first, or remove the line.` }));
  if (problems.length > 0) return { ok: false, problems };
  const rows = new Map<string, ArticleTag>();
  for (const a of assignments) {
    const id = tagRowId(a.articleId, { kind: a.kind, label: a.tag });
    rows.set(id, { id, articleId: a.articleId, label: a.tag, kind: a.kind, code: a.code, addedAt: a.addedAt, ...(a.entity ? { entity: a.entity } : {}), ...(a.via ? { via: a.via } : {}) });
  }
  const present = await db.tags.bulkGet([...rows.keys()]);
  const have = new Set(present.flatMap((row) => (row ? [row.id] : [])));
  const put = [...rows.values()].filter((row) => !have.has(row.id));
  return { ok: true, edit: { ...EMPTY_EDIT, put }, already: rows.size - put.length };
}
