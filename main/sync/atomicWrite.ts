import { open, rename, unlink } from 'node:fs/promises';

let counter = 0;

/**
 * Writes a file so that a crash at any instant leaves either the old file or
 * the new one, never a torn one: write a temporary file, flush it to disk,
 * then rename it over the target (rename is atomic on one filesystem).
 * `durable: false` skips the flush where losing the newest version to a
 * power cut is harmless (it only repeats work), and the flush would be the
 * slowest part.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, { durable = true }: { durable?: boolean } = {}): Promise<void> {
  const temp = `${path}.${process.pid}.${counter++}.tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(data);
    if (durable) await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
