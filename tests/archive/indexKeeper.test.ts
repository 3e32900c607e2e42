import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArchivableArticle } from '../../shared/model';
import { parseQuery } from '../../shared/search/parseQuery';
import { archiveArticles, markRead, removeArticles } from '../../renderer/archive/articles';
import { ArchiveDb } from '../../renderer/archive/db';
import { IndexKeeper } from '../../renderer/search/IndexKeeper';
import { IndexStore } from '../../renderer/search/indexStore';
import type { SearchStatus } from '../../renderer/search/searchProtocol';

/**
 * The search index kept beside a real archive in Chromium's IndexedDB:
 * built, saved, reopened from its snapshot, fed by the archive's change
 * queue, and put right at start-up when the archive changed behind it.
 */
let archive: ArchiveDb;
let store: IndexStore;
const keepers: IndexKeeper[] = [];

beforeEach(async () => {
  const name = crypto.randomUUID();
  archive = new ArchiveDb(`keeper-archive-${name}`);
  store = new IndexStore(`keeper-index-${name}`);
  await archive.open();
});

afterEach(async () => {
  for (const keeper of keepers.splice(0)) keeper.close();
  await archive.delete();
  await store.delete();
});

const story = (id: string, headline: string, body: string): ArchivableArticle => ({
  id, headline, dek: null, section: 'World', bylines: ['Jane Doe'], publishedAt: '2026-11-01T10:00:00.000Z', updatedAt: null, url: null, language: 'en',
  bodyHtml: `<p>${body}</p>`, images: [], tags: [{ label: 'Moscow', kind: 'entity', code: null, entity: 'place' }], origin: { kind: 'file', name: 'wire.txt' },
});

async function started(): Promise<{ keeper: IndexKeeper; statuses: SearchStatus[] }> {
  const statuses: SearchStatus[] = [];
  const keeper = new IndexKeeper(archive, store, (status) => statuses.push(status));
  keepers.push(keeper);
  await keeper.start(performance.now());
  await keeper.positionsLoaded;
  await keeper.serially(() => Promise.resolve());
  return { keeper, statuses };
}
const hits = (keeper: IndexKeeper, query: string) => keeper.index.search(parseQuery(query).root, { limit: 10 }).hits.map((h) => h.id).sort();

describe('the index beside the archive', () => {
  it('is built from the archive the first time, follows the change queue, and reopens from its snapshot', async () => {
    await archiveArticles(archive, [story('a', 'Prisoner swap talks', 'Talks in Geneva.'), story('b', 'Grain prices', 'Wheat rose.')]);
    const first = await started();
    expect(first.statuses.some((s) => s.state === 'building')).toBe(true);
    expect(first.statuses.at(-1)).toMatchObject({ state: 'ready', loadedFrom: 'archive', documents: 2 });
    expect(hits(first.keeper, 'talks')).toEqual(['a']);

    await archiveArticles(archive, [story('c', 'More talks', 'Talks again, in Vienna.')]);
    await markRead(archive, 'a');
    await first.keeper.applyChanges();
    expect(hits(first.keeper, 'talks')).toEqual(['a', 'c']);
    expect(hits(first.keeper, 'is:unread talks')).toEqual(['c']);
    await first.keeper.save();
    // Saved, the queue rows it reflects are gone.
    expect(await archive.searchChanges.count()).toBe(0);

    const second = await started();
    expect(second.statuses.find((s) => s.state === 'ready')).toMatchObject({ loadedFrom: 'snapshot', documents: 3 });
    expect(second.statuses.some((s) => s.state === 'building')).toBe(false);
    expect(hits(second.keeper, '"talks again"')).toEqual(['c']);
  });

  it('at start-up, puts right an archive that changed behind its back', async () => {
    await archiveArticles(archive, [story('a', 'Prisoner swap talks', 'Talks in Geneva.'), story('b', 'Grain prices', 'Wheat rose.')]);
    const first = await started();
    await first.keeper.save();
    // Changes the queue never heard of: an article added and one deleted straight in the tables.
    const a = await archive.articles.get('a');
    if (!a) throw new Error('article a is missing');
    await archive.articles.put({ ...a, id: 'x', headline: 'Unqueued talks' });
    await archive.articles.delete('b');
    const second = await started();
    expect(second.statuses.at(-1)).toMatchObject({ repaired: 2, documents: 2 });
    expect(hits(second.keeper, 'talks')).toEqual(['a', 'x']);
    expect(hits(second.keeper, 'wheat')).toEqual([]);
  });

  it('a removed article leaves the index with the queue; a rebuild starts again from the archive', async () => {
    await archiveArticles(archive, [story('a', 'Prisoner swap talks', 'Talks in Geneva.'), story('b', 'Grain prices', 'Wheat rose.')]);
    const { keeper, statuses } = await started();
    await removeArticles(archive, ['a']);
    await keeper.applyChanges();
    expect(hits(keeper, 'talks')).toEqual([]);
    await keeper.rebuild();
    expect(statuses.at(-1)).toMatchObject({ state: 'ready', loadedFrom: 'archive', documents: 1 });
    expect(hits(keeper, 'wheat')).toEqual(['b']);
  });
});
