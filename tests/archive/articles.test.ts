import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NormalizedArticle } from '../../shared/model';
import { archiveArticles, markRead, removeArticles, setFlag } from '../../renderer/archive/articles';
import { libraryCounts, listArticleIds, sourceCounts } from '../../renderer/archive/articleQueries';
import { ArchiveDb } from '../../renderer/archive/db';
import { imagesOf } from '../../renderer/archive/images';
import { revisionsOf } from '../../renderer/archive/revisions';
import { tagsOf } from '../../renderer/archive/tags';
import { fileStory } from './freshArchive';

let db: ArchiveDb;

beforeEach(async () => {
  db = new ArchiveDb(`archive-test-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

/** The talks story: standfirst, section, byline, a credited picture and a place, from talks.txt. */
function article(overrides: Partial<NormalizedArticle> = {}): NormalizedArticle {
  return fileStory('a1', {
    headline: 'Talks resume',
    dek: 'A short standfirst.',
    section: 'World',
    bylines: ['Jane Doe'],
    images: [{ src: null, caption: null, credit: 'AP', creditSource: 'text-credit-line' }],
    tags: [{ label: 'Moscow', kind: 'entity', code: null, entity: 'place' }],
    origin: { kind: 'file', name: 'talks.txt' },
    ...overrides,
  });
}

describe('the archive in Chromium IndexedDB', () => {
  it('stores an article with its images, tags and source, and records when it was archived', async () => {
    await archiveArticles(db, [article()], { now: '2026-11-28T10:00:00.000Z' });
    const stored = await db.articles.get('a1');
    expect(stored).toMatchObject({ headline: 'Talks resume', importedAt: '2026-11-28T10:00:00.000Z', publishedAt: null, sourceId: 'file:talks.txt' });
    // No date in the source: the list sorts by the import time, and publishedAt stays empty.
    expect(stored?.sortDate).toBe('2026-11-28T10:00:00.000Z');
    expect(await imagesOf(db, 'a1')).toEqual([expect.objectContaining({ credit: 'AP', creditSource: 'text-credit-line', position: 0 })]);
    expect((await tagsOf(db, 'a1')).map((t) => t.label)).toEqual(['Moscow']);
    expect(await db.sources.get('file:talks.txt')).toMatchObject({ kind: 'file', name: 'talks.txt' });
  });

  it('lists newest first, by publication date when there is one', async () => {
    await archiveArticles(db, [
      article({ id: 'old', publishedAt: '2020-01-01' }),
      article({ id: 'new', publishedAt: '2024-05-29T10:00:00.000Z' }),
      article({ id: 'mid', publishedAt: '2023-01-01' }),
    ]);
    expect(await listArticleIds(db, { kind: 'all' })).toEqual(['new', 'mid', 'old']);
  });

  it('reads every id in chunks, newest first, whatever dates the chunks end on', async () => {
    // Dates repeat across chunk boundaries, and one date holds more than a chunk.
    const dates = ['2024-01-01', '2024-01-01', '2024-01-02', '2024-01-02', '2024-01-02', '2024-01-03', '2024-01-04', '2024-01-04', '2024-01-04', '2024-01-04', '2024-01-05'];
    await archiveArticles(db, dates.map((publishedAt, i) => article({ id: `a${String(i).padStart(2, '0')}`, publishedAt })));
    const whole = await listArticleIds(db, { kind: 'all' });
    expect(whole).toHaveLength(dates.length);
    expect(new Set(whole).size).toBe(dates.length);
    for (const chunk of [1, 2, 3, 4, 5, 10, 11, 12]) expect(await listArticleIds(db, { kind: 'all' }, chunk)).toEqual(whole);
    const sortDates = await Promise.all(whole.map(async (id) => (await db.articles.get(id))?.sortDate ?? ''));
    expect([...sortDates].sort().reverse()).toEqual(sortDates);
  });

  it('filters unread, updated and by source through indexes, and counts without loading articles', async () => {
    await archiveArticles(db, [
      article({ id: 'x', publishedAt: '2024-01-01', origin: { kind: 'feed', name: 'A', id: 'feed:a' } }),
      article({ id: 'y', publishedAt: '2024-01-02', origin: { kind: 'feed', name: 'B', id: 'feed:b' } }),
      article({ id: 'z', publishedAt: '2024-01-03', origin: { kind: 'feed', name: 'A', id: 'feed:a' } }),
    ]);
    await markRead(db, 'z');
    await archiveArticles(db, [article({ id: 'x', publishedAt: '2024-01-01', headline: 'Changed', origin: { kind: 'feed', name: 'A', id: 'feed:a' } })]);
    expect(await listArticleIds(db, { kind: 'unread' })).toEqual(['y', 'x']);
    expect(await listArticleIds(db, { kind: 'updated' })).toEqual(['x']);
    expect(await listArticleIds(db, { kind: 'source', id: 'feed:a' })).toEqual(['z', 'x']);
    expect(await libraryCounts(db)).toEqual({ all: 3, unread: 2, updated: 1, starred: 0 });
    expect(await sourceCounts(db)).toEqual([{ id: 'feed:a', name: 'A', count: 2 }, { id: 'feed:b', name: 'B', count: 1 }]);
  });

  it('stars and unstars, keeping the flag only while set, and tells the search index', async () => {
    await archiveArticles(db, [article({ id: 'a', publishedAt: '2024-01-01' }), article({ id: 'b', publishedAt: '2024-01-02' })]);
    const queued = await db.searchChanges.count();
    expect(await setFlag(db, ['a', 'b'], 'starred', true)).toBe(2);
    expect(await listArticleIds(db, { kind: 'starred' })).toEqual(['b', 'a']);
    expect(await setFlag(db, ['a', 'b'], 'starred', true)).toBe(0);
    expect(await setFlag(db, ['a'], 'starred', false)).toBe(1);
    expect(await db.articles.get('a')).not.toHaveProperty('starred');
    expect(await listArticleIds(db, { kind: 'starred' })).toEqual(['b']);
    expect((await libraryCounts(db)).starred).toBe(1);
    expect(await db.searchChanges.count()).toBe(queued + 2);
    // Re-delivering a starred article from its source keeps the star.
    await archiveArticles(db, [article({ id: 'b', publishedAt: '2024-01-02', headline: 'Changed' })]);
    expect((await db.articles.get('b'))?.starred).toBe(1);
    await setFlag(db, ['b'], 'read', true);
    await setFlag(db, ['b'], 'read', false);
    expect(await listArticleIds(db, { kind: 'unread' })).toEqual(['b', 'a']);
  });

  it('re-importing the same article replaces it instead of doubling it, and keeps what changed as a revision', async () => {
    const first = await archiveArticles(db, [article()], { now: '2026-11-28T10:00:00.000Z' });
    const second = await archiveArticles(db, [article({ dek: 'A corrected standfirst.' })], { now: '2026-11-28T11:00:00.000Z' });
    expect(first).toEqual({ added: ['a1'], refreshed: [], changed: [] });
    expect(second).toEqual({ added: [], refreshed: ['a1'], changed: ['a1'] });
    expect(await db.articles.count()).toBe(1);
    const stored = await db.articles.get('a1');
    expect(stored?.dek).toBe('A corrected standfirst.');
    expect(stored?.importedAt).toBe('2026-11-28T10:00:00.000Z');
    expect(stored?.updated).toBe(1);
    const revisions = await revisionsOf(db, 'a1');
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ dek: 'A short standfirst.', capturedAt: '2026-11-28T11:00:00.000Z' });
  });

  it('a version the reader asked for (the full story from its page) keeps the earlier one, but is not flagged as updated by its source', async () => {
    await archiveArticles(db, [article()]);
    const outcome = await archiveArticles(db, [article({ bodyHtml: '<p>The whole story, from the page.</p>' })], { byReader: true });
    expect(outcome.changed).toEqual(['a1']);
    expect((await db.articles.get('a1'))?.updated).toBeUndefined();
    expect(await revisionsOf(db, 'a1')).toHaveLength(1);
  });

  it('an unchanged re-delivery changes nothing: no revision, not marked updated', async () => {
    await archiveArticles(db, [article()]);
    const again = await archiveArticles(db, [article()]);
    expect(again.changed).toEqual([]);
    expect(await db.revisions.count()).toBe(0);
    expect((await db.articles.get('a1'))?.updated).toBeUndefined();
  });

  it('a re-delivered article that was read stays read, and a changed one stays updated', async () => {
    await archiveArticles(db, [article()]);
    await markRead(db, 'a1');
    await archiveArticles(db, [article({ headline: 'Changed' })]);
    await archiveArticles(db, [article({ headline: 'Changed' })]);
    expect(await db.articles.get('a1')).toMatchObject({ read: 1, updated: 1 });
  });

  it('a changed body is stored, and the body that was there is kept in the revision', async () => {
    await archiveArticles(db, [article({ bodyHtml: '<p>First telling.</p>' })], { now: '2026-11-28T10:00:00.000Z' });
    const again = await archiveArticles(db, [article({ bodyHtml: '<p>Second telling.</p>' })], { now: '2026-11-28T11:00:00.000Z' });
    expect(again.changed).toEqual(['a1']);
    expect((await db.articles.get('a1'))?.bodyHtml).toBe('<p>Second telling.</p>');
    expect(await revisionsOf(db, 'a1')).toEqual([expect.objectContaining({ bodyHtml: '<p>First telling.</p>' })]);
  });

  it('a newer version of a wire item becomes a revision; an older one arriving late changes nothing', async () => {
    const wire = (version: string) => ({ uri: 'urn:agency:1', pubStatus: 'usable' as const, urgency: 3, slugline: 'talks', located: null, version, ninjsVersion: '3.1' });
    await archiveArticles(db, [article({ headline: 'Talks resume', wire: wire('2'), updatedAt: '2026-11-28T10:00:00.000Z' })], { now: '2026-11-28T10:00:00.000Z' });
    const late = await archiveArticles(db, [article({ headline: 'Talks to resume', wire: wire('1'), updatedAt: '2026-11-28T09:00:00.000Z' })], { now: '2026-11-28T11:00:00.000Z' });
    expect(late).toEqual({ added: [], refreshed: [], changed: [] });
    expect((await db.articles.get('a1'))?.headline).toBe('Talks resume');
    const newer = await archiveArticles(db, [article({ headline: 'Talks resumed', wire: { ...wire('10'), pubStatus: 'canceled' }, updatedAt: '2026-11-28T12:00:00.000Z' })], { now: '2026-11-28T12:00:00.000Z' });
    expect(newer.changed).toEqual(['a1']);
    expect(await db.articles.get('a1')).toMatchObject({ headline: 'Talks resumed', updated: 1, wire: { version: '10', pubStatus: 'canceled' } });
    expect((await revisionsOf(db, 'a1')).map((r) => r.headline)).toEqual(['Talks resume']);
  });

  it('a new updated date alone counts as a change', async () => {
    await archiveArticles(db, [article({ updatedAt: '2026-11-01T10:00:00.000Z' })]);
    const again = await archiveArticles(db, [article({ updatedAt: '2026-11-02T10:00:00.000Z' })]);
    expect(again.changed).toEqual(['a1']);
    expect(await revisionsOf(db, 'a1')).toEqual([expect.objectContaining({ updatedAt: '2026-11-01T10:00:00.000Z' })]);
  });

  it('the same link through two feeds is one article that knows both sources', async () => {
    const link = 'https://news.example/2026/11/story';
    await archiveArticles(db, [article({ id: 'from-feed-a', url: link, origin: { kind: 'feed', name: 'Feed A', id: 'feed:a' } })]);
    const outcome = await archiveArticles(db, [article({ id: 'from-feed-b', url: link, origin: { kind: 'feed', name: 'Feed B', id: 'feed:b' } })]);
    expect(outcome).toEqual({ added: [], refreshed: ['from-feed-a'], changed: [] });
    expect(await db.articles.count()).toBe(1);
    expect((await db.articles.get('from-feed-a'))?.sourceIds).toEqual(['feed:a', 'feed:b']);
    expect((await db.sources.toArray()).map((s) => s.name).sort()).toEqual(['Feed A', 'Feed B']);
  });

  it('keeps an archivist’s own tags when a re-import refreshes the derived ones', async () => {
    await archiveArticles(db, [article()]);
    await db.tags.put({ id: 'a1:archivist:exchange', articleId: 'a1', label: 'exchange', kind: 'archivist', code: null, addedAt: '2026-11-28T10:00:00.000Z' });
    await archiveArticles(db, [article({ tags: [{ label: 'Kremlin', kind: 'entity', code: null, entity: 'org' }] })]);
    expect((await tagsOf(db, 'a1')).map((t) => t.label).sort()).toEqual(['Kremlin', 'exchange']);
  });

  it('removing articles (undo of an import) takes their images, tags and revisions too', async () => {
    await archiveArticles(db, [article(), article({ id: 'a2' })]);
    await removeArticles(db, ['a1']);
    expect(await db.articles.count()).toBe(1);
    expect(await db.images.where('articleId').equals('a1').count()).toBe(0);
    expect(await db.tags.where('articleId').equals('a1').count()).toBe(0);
    expect(await db.tags.where('articleId').equals('a2').count()).toBe(1);
  });

  it('writes an import in one transaction: a failure part-way leaves nothing behind', async () => {
    const broken = article({ id: 'b2' });
    // A Symbol cannot be stored in IndexedDB, so the second put fails inside the transaction.
    (broken as unknown as Record<string, unknown>)['headline'] = Symbol('not storable');
    await expect(archiveArticles(db, [article({ id: 'b1' }), broken])).rejects.toThrow();
    expect(await db.articles.count()).toBe(0);
    expect(await db.sources.count()).toBe(0);
  });
});

describe('what the archive stores', () => {
  it('is sanitized before it is written, whatever the host sent', async () => {
    const dirty = '<p onclick="x()">Story<script>alert(1)</script><img src="https://tracker.example/p.gif" onerror="y()"><a href="javascript:z()">j</a><a href="https://ok.example/">ok</a></p><iframe src="https://evil.example"></iframe>';
    await archiveArticles(db, [article({ id: 's1', bodyHtml: dirty, origin: { kind: 'feed', name: 'F', id: 'feed:f' } })]);
    const stored = (await db.articles.get('s1'))?.bodyHtml ?? '';
    expect(stored).not.toMatch(/onclick|script|onerror|javascript:|iframe|tracker\.example/);
    expect(stored).toContain('<a href="https://ok.example/" target="_blank" rel="noopener noreferrer">ok</a>');
  });

  it('keeps plain structure and text exactly as sent, and one copy of the body: its HTML', async () => {
    const plain = '<p>Talks &amp; <em>more</em> talks: 3 > 2</p><br/><ul><li>one</li></ul>';
    await archiveArticles(db, [article({ id: 'p1', bodyHtml: plain, bodyText: 'Talks & more talks' })]);
    const stored = await db.articles.get('p1');
    expect(stored?.bodyHtml).toBe(plain);
    expect(stored && 'bodyText' in stored).toBe(false);
  });
});
