import { readArticlesWithParts, type ArticleWithParts } from '../../archive/articlesWithParts';
import type { ArchiveDb } from '../../archive/db';
import { sanitizeForDisplay } from '../../security/sanitizeForDisplay';

/** What the reading pane shows of one article. */
export interface ArticleData extends ArticleWithParts {
  /** The body's HTML sanitized for display: worked out when idle after it is read ahead, else when first shown. */
  readonly body: string;
}

/** Articles kept as last read: the read-ahead either side of the cursor, with room to spare. */
const KEEP = 64;
/**
 * Read in one go ahead of the cursor, when fewer than LOW of the next are
 * read or being read. A read of half a dozen articles took 10–190 ms while j
 * was pressed; starting it six articles ahead, 2% of presses still reached an
 * article whose read was under way (and showed it a frame or two late).
 * Ten ahead, that went to one or two presses in 300.
 */
const AHEAD = 16;
const LOW = 10;
/** And behind it, for k. */
const BEHIND = 4;
const LOW_BEHIND = 2;

const cache = new Map<string, ArticleData>();
/** Reads under way, by article: asked again, an article joins its read instead of starting another. */
const reading = new Map<string, Promise<ArticleData | null>>();
/** Bodies waiting to be sanitized, one to a task (each call sanitizes one). */
const unsanitized: Array<() => string> = [];

function shown(parts: ArticleWithParts): ArticleData {
  let body: string | undefined;
  return {
    ...parts,
    get body() {
      return (body ??= sanitizeForDisplay(parts.article.bodyHtml));
    },
  };
}

function remember(id: string, data: ArticleData): void {
  cache.delete(id);
  cache.set(id, data);
  for (const key of cache.keys()) {
    if (cache.size <= KEEP) break;
    cache.delete(key);
  }
}

/**
 * Sanitizes read-ahead bodies (1–8 ms each) just after a frame, up to 4 ms
 * a frame, so neither the key that shows one nor the frame after a key waits
 * for them. Idle callbacks came too seldom while j was held and chained
 * timers are held 4 ms apart (half the bodies were still sanitized in the
 * key's task); a message posted at once ran ahead of the key's frame.
 */
const sanitizer = new MessageChannel();
sanitizer.port1.onmessage = () => {
  const start = performance.now();
  while (unsanitized.length > 0 && performance.now() - start < 4) unsanitized.shift()?.();
  if (unsanitized.length > 0) sanitizeSoon();
};
function sanitizeSoon(): void {
  // The message is handled after the frame's rendering, the task that ran the callback.
  requestAnimationFrame(() => sanitizer.port2.postMessage(null));
}

/** One article with its pictures, tags and earlier versions, read from the archive (null when it is gone). */
export async function loadArticleData(db: ArchiveDb, id: string): Promise<ArticleData | null> {
  const parts = (await readArticlesWithParts(db, [id])).get(id);
  if (!parts) return null;
  const data = shown(parts);
  remember(id, data);
  return data;
}

/**
 * The article as last read, for showing at once while the live query reads
 * it again: j shows the next article in the frame after the key, not two
 * archive round trips later. Filled by the read-ahead and by every load.
 */
export const cachedArticleData = (id: string): ArticleData | undefined => cache.get(id);

const held = (id: string): boolean => cache.has(id) || reading.has(id);

/** Reads these articles in one transaction, each joinable through `reading` until it is in the cache. */
function readTogether(db: ArchiveDb, ids: readonly string[]): void {
  if (ids.length === 0) return;
  const batch = readArticlesWithParts(db, ids).then((found) => {
    for (const [id, parts] of found) {
      const data = shown(parts);
      remember(id, data);
      unsanitized.push(() => data.body);
    }
    if (found.size > 0 && unsanitized.length === found.size) sanitizeSoon();
  });
  for (const id of ids) {
    const one = batch.then(() => cache.get(id) ?? null).finally(() => reading.delete(id));
    // Read ahead, nobody may be waiting for it: a failure is reported to whoever asks (readAhead), not as unhandled.
    one.catch(() => undefined);
    reading.set(id, one);
  }
}

/** The article from the read-ahead: as last read, or from the read under way, or read now. */
export function readAhead(db: ArchiveDb, id: string): Promise<ArticleData | null> {
  const cached = cache.get(id);
  if (cached) return Promise.resolve(cached);
  if (!reading.has(id)) readTogether(db, [id]);
  return reading.get(id) ?? Promise.resolve(null);
}

/**
 * Reads the articles either side of the cursor (-1: none yet, so the first ones) before they are asked for, in
 * batches: when fewer than LOW of the next are held, the next AHEAD are read
 * together, so holding j makes a read every six or so articles, well ahead.
 */
export function prefetchAround(db: ArchiveDb, rows: readonly string[], index: number): void {
  const ahead = rows.slice(index + 1, index + 1 + AHEAD);
  const behind = index > 0 ? rows.slice(Math.max(0, index - BEHIND), index).reverse() : [];
  const wanted = [...(ahead.slice(0, LOW).every(held) ? [] : ahead), ...(behind.slice(0, LOW_BEHIND).every(held) ? [] : behind)];
  readTogether(db, wanted.filter((id) => !held(id)));
}
