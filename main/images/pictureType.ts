import type { ArchivedPicture } from '../../shared/model';

/**
 * What kind of picture some bytes are, read from their first bytes, never
 * from the server's Content-Type or the file name: a page or a script served
 * as image/jpeg is not a picture. SVG is left out on purpose: it can carry
 * script.
 */
export function pictureType(bytes: Uint8Array): ArchivedPicture['type'] | null {
  const at = (i: number): number => bytes[i] ?? -1;
  const ascii = (from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to));
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'image/jpeg';
  if (at(0) === 0x89 && ascii(1, 4) === 'PNG') return 'image/png';
  if (ascii(0, 4) === 'GIF8') return 'image/gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (ascii(4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(8, 12))) return 'image/avif';
  return null;
}
