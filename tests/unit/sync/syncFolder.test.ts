import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Outbox } from '../../../main/sync/outbox';
import { newSourceRecord, type SourceRecord } from '../../../main/sync/sourceStore';
import { syncSource } from '../../../main/sync/syncSource';
import type { FetchOptions } from '../../../main/sync/httpFetch';

const fetch: FetchOptions = { userAgent: 'NewsroomReader/test', connectTimeoutMs: 2000, totalTimeoutMs: 3000, maxBytes: 5 * 1024 * 1024, maxRedirects: 3 };
const options = { fetch, backoffBaseMs: 60_000 };
const fixtures = join(__dirname, '..', '..', 'fixtures');
const SEED = join(fixtures, 'seed', '000_5991ad5017234ee2.txt');
const NINJS = join(fixtures, 'ninjs', 'examples', '1.4', 'ninjsExSimpleText1.json');

function watched(): { dir: string; record: SourceRecord; outbox: Outbox } {
  const dir = mkdtempSync(join(tmpdir(), 'watched-'));
  return { dir, record: newSourceRecord(pathToFileURL(dir).toString(), 'Drop box', null, new Date().toISOString(), 'folder'), outbox: new Outbox(mkdtempSync(join(tmpdir(), 'folder-outbox-'))) };
}

/** Everything in the outbox, then emptied. */
async function drain(outbox: Outbox) {
  const batches = await outbox.peek(10_000);
  await outbox.ack(batches.map((b) => b.id));
  return batches.flatMap((b) => b.articles);
}

describe('a watched folder', () => {
  it('imports every article file in it and its subfolders, filed under the folder source', async () => {
    const { dir, record, outbox } = watched();
    copyFileSync(SEED, join(dir, 'seed.txt'));
    mkdirSync(join(dir, 'wire'));
    copyFileSync(NINJS, join(dir, 'wire', 'item.json'));
    writeFileSync(join(dir, 'notes.docx'), 'not an article');
    const first = await syncSource(record, outbox, options);
    expect(first.outcome).toEqual({ newCount: 2, updatedCount: 0, result: 'ok' });
    expect(first.record.lastError).toBeNull();
    const articles = await drain(outbox);
    expect(articles.map((a) => a.origin.id)).toEqual([record.id, record.id]);
    expect(articles.map((a) => a.origin.kind).sort()).toEqual(['file', 'ninjs']);
    expect(Object.keys(first.record.fileStamps ?? {}).sort()).toEqual(['seed.txt', join('wire', 'item.json')]);
  });

  it('reads only what changed; a changed file is the same article, updated', async () => {
    const { dir, record, outbox } = watched();
    const path = join(dir, 'story.txt');
    copyFileSync(SEED, path);
    const first = await syncSource(record, outbox, options);
    const [original] = await drain(outbox);

    const again = await syncSource(first.record, outbox, options);
    expect(again.outcome).toEqual({ newCount: 0, updatedCount: 0, result: 'unchanged' });

    writeFileSync(path, readFileSync(path, 'utf8').replace('In an interview with Fox News', 'In a long interview with Fox News'));
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    const edited = await syncSource(again.record, outbox, options);
    expect(edited.outcome).toEqual({ newCount: 0, updatedCount: 1, result: 'ok' });
    const [updated] = await drain(outbox);
    expect(updated?.id).toBe(original?.id);
    expect(updated?.bodyHtml).not.toBe(original?.bodyHtml);
  });

  it('names a file it cannot read, imports the others, and forgets the problem once the file is fixed', async () => {
    const { dir, record, outbox } = watched();
    copyFileSync(SEED, join(dir, 'good.txt'));
    writeFileSync(join(dir, 'broken.json'), '{"uri": "urn:x", "headline": ');
    const first = await syncSource(record, outbox, options);
    expect(first.outcome.newCount).toBe(1);
    expect(first.record.failures).toBe(0);
    expect(first.record.lastError).toMatch(/"broken\.json" looks like JSON but could not be read/);
    expect(first.record.lastError).toMatch(/Fix or remove it/);

    // Unchanged, it is not read again, and the problem still shows.
    const second = await syncSource(first.record, outbox, options);
    expect(second.record.lastError).toMatch(/broken\.json/);

    copyFileSync(NINJS, join(dir, 'broken.json'));
    utimesSync(join(dir, 'broken.json'), new Date(), new Date(Date.now() + 5000));
    const fixed = await syncSource(second.record, outbox, options);
    expect(fixed.record.lastError).toBeNull();
    expect(fixed.outcome.newCount).toBe(1);
  });

  it('a folder that is gone fails in words, and pauses after repeated tries', async () => {
    const { dir, record, outbox } = watched();
    rmSync(dir, { recursive: true });
    let attempt = await syncSource(record, outbox, options);
    expect(attempt.outcome.result).toBe('failed');
    expect(attempt.record.lastError).toContain(`The folder ${dir} is not there`);
    for (let i = 0; i < 2; i++) attempt = await syncSource(attempt.record, outbox, options);
    expect(attempt.record.paused).toBe(true);
    expect(attempt.record.pausedReason).toMatch(/Resume it when the folder is back/);
  });
});
