import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFolder } from '../../../main/import/readFolder';
import { isImportableName } from '../../../shared/model';

describe('importing a folder', () => {
  it('takes the article files in it and its subfolders, named by their path, and passes over the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'folder-'));
    mkdirSync(join(dir, 'wire', 'day 2'), { recursive: true });
    mkdirSync(join(dir, '.cache'));
    for (const name of ['a.txt', 'wire/item.json', 'wire/day 2/page.html', 'wire/day 2/feed.rss', 'photo.jpg', 'notes.docx', '.hidden.txt', '.cache/x.txt']) writeFileSync(join(dir, name), 'x');
    const { files, skipped } = await readFolder(dir);
    expect(files.map((file) => file.name)).toEqual(['a.txt', join('wire', 'day 2', 'feed.rss'), join('wire', 'day 2', 'page.html'), join('wire', 'item.json')]);
    expect(skipped).toBe(0);
  });

  it('knows the kinds of file it reads', () => {
    expect(['story.TXT', 'page.htm', 'item.json', 'feed.atom', 'dir/feed.xml'].every(isImportableName)).toBe(true);
    expect(['photo.jpg', '.env', 'README', 'archive.zip'].some(isImportableName)).toBe(false);
  });
});
