import { describe, expect, it } from 'vitest';
import type { EmitEvent } from '../../../shared/host/contract';
import { dispatchRequest } from '../../../main/host/dispatchRequest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHostServices } from '../../../main/host/hostServices';

function handlers(opened: string[] = [], events: unknown[] = []) {
  const emit: EmitEvent = (name, payload) => events.push([name, payload]);
  return createHostServices({
    appInfo: { name: 'Newsroom Reader', version: '0.0.0-test', shell: 'web', nativeFileDialog: false },
    pickFiles: () => Promise.resolve(null),
    pickFolderPath: () => Promise.resolve(null),
    openInBrowser: (url) => {
      opened.push(url);
      return Promise.resolve(true);
    },
    emit,
  }, mkdtempSync(join(tmpdir(), 'newsroom-dispatch-')), () => true).handlers;
}

const base64 = (text: string): string => Buffer.from(text).toString('base64');

describe('the host boundary', () => {
  it('refuses unknown requests and malformed inputs with a message naming them', async () => {
    await expect(dispatchRequest(handlers(), 'deleteEverything', {})).rejects.toThrow(/"deleteEverything" was refused: there is no such request/);
    await expect(dispatchRequest(handlers(), 'parseImportFiles', { files: [] })).rejects.toThrow(/"parseImportFiles" was refused: files/);
    await expect(dispatchRequest(handlers(), 'parseImportFiles', { files: [{ name: 'a.txt' }] })).rejects.toThrow(/files\.0\.dataBase64/);
    await expect(dispatchRequest(handlers(), 'getAppInfo', { extra: true })).rejects.toThrow(/refused/);
  });

  it('parses files, one bad file never stopping the others, with progress events', async () => {
    const events: unknown[] = [];
    const result = await dispatchRequest(handlers([], events), 'parseImportFiles', {
      files: [
        { name: 'empty.txt', dataBase64: '' },
        { name: 'story.txt', dataBase64: base64('Headline Here\n\nA first paragraph of the story.') },
      ],
    });
    expect(result).toMatchObject({
      canceled: false,
      files: [
        { fileName: 'empty.txt', ok: false, error: expect.stringMatching(/"empty\.txt" is empty/) },
        { fileName: 'story.txt', ok: true, articles: [expect.objectContaining({ headline: 'Headline Here' })] },
      ],
    });
    expect(events).toEqual([
      ['importProgress', { done: 1, total: 2, fileName: 'empty.txt' }],
      ['importProgress', { done: 2, total: 2, fileName: 'story.txt' }],
    ]);
  });

  it('opens only http(s) links in the OS browser', async () => {
    const opened: string[] = [];
    const h = handlers(opened);
    expect(await dispatchRequest(h, 'openExternal', { url: 'https://example.org/a b' })).toEqual({ opened: true });
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'not a url']) {
      expect(await dispatchRequest(h, 'openExternal', { url })).toEqual({ opened: false });
    }
    expect(opened).toEqual(['https://example.org/a%20b']);
  });

  it('reports a cancelled dialog as cancelled, not as an error', async () => {
    expect(await dispatchRequest(handlers(), 'openImportDialog', {})).toEqual({ canceled: true, files: [] });
  });
});
