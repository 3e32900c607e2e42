import { createHash } from 'node:crypto';
import type { ArchivableArticle } from '../../shared/model';
import { FeedError } from '../feeds/feedError';
import { feedItemToArticle } from '../feeds/feedItemToArticle';
import { htmlToText } from '../feeds/feedHtml';
import { parseFeed } from '../feeds/parseFeed';
import { downloadPictures } from '../images/downloadPictures';
import type { PictureStore } from '../images/pictureStore';
import { completeFromPages, isSummaryOnly } from '../pages/completeFromPage';
import { FetchError } from './fetchError';
import { hostOf } from './hostOf';
import { fetchFeed, retryAfterMs, type FetchOptions } from './httpFetch';
import { afterFailure, afterSuccess, maxAgeMinutes } from './nextAttempt';
import type { Outbox } from './outbox';
import type { SourceRecord } from './sourceStore';

/** Permanent errors in a row (404, 410, not a feed) before a source is paused. */
export const PAUSE_AFTER_PERMANENT_FAILURES = 3;
/** Item hashes kept per source, so items that drop out of a feed and come back are not resent. */
const ITEM_MEMORY = 5000;

export interface SyncOutcome {
  newCount: number;
  updatedCount: number;
  /** 'network' when the failure was the network's, not the source's. */
  result: 'ok' | 'unchanged' | 'failed' | 'network';
}

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/**
 * What changing means for an item: its headline, body, picture credits or
 * its own updated date. Fed to the hash piece by piece, so no copy of the
 * body is made for it.
 */
function itemHash(a: ArchivableArticle): string {
  const hash = createHash('sha256');
  for (const part of [a.headline, a.dek, a.updatedAt, ...a.images.flatMap((i) => [i.src, i.credit, i.caption])]) hash.update(JSON.stringify(part)).update('\u0000');
  return hash.update(a.bodyHtml).digest('hex');
}

function httpMessage(status: number, host: string): string {
  if (status === 404) return `The feed is not at this address any more (HTTP 404 from ${host}). Check the address, or find the site's new feed.`;
  if (status === 410) return `The site says this feed is gone for good (HTTP 410 from ${host}).`;
  if (status === 429) return `${host} asked Newsroom Reader to slow down (HTTP 429); it will wait before trying again.`;
  if (status === 401 || status === 403) return `${host} refused access to the feed (HTTP ${status}); it may need a login Newsroom Reader doesn't have.`;
  if (status >= 500) return `${host} had a problem of its own (HTTP ${status}); Newsroom Reader will try again later.`;
  return `${host} answered HTTP ${status} instead of the feed.`;
}

/**
 * Syncs one source: fetch (conditionally), parse unless the body is unchanged,
 * put new and changed items in the outbox, then record the new state. The
 * outbox write comes first, so a crash between the two only repeats work;
 * the archive's stable ids make a repeat harmless.
 */
export interface SyncSourceOptions {
  fetch: FetchOptions;
  backoffBaseMs: number;
  /** Where the pictures of new and changed items are downloaded to, before they go in the outbox. */
  pictures?: PictureStore | null;
  /** Fetch the pages of items whose feed gives only a summary (see completeFromPages). */
  fetchPages?: boolean;
}

export async function syncSource(record: SourceRecord, outbox: Outbox, options: SyncSourceOptions, now: () => number = Date.now): Promise<{ record: SourceRecord; outcome: SyncOutcome }> {
  const fetchOptions = options.fetch;
  const started = now();
  const next: SourceRecord = { ...record, lastAttemptAt: new Date(started).toISOString() };
  const host = hostOf(record.url);

  const fail = (message: string, failure: { permanent?: boolean; retryAfter?: number | null; network?: boolean } = {}) => {
    next.failures = record.failures + 1;
    next.permanentFailures = failure.permanent ? record.permanentFailures + 1 : 0;
    next.lastError = message;
    next.lastErrorAt = new Date(started).toISOString();
    if (next.permanentFailures >= PAUSE_AFTER_PERMANENT_FAILURES) {
      next.paused = true;
      next.pausedReason = `Paused after ${next.permanentFailures} failed attempts: ${message} Resume it when the feed is back.`;
      next.nextAttemptAt = null;
    } else {
      next.nextAttemptAt = new Date(afterFailure(started, next.failures, failure.retryAfter ?? null, options.backoffBaseMs)).toISOString();
    }
    return { record: next, outcome: { newCount: 0, updatedCount: 0, result: failure.network ? 'network' : 'failed' } as SyncOutcome };
  };

  let response;
  try {
    response = await fetchFeed(record.url, { ...fetchOptions, etag: record.etag, lastModified: record.lastModified });
  } catch (error) {
    if (error instanceof FetchError) return fail(error.message, { network: error.network, permanent: error.kind === 'bad-url' || error.kind === 'redirect' });
    throw error;
  }
  if (!response.notModified && (response.status < 200 || response.status >= 300)) {
    return fail(httpMessage(response.status, host), {
      permanent: response.status === 404 || response.status === 410,
      retryAfter: retryAfterMs(response.headers['retry-after'], started),
    });
  }

  // A permanent redirect moves the subscription to the new address.
  if (response.redirects.length > 0 && response.url !== record.url) next.url = response.url;
  const serverMin = maxAgeMinutes(response.headers['cache-control']);
  const succeed = (outcome: SyncOutcome) => {
    next.failures = 0;
    next.permanentFailures = 0;
    next.lastError = null;
    next.lastErrorAt = null;
    next.lastSuccessAt = new Date(started).toISOString();
    // A 304 may leave its validators out; the old ones still hold then.
    next.etag = response.headers.etag ?? record.etag;
    next.lastModified = response.headers['last-modified'] ?? record.lastModified;
    next.nextAttemptAt = new Date(afterSuccess(started, next.intervalMinutes, Math.max(serverMin ?? 0, next.serverMinIntervalMinutes ?? 0) || null)).toISOString();
    return { record: next, outcome };
  };

  if (response.notModified) return succeed({ newCount: 0, updatedCount: 0, result: 'unchanged' });
  const bodyHash = sha256(response.body);
  if (bodyHash === record.bodyHash) return succeed({ newCount: 0, updatedCount: 0, result: 'unchanged' });

  let feed;
  try {
    // HTML is sanitized by the renderer before it is stored (see withRawHtml), and
    // entity tags are left to tagging: both would otherwise set the pace of sync.
    feed = parseFeed(response.body, { contentType: response.headers['content-type'] ?? null, url: response.url, sanitize: false });
  } catch (error) {
    if (error instanceof FeedError) return fail(error.message, { permanent: error.kind !== 'malformed' });
    throw error;
  }
  if (record.title === record.url && feed.title) next.title = feed.title;
  next.siteUrl = feed.link ?? record.siteUrl;
  next.serverMinIntervalMinutes = feed.ttlMinutes;

  const fresh: ArchivableArticle[] = [];
  const summaryOnly = new Set<string>();
  let newCount = 0;
  let updatedCount = 0;
  // A Map keeps insertion order, which pruning relies on: the newest memories survive.
  const hashes = new Map(Object.entries(record.itemHashes));
  for (const item of feed.items) {
    const { bodyText: _plain, ...converted } = feedItemToArticle(item, feed, { id: record.id, name: next.title, kind: 'feed' }, { sanitize: false, entities: false, text: false });
    // The archive files synced articles under the subscription, whatever the feed calls itself.
    const article: ArchivableArticle = { ...converted, origin: { ...converted.origin, id: record.id } };
    const hash = itemHash(article);
    const known = hashes.get(article.id);
    if (known === hash) continue;
    if (known === undefined) newCount++;
    else updatedCount++;
    // Re-inserting moves the id to the end.
    hashes.delete(article.id);
    hashes.set(article.id, hash);
    fresh.push(article);
    // A long description is a story, whatever the feed calls it: only short ones are looked at.
    if (options.fetchPages && item.contentHtml === null && (item.summaryHtml?.length ?? 0) < 4000 && isSummaryOnly(false, htmlToText(item.summaryHtml ?? ''), item.link)) summaryOnly.add(article.id);
  }
  const ids = [...hashes.keys()];
  for (const id of ids.slice(0, Math.max(0, ids.length - ITEM_MEMORY))) hashes.delete(id);

  // The whole story and its pictures first: an article reaches the outbox complete, with the bytes it names already kept.
  const stories = summaryOnly.size > 0 ? await completeFromPages(fresh, (article) => summaryOnly.has(article.id), fetchOptions) : fresh;
  const delivered = options.pictures && stories.some((article) => article.images.length > 0) ? await downloadPictures(stories, options.pictures, fetchOptions) : stories;
  if (delivered.length > 0) await outbox.put(record.id, delivered);
  next.itemHashes = Object.fromEntries(hashes);
  next.bodyHash = bodyHash;
  return succeed({ newCount, updatedCount, result: 'ok' });
}
