import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { markRead } from '../../renderer/archive/articles';
import { ArchiveDb } from '../../renderer/archive/db';
import { libraryCounts } from '../../renderer/archive/articleQueries';
import { migrations } from '../../renderer/archive/migrations';
import type { Migration } from '../../renderer/archive/migrations/migration';

const names: string[] = [];
const freshName = (): string => {
  const name = `migration-test-${crypto.randomUUID()}`;
  names.push(name);
  return name;
};

afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

describe('archive migrations', () => {
  it('the current schema has its twelve tables with their indexes', async () => {
    const db = new ArchiveDb(freshName());
    await db.open();
    expect(db.verno).toBe(migrations.length);
    const tables = Object.fromEntries(db.tables.map((t) => [t.name, [t.schema.primKey.name, ...t.schema.indexes.map((i) => i.name)]]));
    expect(Object.keys(tables).sort()).toEqual(['articles', 'images', 'namesPending', 'pictures', 'recentSearches', 'revisions', 'savedSearches', 'searchChanges', 'sources', 'tagAliases', 'tagRejections', 'tags']);
    expect(tables['tagAliases']).toEqual(['alias', 'label']);
    expect(tables['tagRejections']).toEqual(['id', 'articleId']);
    expect(tables['savedSearches']).toEqual(['id', 'query']);
    expect(tables['recentSearches']).toEqual(['query', 'usedAt']);
    expect(tables['articles']).toEqual(expect.arrayContaining(['id', 'sortDate', 'sourceIds', 'url', 'updated', 'read']));
    expect(tables['tags']).toEqual(expect.arrayContaining(['articleId', 'label', '[kind+label]']));
    db.close();
  });

  it('0007: stars are kept only where set, on an index the Starred folder reads', async () => {
    const name = freshName();
    const v6 = new ArchiveDb(name, migrations.slice(0, 6));
    await v6.open();
    const article = { bylines: [], sourceId: 'feed:a', sourceIds: ['feed:a'], importedAt: '2024-01-01', headline: 'x' };
    await v6.articles.bulkPut([{ ...article, id: 'a1', sortDate: '2024-01-01', starred: 0 }, { ...article, id: 'a2', sortDate: '2024-01-02', starred: 1 }] as never);
    v6.close();
    const v7 = new ArchiveDb(name);
    await v7.open();
    expect(await v7.articles.get('a1')).not.toHaveProperty('starred');
    expect(await v7.articles.where('starred').equals(1).primaryKeys()).toEqual(['a2']);
    expect((await libraryCounts(v7)).starred).toBe(1);
    v7.close();
  });

  it('0006: an archive from before tag work keeps its tags, and gains aliases, rejections and the names queue empty', async () => {
    const name = freshName();
    const v5 = new ArchiveDb(name, migrations.slice(0, 5));
    await v5.open();
    await v5.tags.put({ id: 'a1:archivist:grain', articleId: 'a1', label: 'Grain', kind: 'archivist', code: null, addedAt: '2024-01-01' });
    v5.close();
    const v6 = new ArchiveDb(name);
    await v6.open();
    expect(await v6.tags.count()).toBe(1);
    expect([await v6.tagAliases.count(), await v6.tagRejections.count(), await v6.namesPending.count()]).toEqual([0, 0, 0]);
    v6.close();
  });

  it('0005: an archive from before search keeps every article, and its writes start queuing changes for the index', async () => {
    const name = freshName();
    const v4 = new ArchiveDb(name, migrations.slice(0, 4));
    await v4.open();
    await v4.articles.put({ id: 'a1', headline: 'Old', url: null, sourceId: 'file:old.txt', sourceIds: ['file:old.txt'], sortDate: '2020-01-01' } as never);
    v4.close();
    const v5 = new ArchiveDb(name);
    await v5.open();
    expect(await v5.articles.count()).toBe(1);
    expect(await v5.searchChanges.count()).toBe(0);
    await markRead(v5, 'a1');
    expect((await v5.searchChanges.toArray()).map((row) => row.ids)).toEqual([['a1']]);
    v5.close();
  });

  it('0002: a v1 archive gains source lists and the updated flag, and its articles are found by link', async () => {
    const name = freshName();
    const v1 = new ArchiveDb(name, migrations.slice(0, 1));
    await v1.open();
    await v1.articles.put({ id: 'a1', headline: 'Old', url: 'https://x.example/a', sourceId: 'file:old.txt', sortDate: '2020-01-01' } as never);
    v1.close();
    const v2 = new ArchiveDb(name, migrations.slice(0, 2));
    await v2.open();
    expect(await v2.articles.get('a1')).toMatchObject({ headline: 'Old', sourceIds: ['file:old.txt'], updated: 0 });
    expect(await v2.articles.where('url').equals('https://x.example/a').count()).toBe(1);
    expect(await v2.articles.where('sourceIds').equals('file:old.txt').count()).toBe(1);
    v2.close();
  });

  it('0003: read and updated flags are kept only where set, and the counts still add up', async () => {
    const name = freshName();
    const v2 = new ArchiveDb(name, migrations.slice(0, 2));
    await v2.open();
    await v2.articles.bulkPut([
      { id: 'a', headline: 'A', sourceIds: ['s'], sortDate: '2020-01-01', read: 0, updated: 0 },
      { id: 'b', headline: 'B', sourceIds: ['s'], sortDate: '2020-01-02', read: 1, updated: 0 },
      { id: 'c', headline: 'C', sourceIds: ['s'], sortDate: '2020-01-03', read: 0, updated: 1 },
    ] as never);
    v2.close();
    const v3 = new ArchiveDb(name, migrations.slice(0, 3));
    await v3.open();
    const rows = (await v3.articles.toArray()) as unknown as Array<Record<string, unknown>>;
    expect(rows.map((row) => [row['id'], 'read' in row ? row['read'] : '-', 'updated' in row ? row['updated'] : '-'])).toEqual([
      ['a', '-', '-'],
      ['b', 1, '-'],
      ['c', '-', 1],
    ]);
    // Counted as the reader counts them, on indexes (v3 has no starred index yet, so read and updated by hand).
    expect([await v3.articles.count(), await v3.articles.where('read').equals(1).count(), await v3.articles.where('updated').equals(1).count()]).toEqual([3, 1, 1]);
    v3.close();
  });

  it('a database written at the current version opens under a later migration with its rows upgraded, not lost', async () => {
    const name = freshName();
    const v1 = new ArchiveDb(name, migrations);
    await v1.open();
    await v1.articles.put({ id: 'a1', headline: 'Old', bylines: [], sortDate: '2020-01-01' } as never);
    v1.close();

    // The next version of the kind a real migration file would add: a new index, and a backfill.
    const v2Migration: Migration = {
      version: migrations.length + 1,
      stores: { articles: 'id, sortDate, *sourceIds, url, updated, read, starred, importedAt' },
      upgrade: (tx) => tx.table('articles').toCollection().modify({ importedAt: '2020-01-01' }).then(() => undefined),
    };
    const v2 = new ArchiveDb(name, [...migrations, v2Migration]);
    await v2.open();
    expect(v2.verno).toBe(migrations.length + 1);
    expect(await v2.articles.get('a1')).toMatchObject({ headline: 'Old', importedAt: '2020-01-01' });
    expect(await v2.articles.where('importedAt').equals('2020-01-01').count()).toBe(1);
    v2.close();
  });

  it('refuses migrations that are not numbered 1, 2, 3… in order', () => {
    const skipped: Migration = { version: migrations.length + 2, stores: {} };
    expect(() => new ArchiveDb(freshName(), [...migrations, skipped])).toThrow(/numbered 1, 2, 3/);
  });
});
