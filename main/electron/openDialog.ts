import { dialog, type BrowserWindow } from 'electron';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { PickedFile } from '../host/hostHandlers';

/** The OS open dialog for articles; null when the person cancels. */
export async function pickArticleFiles(window: BrowserWindow | null): Promise<PickedFile[] | null> {
  const options: Electron.OpenDialogOptions = {
    title: 'Import articles',
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: 'Articles, feeds and wire items', extensions: ['txt', 'text', 'json', 'xml', 'rss', 'atom'] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  if (result.canceled || result.filePaths.length === 0) return null;
  return Promise.all(result.filePaths.map(async (path) => ({ name: basename(path), bytes: await readFile(path) })));
}
