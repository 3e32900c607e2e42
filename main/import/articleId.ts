import { createHash } from 'node:crypto';

/**
 * A stable id from what identifies an article in its source. The same input
 * always gives the same id, so importing a file twice replaces the article
 * instead of doubling it.
 */
export function articleId(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part.normalize('NFC')).update('\u0000');
  return hash.digest('hex').slice(0, 32);
}
