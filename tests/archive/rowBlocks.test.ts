import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NormalizedArticle } from '../../shared/model';
import { archiveArticles, removeArticles, setFlag } from '../../renderer/archive/articles';
import { ArchiveDb } from '../../renderer/archive/db';
import { RowBlocks } from '../../renderer/features/reader/rowBlocks';

let db: ArchiveDb;

beforeEach(async () => {
  db = new ArchiveDb(`blocks-test-${crypto.randomUUID()}`);
  await db.open();
  await archiveArticles(db, ids.map((id): NormalizedArticle => ({
    id, headline: `Story ${id}`, dek: null, section: null, bylines: [], publishedAt: null, updatedAt: null, url: null, language: null,
    bodyText: 'Body.', bodyHtml: '<p>Body.</p>', images: [], tags: [], origin: { kind: 'file', name: `${id}.txt` },
  })));
});

afterEach(async () => {
  await db.delete();
});

const ids = Array.from({ length: 12 }, (_, i) => `a${String(i).padStart(2, '0')}`);
const blocksOf = (from: number): string[][] => [ids.slice(from, from + 4), ids.slice(from + 4, from + 8)];

describe('the list’s rows, held by block while the archive is unchanged', () => {
  it('reads a block once: moving the window on keeps the rows it already has, the same objects', async () => {
    const blocks = new RowBlocks();
    const first = await blocks.read(db, blocksOf(0));
    expect(first.map((row) => row.id)).toEqual(ids.slice(0, 8));
    const moved = await blocks.read(db, blocksOf(4));
    expect(moved.map((row) => row.id)).toEqual(ids.slice(4, 12));
    // The shared block was not read again.
    for (let i = 0; i < 4; i++) expect(moved[i]).toBe(first[i + 4]);
  });

  it('reads everything again once the archive changes: a read mark shows, a removed article goes', async () => {
    const blocks = new RowBlocks();
    const before = await blocks.read(db, blocksOf(0));
    expect(before[1]?.read).toBe(false);
    await setFlag(db, ['a01'], 'read', true);
    await removeArticles(db, ['a05']);
    const after = await blocks.read(db, blocksOf(0));
    expect(after.find((row) => row.id === 'a01')?.read).toBe(true);
    expect(after.map((row) => row.id)).toEqual(ids.slice(0, 8).filter((id) => id !== 'a05'));
    expect(after[0]).not.toBe(before[0]);
  });
});
