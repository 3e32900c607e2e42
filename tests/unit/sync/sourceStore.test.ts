import { appendFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newSourceRecord, SourceStore, type SourceRecord } from '../../../main/sync/sourceStore';

const freshDir = (): string => mkdtempSync(join(tmpdir(), 'sources-'));
const record = (n: number, title = `Feed ${n}`): SourceRecord => ({ ...newSourceRecord(`https://feeds.example/${n}.xml`, title, null, '2026-11-28T10:00:00.000Z') });
const reopen = async (dir: string, compactAt?: number): Promise<SourceStore> => {
  const store = new SourceStore(dir, compactAt);
  await store.load();
  return store;
};

describe('the source store', () => {
  it('keeps every save across a restart, the last save of a source winning', async () => {
    const dir = freshDir();
    const store = await reopen(dir);
    await store.save(record(1));
    await store.save(record(2), { durable: false });
    await store.save({ ...record(1), title: 'Renamed' }, { durable: false });
    const again = await reopen(dir);
    expect(again.all().map((r) => r.title)).toEqual(['Feed 2', 'Renamed']);
  });

  it('writes a group of saves with one append, not a file each', async () => {
    const dir = freshDir();
    const store = await reopen(dir);
    await Promise.all(Array.from({ length: 50 }, (_, n) => store.save(record(n), { durable: false })));
    expect(readdirSync(dir)).toEqual(['journal.log']);
    expect(readFileSync(join(dir, 'journal.log'), 'utf8').trim().split('\n')).toHaveLength(50);
  });

  it('folds the journal into a file per source at start, and a newer journal line beats an older file', async () => {
    const dir = freshDir();
    await (await reopen(dir)).save(record(1, 'First'));
    const second = await reopen(dir);
    expect(readdirSync(dir).filter((name) => name.endsWith('.json'))).toHaveLength(1);
    expect(readFileSync(join(dir, 'journal.log'), 'utf8')).toBe('');
    await second.save(record(1, 'Second'), { durable: false });
    expect((await reopen(dir)).all().map((r) => r.title)).toEqual(['Second']);
  });

  it('a removed source stays removed after a restart, even with its old file still there', async () => {
    const dir = freshDir();
    await (await reopen(dir)).save(record(1));
    const store = await reopen(dir); // its file now exists
    const id = store.all()[0]?.id ?? '';
    expect(await store.remove(id)).toBe(true);
    expect((await reopen(dir)).all()).toEqual([]);
    expect(readdirSync(dir).filter((name) => name.endsWith('.json'))).toEqual([]);
  });

  it('skips a journal line torn by a crash, keeps the lines before it, and appends cleanly after', async () => {
    const dir = freshDir();
    const store = await reopen(dir);
    await store.save(record(1));
    appendFileSync(join(dir, 'journal.log'), '{"revision":99,"record":{"id":"feed:torn","ti');
    const again = await reopen(dir);
    expect(again.all().map((r) => r.title)).toEqual(['Feed 1']);
    await again.save(record(2));
    expect((await reopen(dir)).all().map((r) => r.title)).toEqual(['Feed 1', 'Feed 2']);
  });

  it('compacts when the journal grows, losing nothing saved during the compaction', async () => {
    const dir = freshDir();
    const store = await reopen(dir, 4_000);
    await Promise.all(Array.from({ length: 40 }, (_, n) => store.save(record(n % 10, `Feed ${n % 10} v${n}`), { durable: false })));
    expect(readFileSync(join(dir, 'journal.log'), 'utf8').length).toBeLessThan(40 * 300);
    const again = await reopen(dir);
    expect(again.all()).toHaveLength(10);
    for (let n = 0; n < 10; n++) expect(again.all().find((r) => r.url.endsWith(`/${n}.xml`))?.title).toBe(`Feed ${n} v${30 + n}`);
  });

  it('reads source files written before the journal, and skips one it cannot read', async () => {
    const dir = freshDir();
    const old = record(1, 'Old format');
    writeFileSync(join(dir, `${old.id.replace(/[^A-Za-z0-9_-]/g, '_')}.json`), JSON.stringify(old));
    writeFileSync(join(dir, 'broken.json'), '{ not json');
    expect((await reopen(dir)).all().map((r) => r.title)).toEqual(['Old format']);
  });
});
