import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isImportableName } from '../../shared/model';
import type { PickedFile } from '../host/hostHandlers';

/** Most files one folder import reads. */
export const MAX_FOLDER_FILES = 5000;

/** An importable file found in a folder, not yet read. */
export interface FolderEntry {
  /** Its path inside the folder. */
  name: string;
  size: number;
  mtimeMs: number;
  read(): Promise<Buffer>;
}

/**
 * The importable files in a folder and its subfolders (see
 * isImportableName), in name order, each named by its path inside the
 * folder, with its size and modification time. Hidden files and folders
 * are passed over; so is anything past MAX_FOLDER_FILES, which `skipped`
 * counts.
 */
export async function listFolder(folder: string): Promise<{ files: FolderEntry[]; skipped: number }> {
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
  const stats = await Promise.all(paths.map((path) => stat(path).catch(() => null)));
  const files = paths.flatMap((path, index) => {
    const info = stats[index];
    // Gone between the listing and the look: it is not there.
    return info ? [{ name: relative(folder, path), size: info.size, mtimeMs: info.mtimeMs, read: () => readFile(path) }] : [];
  });
  return { files, skipped };
}

/** listFolder's files, read. */
export async function readFolder(folder: string): Promise<{ files: PickedFile[]; skipped: number }> {
  const { files, skipped } = await listFolder(folder);
  return { files: await Promise.all(files.map(async (file) => ({ name: file.name, bytes: await file.read() }))), skipped };
}
