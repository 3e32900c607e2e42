import { beforeEach, describe, expect, it } from 'vitest';
import { archiveArticles, removeArticles, setFlag } from '../../renderer/archive/articles';
import { RowBlocks } from '../../renderer/features/reader/rowBlocks';
import { fileStory, freshArchive } from './freshArchive';

const archive = freshArchive('blocks-test');
const ids = Array.from({ length: 12 }, (_, i) => `a${String(i).padStart(2, '0')}`);

beforeEach(async () => {
  await archiveArticles(archive.db, ids.map((id) => fileStory(id)));
});

const blocksOf = (from: number): string[][] => [ids.slice(from, from + 4), ids.slice(from + 4, from + 8)];

describe('the list’s rows, held by block while the archive is unchanged', () => {
  it('reads a block once: moving the window on keeps the rows it already has, the same objects', async () => {
    const blocks = new RowBlocks();
    const first = await blocks.read(archive.db, blocksOf(0));
    expect(first.map((row) => row.id)).toEqual(ids.slice(0, 8));
    const moved = await blocks.read(archive.db, blocksOf(4));
    expect(moved.map((row) => row.id)).toEqual(ids.slice(4, 12));
    // The shared block was not read again.
    for (let i = 0; i < 4; i++) expect(moved[i]).toBe(first[i + 4]);
  });

  it('reads everything again once the archive changes: a read mark shows, a removed article goes', async () => {
    const blocks = new RowBlocks();
    const before = await blocks.read(archive.db, blocksOf(0));
    expect(before[1]?.read).toBe(false);
    await setFlag(archive.db, ['a01'], 'read', true);
    await removeArticles(archive.db, ['a05']);
    const after = await blocks.read(archive.db, blocksOf(0));
    expect(after.find((row) => row.id === 'a01')?.read).toBe(true);
    expect(after.map((row) => row.id)).toEqual(ids.slice(0, 8).filter((id) => id !== 'a05'));
    expect(after[0]).not.toBe(before[0]);
  });
});
