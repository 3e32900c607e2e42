import type { HostApi } from '../../shared/host/contract';
import { PULL_PICTURES_MAX } from '../../shared/host/contractNames';
import type { ArchivableArticle, ArchivedPicture } from '../../shared/model';
import type { ArchiveDb } from './db';

/** Bytes from base64, without a string per byte. */
function fromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Copies into the archive the pictures these articles name that it does not
 * have yet, from main's picture store. Done before the articles are written
 * and acknowledged, so an article in the archive has its pictures with it.
 * A picture main no longer has is skipped: the reader shows a placeholder.
 */
export async function storePictures(db: ArchiveDb, host: Pick<HostApi, 'pullPictures'>, articles: ArchivableArticle[]): Promise<number> {
  const wanted = new Map<string, ArchivedPicture>();
  for (const article of articles) for (const image of article.images) if (image.archived) wanted.set(image.archived.sha256, image.archived);
  if (wanted.size === 0) return 0;
  const hashes = [...wanted.keys()];
  const have = await db.pictures.bulkGet(hashes);
  const missing = hashes.filter((_, i) => !have[i]);
  let stored = 0;
  for (let i = 0; i < missing.length; i += PULL_PICTURES_MAX) {
    const { pictures } = await host.pullPictures({ sha256s: missing.slice(i, i + PULL_PICTURES_MAX) });
    const rows = pictures.flatMap(({ sha256, base64 }) => {
      const picture = wanted.get(sha256);
      return picture ? [{ sha256, type: picture.type, blob: new Blob([fromBase64(base64)], { type: picture.type }) }] : [];
    });
    await db.pictures.bulkPut(rows);
    stored += rows.length;
  }
  return stored;
}

/** Object URLs for the archived pictures among these images, by SHA-256; the caller revokes them. */
export async function pictureUrls(db: ArchiveDb, sha256s: string[]): Promise<Map<string, string>> {
  const rows = sha256s.length > 0 ? await db.pictures.bulkGet(sha256s) : [];
  return new Map(rows.flatMap((row) => (row ? [[row.sha256, URL.createObjectURL(row.blob)] as [string, string]] : [])));
}
