import { createHash } from 'node:crypto';
import type { ArchivableArticle } from '../../shared/model';
import { downloadPictures } from '../images/downloadPictures';
import type { PictureStore } from '../images/pictureStore';
import { completeFromPages } from '../pages/completeFromPage';
import type { FetchOptions } from './httpFetch';
import type { Outbox } from './outbox';

/** Item hashes kept per source, so items that drop out of a feed and come back are not resent. */
const ITEM_MEMORY = 5000;
/** Syncs that try again for an item's pictures that could not be had (a server down, a timeout) before giving up on them. */
export const PICTURE_ATTEMPTS = 3;

/** The remembered hash of an item delivered with pictures missing: its hash and how many tries so far. */
const pendingMark = (hash: string, attempts: number): string => `${hash}#pictures-missing-${attempts}`;
function pendingAttempts(remembered: string | undefined, hash: string): number | null {
  if (!remembered?.startsWith(`${hash}#pictures-missing-`)) return null;
  return Number(remembered.slice(hash.length + '#pictures-missing-'.length)) || 0;
}

/**
 * What changing means for an item: its headline, body, picture credits or
 * its own updated date. Fed to the hash piece by piece, so no copy of the
 * body is made for it.
 */
function itemHash(a: ArchivableArticle): string {
  const hash = createHash('sha256');
  for (const part of [a.headline, a.dek, a.updatedAt, ...(a.wire ? [a.wire.version, a.wire.pubStatus] : []), ...a.images.flatMap((i) => [i.src, i.credit, i.caption])]) hash.update(JSON.stringify(part)).update('\u0000');
  return hash.update(a.bodyHtml).digest('hex');
}

export interface DeliveryOptions {
  fetch: FetchOptions;
  /** Where pictures are downloaded to; none, and they are left for later. */
  pictures?: PictureStore | null;
}

export interface Delivery {
  newCount: number;
  updatedCount: number;
  /** The source's item memory after this delivery. */
  itemHashes: Record<string, string>;
  /** Some delivered items still lack pictures to try again for: the next sync must look at the items even if the feed is unchanged. */
  picturesPending: boolean;
}

/**
 * Sends a source's new and changed articles to the outbox, complete: the
 * story fetched from its page where `needsPage` says so, and the pictures
 * downloaded. An article whose hash is what was last delivered is left out.
 */
export async function deliverChanged(
  sourceId: string,
  articles: ArchivableArticle[],
  known: Record<string, string>,
  outbox: Outbox,
  options: DeliveryOptions,
  needsPage: (article: ArchivableArticle) => boolean = () => false,
): Promise<Delivery> {
  const fresh: ArchivableArticle[] = [];
  const pageIds = new Set<string>();
  const hashOf = new Map<string, string>();
  const triesOf = new Map<string, number>();
  let newCount = 0;
  let updatedCount = 0;
  // A Map keeps insertion order, which pruning relies on: the newest memories survive.
  const hashes = new Map(Object.entries(known));
  for (const article of articles) {
    const hash = itemHash(article);
    const before = hashes.get(article.id);
    if (before === hash) continue;
    const tries = pendingAttempts(before, hash);
    // Unchanged, but sent before without some of its pictures: sent again for them, as neither new nor updated.
    if (tries !== null) triesOf.set(article.id, tries);
    else if (before === undefined) newCount++;
    else updatedCount++;
    hashOf.set(article.id, hash);
    // Re-inserting moves the id to the end.
    hashes.delete(article.id);
    hashes.set(article.id, hash);
    fresh.push(article);
    if (needsPage(article)) pageIds.add(article.id);
  }
  const ids = [...hashes.keys()];
  for (const id of ids.slice(0, Math.max(0, ids.length - ITEM_MEMORY))) hashes.delete(id);

  // The whole story and its pictures first: an article reaches the outbox complete, with the bytes it names already kept.
  const stories = pageIds.size > 0 ? await completeFromPages(fresh, (article) => pageIds.has(article.id), options.fetch) : fresh;
  const delivered = options.pictures && stories.some((article) => article.images.length > 0) ? await downloadPictures(stories, options.pictures, options.fetch) : stories;
  if (delivered.length > 0) await outbox.put(sourceId, delivered);
  let picturesPending = false;
  if (options.pictures) {
    for (const article of delivered) {
      const hash = hashOf.get(article.id);
      if (hash === undefined || !hashes.has(article.id) || !article.images.some((image) => image.src !== null && !image.archived)) continue;
      const tries = (triesOf.get(article.id) ?? 0) + 1;
      if (tries >= PICTURE_ATTEMPTS) continue;
      hashes.set(article.id, pendingMark(hash, tries));
      picturesPending = true;
    }
  }
  return { newCount, updatedCount, itemHashes: Object.fromEntries(hashes), picturesPending };
}
