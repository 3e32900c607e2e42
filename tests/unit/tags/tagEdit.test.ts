import { describe, expect, it } from 'vitest';
import type { ArticleTag, Tag } from '../../../shared/model';
import { articlesOf, inverseEdit, planAdd, planRemove, planRename, tagRowId, type TagEdit } from '../../../shared/tags/tagEdit';

const NOW = '2026-11-29T10:00:00.000Z';
const row = (articleId: string, tag: Tag, addedAt = '2026-11-01T00:00:00.000Z'): ArticleTag => ({ ...tag, id: tagRowId(articleId, tag), articleId, addedAt });
const archivist = (label: string): Tag => ({ label, kind: 'archivist', code: null });

/** A tiny archive: the rows by id, with an edit applied as the archive applies it (removals first). */
function apply(rows: Map<string, ArticleTag>, edit: TagEdit): Map<string, ArticleTag> {
  const next = new Map(rows);
  for (const r of edit.remove) next.delete(r.id);
  for (const r of edit.put) next.set(r.id, r);
  return next;
}
const archiveOf = (...rows: ArticleTag[]) => new Map(rows.map((r) => [r.id, r]));

describe('tag edits and their undo', () => {
  it('adds a tag only where it is missing, so undo never takes away a tag that was there', () => {
    const before = archiveOf(row('a1', archivist('Grain')));
    const edit = planAdd(['a1', 'a2', 'a3', 'a2'], archivist('Grain'), new Set(before.keys()), NOW, 'typed');
    expect(edit.put.map((r) => r.articleId)).toEqual(['a2', 'a3']);
    expect(edit.put[0]).toMatchObject({ addedAt: NOW, via: 'typed', kind: 'archivist' });
    const after = apply(before, edit);
    expect(after.size).toBe(3);
    expect([...apply(after, inverseEdit(edit)).values()]).toEqual([...before.values()]);
    expect(articlesOf(edit)).toEqual(['a2', 'a3']);
  });

  it('removes and puts back the very rows, times and origins included', () => {
    const rows = [row('a1', archivist('Grain'), '2020-01-01T00:00:00.000Z'), row('a2', { label: 'Wheat', kind: 'source', code: 'subj:1' })];
    const before = archiveOf(...rows);
    const edit = planRemove(rows);
    expect(apply(before, edit).size).toBe(0);
    expect(apply(apply(before, edit), inverseEdit(edit))).toEqual(before);
  });

  it('renames onto an existing tag as a merge: one row per article, the old name kept as an alias', () => {
    const before = archiveOf(row('a1', archivist('grains trade')), row('a2', archivist('grains trade')), row('a2', archivist('Grain')), row('a3', archivist('Grain')));
    const old = [...before.values()].filter((r) => r.label === 'grains trade');
    const edit = planRename(old, 'Grain', new Set(before.keys()), NOW);
    const after = apply(before, edit);
    expect([...after.values()].map((r) => `${r.articleId}:${r.label}`).sort()).toEqual(['a1:Grain', 'a2:Grain', 'a3:Grain']);
    // a2 already had Grain: its row stays as it was, with its own time.
    expect(after.get(tagRowId('a2', archivist('Grain')))?.addedAt).toBe('2026-11-01T00:00:00.000Z');
    expect(edit.aliasesPut).toEqual([{ alias: 'grains trade', label: 'Grain' }]);
    expect(apply(after, inverseEdit(edit))).toEqual(before);
  });

  it('renames by case alone in place, and its undo restores the old spelling', () => {
    const before = archiveOf(row('a1', archivist('grain')));
    const edit = planRename([...before.values()], 'Grain', new Set(before.keys()), NOW);
    const after = apply(before, edit);
    expect([...after.values()]).toEqual([{ ...row('a1', archivist('grain')), label: 'Grain' }]);
    expect(edit.aliasesPut).toEqual([]);
    expect(apply(after, inverseEdit(edit))).toEqual(before);
  });

  it('keeps each row its kind when renaming, so source and archivist rows stay apart', () => {
    const before = archiveOf(row('a1', { label: 'Ukraine', kind: 'source', code: null }), row('a1', archivist('Ukraine')));
    const edit = planRename([...before.values()], 'Ukraine war', new Set(before.keys()), NOW);
    expect(apply(before, edit).size).toBe(2);
    expect(edit.put.map((r) => r.kind).sort()).toEqual(['archivist', 'source']);
  });
});
