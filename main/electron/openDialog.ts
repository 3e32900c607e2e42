import { dialog, type BrowserWindow } from 'electron';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { IMPORTABLE_EXTENSIONS } from '../../shared/model';
import type { PickedFile } from '../host/hostHandlers';
import { readFolder } from '../import/readFolder';

/** The OS open dialog for articles, or for a folder of them; null when the person cancels. */
export async function pickArticleFiles(window: BrowserWindow | null, { folder }: { folder: boolean }): Promise<PickedFile[] | null> {
  const options: Electron.OpenDialogOptions = folder
    ? { title: 'Import a folder of articles', properties: ['openDirectory'] }
    : {
        title: 'Import articles',
        properties: ['openFile', 'multiSelections'],
        filters: [
          { name: 'Articles, pages, feeds and wire items', extensions: [...IMPORTABLE_EXTENSIONS] },
          { name: 'All files', extensions: ['*'] },
        ],
      };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const [first] = result.filePaths;
  if (result.canceled || first === undefined) return null;
  if (folder) return (await readFolder(first)).files;
  return Promise.all(result.filePaths.map(async (path) => ({ name: basename(path), bytes: await readFile(path) })));
}

/** The OS dialog for a folder to watch; its path, or null when the person cancels. */
export async function pickFolderPath(window: BrowserWindow | null): Promise<string | null> {
  const options: Electron.OpenDialogOptions = { title: 'Watch a folder for articles', properties: ['openDirectory', 'createDirectory'] };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
