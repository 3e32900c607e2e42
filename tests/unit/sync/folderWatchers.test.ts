import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FolderWatchers } from '../../../main/sync/folderWatchers';
import { newSourceRecord } from '../../../main/sync/sourceStore';
import { Subscriptions, SubscriptionError } from '../../../main/sync/subscriptions';

const folderSource = (dir: string, paused = false) => ({ ...newSourceRecord(pathToFileURL(dir).toString(), 'Drop', null, '', 'folder'), paused });

/** Resolves with the ids the watchers report, once `count` have come. */
function collect(count: number): { watchers: FolderWatchers; seen: Promise<string[]> } {
  const ids: string[] = [];
  let done: (ids: string[]) => void = () => undefined;
  const seen = new Promise<string[]>((resolve) => (done = resolve));
  const watchers = new FolderWatchers((id) => {
    ids.push(id);
    if (ids.length === count) done(ids);
  }, 20);
  return { watchers, seen };
}

describe('watching folders', () => {
  it('reports a file dropped into a subfolder once the changes settle, for that source only', async () => {
    const a = mkdtempSync(join(tmpdir(), 'watch-a-'));
    const b = mkdtempSync(join(tmpdir(), 'watch-b-'));
    mkdirSync(join(a, 'deep'));
    const { watchers, seen } = collect(1);
    const [sourceA, sourceB] = [folderSource(a), folderSource(b)];
    watchers.update([sourceA, sourceB, newSourceRecord('https://feed.example/', 'Feed', null, '')]);
    for (let i = 0; i < 5; i++) writeFileSync(join(a, 'deep', `story-${i}.txt`), `Story ${i}`);
    expect(await seen).toEqual([sourceA.id]);
    watchers.close();
  });

  it('stops watching a paused or removed folder, and watches it again when resumed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'watch-paused-'));
    const other = mkdtempSync(join(tmpdir(), 'watch-live-'));
    const watchers = new FolderWatchers(() => undefined);
    const [paused, live] = [folderSource(dir), folderSource(other)];
    watchers.update([paused, live]);
    expect(watchers.watching().sort()).toEqual([paused.id, live.id].sort());
    watchers.update([{ ...paused, paused: true }, live]);
    expect(watchers.watching()).toEqual([live.id]);
    watchers.update([paused]);
    expect(watchers.watching()).toEqual([paused.id]);
    watchers.close();
    expect(watchers.watching()).toEqual([]);
  });

  it('refuses, in words, a path that is not a whole path, not there, or a file', async () => {
    const subscriptions = new Subscriptions(null as never, null as never, null as never, () => undefined);
    const file = join(mkdtempSync(join(tmpdir(), 'watch-file-')), 'a.txt');
    writeFileSync(file, 'x');
    await expect(subscriptions.watchFolder('wire/drops', null)).rejects.toThrow(/is not a full path/);
    await expect(subscriptions.watchFolder('/no/such/folder', null)).rejects.toThrow(/There is no folder at \/no\/such\/folder/);
    await expect(subscriptions.watchFolder(file, null)).rejects.toThrow(SubscriptionError);
    await expect(subscriptions.watchFolder(file, null)).rejects.toThrow(/is a file/);
  });
});
