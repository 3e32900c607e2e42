import { createHash } from 'node:crypto';
import type { ArchivableArticle } from '../../shared/model';
import { FeedError } from '../feeds/feedError';
import { feedItemToArticle } from '../feeds/feedItemToArticle';
import { htmlToText } from '../feeds/feedHtml';
import { parseFeed } from '../feeds/parseFeed';
import type { PictureStore } from '../images/pictureStore';
import { isSummaryOnly } from '../pages/completeFromPage';
import { failedAttempt, succeededAttempt, type Failure, type SyncAttempt } from './attemptRecord';
import { deliverChanged } from './deliverChanged';
import { FetchError } from './fetchError';
import { hostOf } from './hostOf';
import { fetchFeed, retryAfterMs, type FetchOptions } from './httpFetch';
import { maxAgeMinutes } from './nextAttempt';
import { ninjsFeedArticles } from './ninjsFeed';
import type { Outbox } from './outbox';
import type { SourceRecord } from './sourceStore';
import { syncFolder } from './syncFolder';

function httpMessage(status: number, host: string): string {
  if (status === 404) return `The feed is not at this address any more (HTTP 404 from ${host}). Check the address, or find the site's new feed.`;
  if (status === 410) return `The site says this feed is gone for good (HTTP 410 from ${host}).`;
  if (status === 429) return `${host} asked Newsroom Reader to slow down (HTTP 429); it will wait before trying again.`;
  if (status === 401 || status === 403) return `${host} refused access to the feed (HTTP ${status}); it may need a login Newsroom Reader doesn't have.`;
  if (status >= 500) return `${host} had a problem of its own (HTTP ${status}); Newsroom Reader will try again later.`;
  return `${host} answered HTTP ${status} instead of the feed.`;
}

export interface SyncSourceOptions {
  fetch: FetchOptions;
  backoffBaseMs: number;
  /** Where the pictures of new and changed items are downloaded to, before they go in the outbox. */
  pictures?: PictureStore | null;
  /** Fetch the pages of items whose feed gives only a summary (see completeFromPages). */
  fetchPages?: boolean;
}

/** A long description is a story, whatever the feed calls it: only short ones are looked at. */
const SUMMARY_MAX_CHARS = 4000;

/**
 * Syncs one source: a watched folder (see syncFolder), or a feed: fetch
 * (conditionally), parse unless the body is unchanged, put new and changed
 * items in the outbox, then record the new state. The outbox write comes
 * first, so a crash between the two only repeats work; the archive's stable
 * ids make a repeat harmless.
 */
export async function syncSource(record: SourceRecord, outbox: Outbox, options: SyncSourceOptions, now: () => number = Date.now): Promise<SyncAttempt> {
  if (record.kind === 'folder') return syncFolder(record, outbox, options, now);
  const fetchOptions = options.fetch;
  const started = now();
  const next: SourceRecord = { ...record, lastAttemptAt: new Date(started).toISOString() };
  const host = hostOf(record.url);
  const fail = (message: string, failure: Failure = {}) => failedAttempt(record, next, started, message, failure, options.backoffBaseMs);

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
  // A 304 may leave its validators out; the old ones still hold then.
  next.etag = response.headers.etag ?? record.etag;
  next.lastModified = response.headers['last-modified'] ?? record.lastModified;
  const maxAge = maxAgeMinutes(response.headers['cache-control']);
  // The longer of what the server (Cache-Control) and the feed (RSS ttl) asked for.
  const serverMinutes = () => Math.max(maxAge ?? 0, next.serverMinIntervalMinutes ?? 0) || null;
  const unchanged = () => succeededAttempt(next, started, { newCount: 0, updatedCount: 0, result: 'unchanged' }, serverMinutes());

  if (response.notModified) return unchanged();
  const bodyHash = createHash('sha256').update(response.body).digest('hex');
  if (bodyHash === record.bodyHash) return unchanged();

  const articles: ArchivableArticle[] = [];
  const summaryOnly = new Set<string>();
  const ninjs = ninjsFeedArticles(response.body, response.headers['content-type'] ?? null, next.title);
  if (ninjs) {
    if (record.title === record.url && ninjs.title) next.title = ninjs.title;
    for (const { bodyText: _plain, ...article } of ninjs.articles) articles.push({ ...article, origin: { ...article.origin, id: record.id, name: next.title } });
  } else {
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
    for (const item of feed.items) {
      const { bodyText: _plain, ...converted } = feedItemToArticle(item, feed, { id: record.id, name: next.title, kind: 'feed' }, { sanitize: false, entities: false, text: false });
      // The archive files synced articles under the subscription, whatever the feed calls itself.
      const article: ArchivableArticle = { ...converted, origin: { ...converted.origin, id: record.id }, findNames: true };
      articles.push(article);
      if (item.contentHtml === null && (item.summaryHtml?.length ?? 0) < SUMMARY_MAX_CHARS && isSummaryOnly(false, htmlToText(item.summaryHtml ?? ''), item.link)) summaryOnly.add(article.id);
    }
  }

  const needsPage = (article: ArchivableArticle) => article.url !== null && (record.alwaysFetchPage || (options.fetchPages === true && summaryOnly.has(article.id)));
  const delivery = await deliverChanged(record.id, articles, record.itemHashes, outbox, options, needsPage);
  next.itemHashes = delivery.itemHashes;
  // Pictures to try again for: the next sync fetches and reads the items even if the feed has not changed.
  next.bodyHash = delivery.picturesPending ? null : bodyHash;
  if (delivery.picturesPending) {
    next.etag = null;
    next.lastModified = null;
  }
  return succeededAttempt(next, started, { newCount: delivery.newCount, updatedCount: delivery.updatedCount, result: 'ok' }, serverMinutes());
}
