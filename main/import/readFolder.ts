import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isImportableName } from '../../shared/model';
import type { PickedFile } from '../host/hostHandlers';

/** Most files one folder import reads. */
export const MAX_FOLDER_FILES = 5000;

/**
 * The importable files in a folder and its subfolders (see
 * isImportableName), in name order, each named by its path inside the
 * folder. Hidden files and folders are passed over; so is anything past
 * MAX_FOLDER_FILES, which `skipped` counts.
 */
export async function readFolder(folder: string): Promise<{ files: PickedFile[]; skipped: number }> {
  const paths: string[] = [];
  let skipped = 0;
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && isImportableName(entry.name)) {
        if (paths.length < MAX_FOLDER_FILES) paths.push(path);
        else skipped++;
      }
    }
  };
  await walk(folder);
  const files = await Promise.all(paths.map(async (path) => ({ name: relative(folder, path), bytes: await readFile(path) })));
  return { files, skipped };
}
