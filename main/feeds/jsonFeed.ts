import type { ArticleImage } from '../../shared/model';
import { FeedError } from './feedError';
import { parseFeedDate } from './feedDates';
import { escapeHtml, sanitizeFeedHtml } from './feedHtml';
import { languageTag, uniqueNames } from './feedItemFields';
import type { FeedItem, ParsedFeed } from './feedTypes';
import { feedLink } from './feedUrls';

/** JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/). */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** Whether parsed JSON declares itself a JSON Feed. */
export function isJsonFeed(value: unknown): value is Json {
  return isObject(value) && typeof value['version'] === 'string' && /^https?:\/\/jsonfeed\.org\/version\/1(?:\.\d+)?\/?$/i.test(value['version']);
}

/** 1.1's `authors` array, or 1.0's single `author`. */
function authorsOf(object: Json): string[] {
  const list = Array.isArray(object['authors']) ? object['authors'] : isObject(object['author']) ? [object['author']] : [];
  return uniqueNames(list.map((author) => (isObject(author) ? str(author['name']) : null)));
}

function imagesOf(item: Json, base: string | null): ArticleImage[] {
  const sources = [str(item['image']), str(item['banner_image'])];
  if (Array.isArray(item['attachments'])) {
    for (const attachment of item['attachments']) {
      if (isObject(attachment) && typeof attachment['mime_type'] === 'string' && attachment['mime_type'].startsWith('image/')) sources.push(str(attachment['url']));
    }
  }
  const urls = [...new Set(sources.map((src) => (src === null ? null : feedLink(src, base))).filter((src): src is string => src !== null))];
  return urls.map((src) => ({ src, caption: null, credit: null, creditSource: null }));
}

function readItem(item: Json, feedAuthors: string[], base: string | null): FeedItem {
  const id = typeof item['id'] === 'number' ? String(item['id']) : str(item['id']);
  const link = feedLink(str(item['url']) ?? str(item['external_url']), base);
  const htmlBase = link ?? base;
  const contentHtml = str(item['content_html']);
  const contentText = str(item['content_text']);
  const summary = str(item['summary']);
  const authors = authorsOf(item);
  const title = str(item['title']);
  return {
    guid: id,
    link,
    title: title === null ? null : title.replace(/\s+/g, ' '),
    summaryHtml: summary === null ? null : escapeHtml(summary),
    contentHtml: contentHtml !== null ? sanitizeFeedHtml(contentHtml, htmlBase) || null : contentText !== null ? escapeHtml(contentText) : null,
    publishedAt: parseFeedDate(str(item['date_published'])),
    updatedAt: parseFeedDate(str(item['date_modified'])),
    authors: authors.length > 0 ? authors : feedAuthors,
    categories: (Array.isArray(item['tags']) ? item['tags'] : []).map(str).filter((tag): tag is string => tag !== null).map((label) => ({ label, code: null, scheme: null })),
    images: imagesOf(item, htmlBase),
  };
}

export function readJsonFeed(feed: Json, url: string | null): ParsedFeed {
  if (!Array.isArray(feed['items'])) {
    throw new FeedError('malformed', 'The JSON Feed has no "items" list, so there is nothing to read in it.');
  }
  const link = feedLink(str(feed['home_page_url']), url);
  const authors = authorsOf(feed);
  return {
    format: 'json',
    title: str(feed['title']),
    link,
    description: str(feed['description']),
    language: languageTag(str(feed['language'])),
    ttlMinutes: null,
    items: feed['items'].filter(isObject).map((item) => readItem(item, authors, url ?? link)),
  };
}
