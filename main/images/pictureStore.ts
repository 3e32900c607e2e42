import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../sync/atomicWrite';

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Downloaded pictures in userData, one file per picture named by the SHA-256
 * of its bytes: the same picture in two articles is stored once, and the
 * bytes are kept exactly as they came (the credit lives inside them). The
 * renderer copies them into the archive; they wait here until it has.
 */
export class PictureStore {
  private ready: Promise<void> | null = null;

  constructor(private readonly dir: string) {}

  private init(): Promise<void> {
    this.ready ??= mkdir(this.dir, { recursive: true }).then(() => undefined);
    return this.ready;
  }

  /** Stores the bytes (durably: an article that names them may be acknowledged before they are copied) and gives their SHA-256. */
  async put(bytes: Uint8Array): Promise<string> {
    await this.init();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await writeFileAtomic(join(this.dir, sha256), bytes);
    return sha256;
  }

  /**
   * Deletes the pictures not in `keep` that were stored before `before`
   * (epoch ms): the renderer has long since copied them into the archive.
   * Returns how many went. A file that can't be looked at is left.
   */
  async sweep(keep: ReadonlySet<string>, before: number): Promise<number> {
    await this.init();
    let removed = 0;
    for (const name of await readdir(this.dir)) {
      if (!SHA256.test(name) || keep.has(name)) continue;
      const path = join(this.dir, name);
      const info = await stat(path).catch(() => null);
      if (info && info.mtimeMs < before && (await unlink(path).then(() => true, () => false))) removed++;
    }
    return removed;
  }

  /** The bytes of a stored picture, or null when there is none by that hash. */
  async get(sha256: string): Promise<Buffer | null> {
    if (!SHA256.test(sha256)) return null;
    await this.init();
    return readFile(join(this.dir, sha256)).catch(() => null);
  }
}
