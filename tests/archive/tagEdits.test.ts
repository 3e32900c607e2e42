import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NormalizedArticle } from '../../shared/model';
import { inverseEdit } from '../../shared/tags/tagEdit';
import { parseCsv, toCsv } from '../../shared/tags/tagTransfer';
import { extractEntities } from '../../shared/entities/entityTagger';
import { archiveArticles } from '../../renderer/archive/articles';
import { ArchiveDb } from '../../renderer/archive/db';
import { applyTagEdit, planAliasing, planDeleting, planRenaming, planTagging, planUntagging } from '../../renderer/archive/tagEdits';
import { tagSummaries, tagTimeline } from '../../renderer/archive/tagQueries';
import { allAssignments, planImport } from '../../renderer/archive/tagTransfer';
import { tagsOf } from '../../renderer/archive/tags';
import { findNamesBatch, namesLeft } from '../../renderer/tags/namePass';
import { fileStory } from './freshArchive';

let db: ArchiveDb;

beforeEach(async () => {
  db = new ArchiveDb(`tags-test-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

/** A Grain story published on that day of May 2024. */
function story(id: string, day: number, overrides: Partial<NormalizedArticle> = {}): NormalizedArticle {
  return fileStory(id, { publishedAt: `2024-05-${String(day).padStart(2, '0')}T09:00:00.000Z`, tags: [{ label: 'Grain', kind: 'source', code: null }], ...overrides });
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `a${i + 1}`);
const labelsOf = async (articleId: string) => (await tagsOf(db, articleId)).map((t) => `${t.kind}:${t.label}`).sort();
const queued = async () => (await db.searchChanges.toArray()).flatMap((row) => row.ids);

describe('tag operations on the archive', () => {
  beforeEach(async () => {
    await archiveArticles(db, ids(6).map((id, i) => story(id, i + 1)));
    await db.searchChanges.clear();
  });

  it('bulk-tags, queues every changed article for search in the same write, and undoes exactly', async () => {
    const edit = await planTagging(db, ids(6), { label: 'Harvest', kind: 'archivist', code: null }, 'typed');
    await applyTagEdit(db, edit);
    expect(await labelsOf('a3')).toEqual(['archivist:Harvest', 'source:Grain']);
    expect((await queued()).sort()).toEqual(ids(6).sort());
    // Tagging again finds nothing to do.
    expect((await planTagging(db, ids(6), { label: 'harvest', kind: 'archivist', code: null }, 'typed')).put).toHaveLength(0);
    await applyTagEdit(db, inverseEdit(edit));
    expect(await labelsOf('a3')).toEqual(['source:Grain']);
  });

  it('untags a selection by label, whatever the case, and leaves the others', async () => {
    await applyTagEdit(db, await planTagging(db, ids(6), { label: 'Harvest', kind: 'archivist', code: null }, 'typed'));
    await applyTagEdit(db, await planUntagging(db, ['a1', 'a2'], 'HARVEST'));
    expect(await labelsOf('a1')).toEqual(['source:Grain']);
    expect(await labelsOf('a3')).toEqual(['archivist:Harvest', 'source:Grain']);
  });

  it('merges on rename, keeps the old name as an alias that files later imports, and undoes the lot', async () => {
    await applyTagEdit(db, await planTagging(db, ['a1', 'a2'], { label: 'Wheat', kind: 'source', code: null }, 'typed'));
    const merge = await planRenaming(db, 'Grain', 'Wheat');
    await applyTagEdit(db, merge);
    expect(await labelsOf('a1')).toEqual(['source:Wheat']);
    expect((await tagSummaries(db)).map((t) => `${t.label}:${t.count}`)).toEqual(['Wheat:6']);
    expect(await db.tagAliases.toArray()).toEqual([{ alias: 'grain', label: 'Wheat' }]);
    // The feed still says "Grain": it lands under "Wheat".
    await archiveArticles(db, [story('a7', 9)]);
    expect(await labelsOf('a7')).toEqual(['source:Wheat']);
    await applyTagEdit(db, inverseEdit(merge));
    expect(await labelsOf('a1')).toEqual(['source:Grain', 'source:Wheat']);
    expect(await db.tagAliases.count()).toBe(0);
  });

  it('adds an alias by merging the other name in, and deletes a tag with its aliases', async () => {
    await applyTagEdit(db, await planTagging(db, ['a1'], { label: 'grains', kind: 'archivist', code: null }, 'typed'));
    await applyTagEdit(db, await planAliasing(db, 'grains', 'Grain'));
    expect(await labelsOf('a1')).toEqual(['archivist:Grain', 'source:Grain']);
    expect(await db.tagAliases.get('grains')).toEqual({ alias: 'grains', label: 'Grain' });
    const deletion = await planDeleting(db, 'grain');
    await applyTagEdit(db, deletion);
    expect(await db.tags.count()).toBe(0);
    expect(await db.tagAliases.count()).toBe(0);
    await applyTagEdit(db, inverseEdit(deletion));
    expect(await db.tags.count()).toBe(7);
  });

  it('gives a timeline newest first with the names beside the tag', async () => {
    await archiveArticles(db, [story('n1', 20, { tags: [{ label: 'Grain', kind: 'source', code: null }, { label: 'Egypt', kind: 'entity', code: null, entity: 'place' }] })]);
    const timeline = await tagTimeline(db, 'grain');
    expect(timeline.articles.map((a) => a.id)).toEqual(['n1', 'a6', 'a5', 'a4', 'a3', 'a2', 'a1']);
    expect(timeline.related).toEqual([{ label: 'Egypt', entity: 'place', count: 1 }]);
  });

  it('exports and imports back to the same rows; a second import changes nothing; an unknown article refuses the file', async () => {
    await applyTagEdit(db, await planTagging(db, ['a1', 'a2'], { label: 'war', kind: 'topic', code: 'medtop:16009000' }, 'suggestion'));
    const before = (await db.tags.toArray()).sort((a, b) => a.id.localeCompare(b.id));
    const csv = toCsv(await allAssignments(db));
    await db.tags.clear();
    const parsed = parseCsv(csv, new Date().toISOString());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const plan = await planImport(db, parsed.assignments);
    if (!plan.ok) throw new Error('refused');
    await applyTagEdit(db, plan.edit);
    expect((await db.tags.toArray()).sort((a, b) => a.id.localeCompare(b.id))).toEqual(before);
    const again = await planImport(db, parsed.assignments);
    expect(again.ok && again.edit.put.length).toBe(0);
    const stranger = parseCsv('article_id,tag\na1,x\nnowhere,y\n', new Date().toISOString());
    const refused = stranger.ok ? await planImport(db, stranger.assignments) : null;
    expect(refused).toEqual({ ok: false, problems: [{ line: 3, message: 'no article "nowhere" in this archive; import the article first, or remove the line.' }] });
  });
});

describe('finding names in synced articles, in the background', () => {
  it('tags the queued articles with their people, places and organisations, and tells search', async () => {
    const body = '<p>Secretary of State Antony Blinken met Russian Foreign Minister Sergey Lavrov in Geneva on Friday.</p><p>Blinken said the United States would keep talking.</p>';
    await archiveArticles(db, [{ ...story('s1', 1, { bodyHtml: body }), findNames: true }, story('s2', 2)]);
    expect(await db.namesPending.toArray()).toEqual([{ seq: expect.any(Number) as number, ids: ['s1'] }]);
    await db.searchChanges.clear();
    expect(await findNamesBatch(db, extractEntities)).toBe(1);
    expect(await findNamesBatch(db, extractEntities)).toBe(0);
    const names = (await tagsOf(db, 's1')).filter((t) => t.kind === 'entity').map((t) => `${t.entity ?? ''}:${t.label}`);
    expect(names).toEqual(expect.arrayContaining(['person:Antony Blinken', 'person:Sergey Lavrov', 'place:Geneva', 'place:United States']));
    expect(names).not.toContain('person:Blinken');
    expect(await queued()).toEqual(['s1']);
    expect(await db.namesPending.count()).toBe(0);
  });

  it('works through a long queue a batch at a time, and names an article synced again meanwhile once more, from its new text', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ ...story(`m${i}`, 1, { bodyHtml: '<p>Officials in Geneva said talks would go on.</p>' }), findNames: true as const }));
    await archiveArticles(db, many);
    expect(await namesLeft(db)).toBe(30);
    expect(await findNamesBatch(db, extractEntities, 25)).toBe(25);
    expect(await namesLeft(db)).toBe(5);
    // m29 changes at its source and is synced again before its turn.
    await archiveArticles(db, [{ ...story('m29', 1, { bodyHtml: '<p>Officials in Vienna said talks would go on.</p>' }), findNames: true }]);
    expect(await namesLeft(db)).toBe(6);
    while ((await findNamesBatch(db, extractEntities, 25)) > 0);
    expect(await namesLeft(db)).toBe(0);
    expect((await tagsOf(db, 'm29')).filter((t) => t.kind === 'entity').map((t) => t.label)).toEqual(['Vienna']);
    expect((await tagsOf(db, 'm3')).filter((t) => t.kind === 'entity').map((t) => t.label)).toEqual(['Geneva']);
  });
});
