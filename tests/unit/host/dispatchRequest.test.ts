import { describe, expect, it } from 'vitest';
import { DEFAULT_KEYMAP, type Keymap } from '../../../shared/commands/keymap';
import type { EmitEvent } from '../../../shared/host/contract';
import { dispatchRequest } from '../../../main/host/dispatchRequest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHostServices } from '../../../main/host/hostServices';

/** What the stand-in desktop was asked to show. */
interface Shown {
  badges: number[];
  keymaps: Keymap[];
}

function handlers(opened: string[] = [], events: unknown[] = [], shown: Shown = { badges: [], keymaps: [] }) {
  const emit: EmitEvent = (name, payload) => events.push([name, payload]);
  return createHostServices({
    appInfo: { name: 'Newsroom Reader', version: '0.0.0-test', shell: 'web', nativeFileDialog: false },
    pickFiles: () => Promise.resolve(null),
    pickFolderPath: () => Promise.resolve(null),
    openInBrowser: (url) => {
      opened.push(url);
      return Promise.resolve(true);
    },
    setBadgeCount: (count) => shown.badges.push(count) > 0,
    showMenuKeys: (keymap) => shown.keymaps.push(keymap) > 0,
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

  it('passes a badge count on, and refuses one that is not a whole number from 0 to 1,000,000', async () => {
    const shown: Shown = { badges: [], keymaps: [] };
    const h = handlers([], [], shown);
    expect(await dispatchRequest(h, 'setBadgeCount', { count: 12 })).toEqual({ shown: true });
    expect(await dispatchRequest(h, 'setBadgeCount', { count: 0 })).toEqual({ shown: true });
    for (const count of [-1, 2.5, 1_000_001, '3', null]) {
      await expect(dispatchRequest(h, 'setBadgeCount', { count })).rejects.toThrow(/"setBadgeCount" was refused: count/);
    }
    await expect(dispatchRequest(h, 'setBadgeCount', { count: 1, extra: true })).rejects.toThrow(/refused/);
    expect(shown.badges).toEqual([12, 0]);
  });

  it('lays the menu keys over the defaults, keeping only bindings that parse', async () => {
    const shown: Shown = { badges: [], keymaps: [] };
    const h = handlers([], [], shown);
    expect(await dispatchRequest(h, 'setMenuKeys', { keys: { 'palette.open': ['ctrl+P'], 'list.next': ['Down', 'not a key'], 'sync.all': [] } })).toEqual({ applied: true });
    const [keymap] = shown.keymaps;
    expect(keymap?.['palette.open']).toEqual(['Mod+p']);
    expect(keymap?.['list.next']).toEqual(['ArrowDown']);
    expect(keymap?.['sync.all']).toEqual([]);
    // Commands left out keep their defaults.
    expect(keymap?.['import.open']).toEqual(DEFAULT_KEYMAP['import.open']);
  });

  it('refuses menu keys for a command that does not exist, or too many or too long', async () => {
    const h = handlers();
    await expect(dispatchRequest(h, 'setMenuKeys', { keys: { 'no.such.command': ['j'] } })).rejects.toThrow(/"setMenuKeys" was refused: keys/);
    await expect(dispatchRequest(h, 'setMenuKeys', { keys: { 'list.next': ['a', 'b', 'c', 'd', 'e'] } })).rejects.toThrow(/refused: keys\.list\.next/);
    await expect(dispatchRequest(h, 'setMenuKeys', { keys: { 'list.next': ['x'.repeat(41)] } })).rejects.toThrow(/refused/);
    await expect(dispatchRequest(h, 'setMenuKeys', { keys: { 'list.next': 'j' } })).rejects.toThrow(/refused/);
  });
});
