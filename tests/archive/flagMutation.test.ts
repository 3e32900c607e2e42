import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { listParts } from '../../renderer/archive/articleQueries';
import { archiveArticles, removeArticles, setFlag } from '../../renderer/archive/articles';
import { touches } from '../../renderer/archive/archiveParts';
import { fileStory, freshArchive } from './freshArchive';

const archive = freshArchive('flag-mutation');
let heard: Array<Record<string, unknown>> = [];
const listen = (parts: Record<string, unknown>): void => void heard.push(parts);
afterEach(() => {
  Dexie.on.storagemutated.unsubscribe(listen);
});

/** What Dexie announces for the writes `write` makes, once they are done. */
async function announced(write: () => Promise<unknown>): Promise<Array<Record<string, unknown>>> {
  heard = [];
  Dexie.on('storagemutated', listen);
  await write();
  Dexie.on.storagemutated.unsubscribe(listen);
  return heard;
}

const stories = (n: number): ReturnType<typeof fileStory>[] => Array.from({ length: n }, (_, i) => fileStory(`s${i}`, { publishedAt: `2024-03-${String((i % 28) + 1).padStart(2, '0')}T08:00:00Z` }));
const anyTouches = (all: Array<Record<string, unknown>>, name: string, watch?: readonly string[]): boolean => all.some((parts) => touches(parts, name, watch));

describe('what a write tells the list', () => {
  it('read marks touch the rows and the read index only: All and a source are not read again, Unread is', async () => {
    const { db } = archive;
    await archiveArticles(db, stories(45));
    for (const count of [10, 45]) {
      const parts = await announced(() => setFlag(db, stories(count).map((s) => s.id), 'read', true).then(() => setFlag(db, stories(count).map((s) => s.id), 'read', false)));
      expect(parts.length).toBeGreaterThan(0);
      expect(Object.keys(parts[0] ?? {})).toContain(`idb://${db.name}/articles/read`);
      expect(anyTouches(parts, db.name, listParts({ kind: 'all' }))).toBe(false);
      expect(anyTouches(parts, db.name, listParts({ kind: 'source', id: 'file' }))).toBe(false);
      expect(anyTouches(parts, db.name, listParts({ kind: 'unread' }))).toBe(true);
      expect(anyTouches(parts, db.name, listParts({ kind: 'starred' }))).toBe(false);
      // Anything that watches the whole archive still hears of it.
      expect(anyTouches(parts, db.name)).toBe(true);
    }
  });

  it('a star touches Starred only, however many articles it reaches (60: Dexie names whole ranges)', async () => {
    const { db } = archive;
    await archiveArticles(db, stories(60));
    const parts = await announced(() => setFlag(db, stories(60).map((s) => s.id), 'starred', true));
    expect(anyTouches(parts, db.name, listParts({ kind: 'starred' }))).toBe(true);
    expect(anyTouches(parts, db.name, listParts({ kind: 'all' }))).toBe(false);
    expect(anyTouches(parts, db.name, listParts({ kind: 'unread' }))).toBe(false);
  });

  it('new, changed and removed articles touch every list', async () => {
    const { db } = archive;
    const added = await announced(() => archiveArticles(db, stories(3)));
    const changed = await announced(() => archiveArticles(db, [fileStory('s1', { publishedAt: '2025-01-01T08:00:00Z', bodyText: 'New.', bodyHtml: '<p>New.</p>' })]));
    const removed = await announced(() => removeArticles(db, ['s2']));
    for (const parts of [added, changed, removed]) {
      for (const filter of [{ kind: 'all' }, { kind: 'unread' }, { kind: 'source', id: 'file' }] as const) expect(anyTouches(parts, db.name, listParts(filter))).toBe(true);
    }
  });
});
