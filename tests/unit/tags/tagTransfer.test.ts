import { describe, expect, it } from 'vitest';
import { parseCsv, parseJson, toCsv, toJson, type TagAssignment } from '../../../shared/tags/tagTransfer';

const NOW = '2026-11-29T10:00:00.000Z';
const assignments: TagAssignment[] = [
  { articleId: 'feed:1', headline: 'Grain, "wheat" and\nrice', tag: 'Grain', kind: 'archivist', code: null, entity: null, addedAt: '2026-11-01T08:00:00.000Z', via: 'typed' },
  { articleId: 'feed:2', headline: '=HYPERLINK("x")', tag: 'war', kind: 'topic', code: 'medtop:16009000', entity: null, addedAt: '2026-11-02T08:00:00.000Z', via: 'suggestion' },
  { articleId: 'feed:2', headline: '', tag: 'Evan Gershkovich', kind: 'entity', code: null, entity: 'person', addedAt: '2026-11-02T08:00:00.000Z', via: null },
  { articleId: 'feed:3', headline: 'RTL', tag: 'أخبار عاجلة', kind: 'archivist', code: null, entity: null, addedAt: '2026-11-03T08:00:00.000Z', via: 'import' },
  { articleId: 'feed:3', headline: 'minus', tag: '-5 degrees', kind: 'archivist', code: null, entity: null, addedAt: '2026-11-03T08:00:00.000Z', via: 'typed' },
];
const withoutHeadlines = (list: readonly TagAssignment[]) => list.map(({ headline: _h, ...rest }) => rest);

describe('tag export and import', () => {
  it('round-trips CSV: quotes, commas, newlines, right-to-left text and formula-looking cells', () => {
    const csv = toCsv(assignments);
    expect(csv.startsWith('article_id,headline,tag,kind,code,entity,added_at,via\r\n')).toBe(true);
    // A spreadsheet would run this as a formula: it is written inert.
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    const parsed = parseCsv(csv, NOW);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(withoutHeadlines(parsed.assignments.map(({ line: _l, ...a }) => a))).toEqual(withoutHeadlines(assignments));
    // Lines are counted in the file, a quoted newline included.
    expect(parsed.assignments.map((a) => a.line)).toEqual([2, 4, 5, 6, 7]);
  });

  it('round-trips JSON', () => {
    const parsed = parseJson(toJson(assignments, NOW), NOW);
    expect(parsed.ok && parsed.assignments.map(({ line: _l, ...a }) => a)).toEqual(assignments);
  });

  it('fills what a CMS leaves out: the kind, the time, the origin', () => {
    const parsed = parseCsv('article_id,tag\nfeed:1,Grain\n', NOW);
    expect(parsed).toEqual({ ok: true, assignments: [{ articleId: 'feed:1', headline: '', tag: 'Grain', kind: 'archivist', code: null, entity: null, addedAt: NOW, via: 'import', line: 2 }] });
  });

  it('refuses a malformed file whole, naming every bad line and what to do', () => {
    const csv = [
      'article_id,tag,kind,code,entity,added_at',
      'feed:1,Grain,archivist,,,',
      ',Grain,archivist,,,',
      'feed:2,,archivist,,,',
      'feed:3,war,topic,,,',
      'feed:4,Blinken,entity,,,',
      'feed:5,Grain,archivist,,,yesterday',
      'feed:6,x,sticker,,,',
      'feed:7,two,cells',
      `feed:8,${'y'.repeat(10_000)},archivist,,,`,
      'feed:9,"never closed,archivist,,,',
    ].join('\n');
    const parsed = parseCsv(csv, NOW);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([
      { line: 3, message: 'article_id is empty; every row names the article it tags.' },
      { line: 4, message: 'tag: A tag needs at least one letter or digit.' },
      { line: 5, message: 'a topic row needs a Media Topic code such as medtop:04000000 in the code column.' },
      { line: 6, message: 'an entity row needs person, place or org in the entity column.' },
      { line: 7, message: 'added_at "yesterday" is not a date; use ISO 8601 such as 2024-05-01T09:30:00Z.' },
      { line: 8, message: 'kind "sticker" is not one of source, entity, topic, archivist.' },
      { line: 9, message: '3 cells where the header has 6; check for a stray comma or quote.' },
      { line: 10, message: 'tag: A tag can be at most 120 characters; this one has 10,000. Shorten it.' },
      { line: 11, message: 'a quoted cell is never closed; add the closing ".' },
    ]);
  });

  it('says what is wrong with a file that is not a tag file at all', () => {
    expect(parseCsv('', NOW)).toEqual({ ok: false, problems: [{ line: 1, message: 'the file is empty; export from Newsroom Reader for an example of the columns.' }] });
    expect(parseCsv('id,label\n1,x\n', NOW)).toMatchObject({ ok: false, problems: [{ line: 1, message: expect.stringContaining('the header row lacks article_id and tag') as string }] });
    expect(parseJson('{"assignments": 3}', NOW)).toMatchObject({ ok: false, problems: [{ line: 1 }] });
    expect(parseJson('{oops', NOW)).toMatchObject({ ok: false, problems: [{ line: 1, message: expect.stringMatching(/^not JSON/) as string }] });
  });
});
