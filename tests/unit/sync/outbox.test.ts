import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NormalizedArticle } from '../../../shared/model';
import { Outbox } from '../../../main/sync/outbox';

const article = (id: string): NormalizedArticle => ({
  id, headline: id, dek: null, section: null, bylines: [], publishedAt: null, updatedAt: null, url: null, language: null,
  bodyText: '', bodyHtml: '', images: [], tags: [], origin: { kind: 'feed', name: 'Feed', id: 'feed:x' },
});

describe('the outbox on disk', () => {
  it('keeps batches in order until they are acknowledged, across restarts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outbox-'));
    const first = new Outbox(dir);
    const a = await first.put('feed:x', [article('1'), article('2')]);
    const b = await first.put('feed:y', [article('3')]);
    // A new instance stands for the app after a restart.
    const again = new Outbox(dir);
    expect((await again.peek(100)).map((batch) => batch.id)).toEqual([a, b]);
    const c = await again.put('feed:z', [article('4')]);
    expect(c > b).toBe(true);
    await again.ack([a]);
    expect((await again.peek(100)).map((batch) => batch.id)).toEqual([b, c]);
    expect(await again.pendingBatches()).toBe(2);
  });

  it('peeks about maxArticles at a time, but always at least one batch', async () => {
    const outbox = new Outbox(mkdtempSync(join(tmpdir(), 'outbox-')));
    await outbox.put('s', [article('1'), article('2'), article('3')]);
    await outbox.put('s', [article('4')]);
    expect(await outbox.peek(1)).toHaveLength(1);
    expect(await outbox.peek(4)).toHaveLength(2);
  });

  it('ignores repeated or unknown acknowledgements, and ids that try to leave its folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outbox-'));
    const outbox = new Outbox(dir);
    const id = await outbox.put('s', [article('1')]);
    await outbox.ack([id, id, 'nope', '../../etc/passwd', '000000000000-../x']);
    expect(await outbox.pendingBatches()).toBe(0);
  });

  it('leaves no temporary files behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outbox-'));
    const outbox = new Outbox(dir);
    await Promise.all(Array.from({ length: 20 }, (_, i) => outbox.put('s', [article(String(i))])));
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(await outbox.pendingBatches()).toBe(20);
  });

  it('writes batches that arrive together into one file, in order, and deletes it when all are acknowledged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outbox-'));
    const outbox = new Outbox(dir);
    const ids = await Promise.all(Array.from({ length: 20 }, (_, i) => outbox.put(`s${i}`, [article(String(i))])));
    const files = readdirSync(dir);
    // The first put is written alone; the 19 that queued behind it go out together.
    expect(files.length).toBeLessThan(20);
    const again = new Outbox(dir);
    expect((await again.peek(100)).map((batch) => batch.id)).toEqual(ids);
    await again.ack(ids.slice(0, 19));
    expect(await again.pendingBatches()).toBe(1);
    expect(readdirSync(dir).length).toBeGreaterThan(0);
    await again.ack(ids.slice(19));
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('reading ahead', () => {
  it('peeks only batches after a given one, so the next pull can start before the last is acknowledged', async () => {
    const outbox = new Outbox(mkdtempSync(join(tmpdir(), 'outbox-')));
    const a = await outbox.put('s', [article('1')]);
    const b = await outbox.put('s', [article('2')]);
    const c = await outbox.put('s', [article('3')]);
    expect((await outbox.peek(1, a)).map((batch) => batch.id)).toEqual([b]);
    expect((await outbox.peek(10, b)).map((batch) => batch.id)).toEqual([c]);
    expect(await outbox.peek(10, c)).toEqual([]);
  });
});

describe('pulls without parsing', () => {
  it('sizes a pull from the count at the head of each file, and its raw text is the batches as JSON', async () => {
    const outbox = new Outbox(mkdtempSync(join(tmpdir(), 'outbox-')));
    const a = await outbox.put('s', [article('1'), article('2')]);
    await outbox.put('s', [article('3')]);
    const raw = await outbox.peekRaw(2);
    const batches = JSON.parse(raw.text) as Array<{ id: string; count: number; articles: unknown[] }>;
    expect(batches.map((batch) => [batch.id, batch.count, batch.articles.length])).toEqual([[a, 2, 2]]);
  });

  it('still reads batch files written before they carried their count', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outbox-'));
    writeFileSync(join(dir, '000000000007-feed_x.json'), JSON.stringify({ id: '000000000007-feed_x', sourceId: 'feed:x', articles: [article('1'), article('2')] }));
    const outbox = new Outbox(dir);
    expect(await outbox.peek(1)).toEqual([expect.objectContaining({ id: '000000000007-feed_x', count: 2 })]);
    // Numbering continues after the old file.
    expect(await outbox.put('s', [article('3')])).toMatch(/^000000000008-/);
  });
});
