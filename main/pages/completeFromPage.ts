import type { ArchivableArticle } from '../../shared/model';
import { countWords, withPageStory } from '../../shared/story/withPageStory';
import { eachLimited } from '../host/eachLimited';
import { decodeText } from '../import/decodeText';
import { fetchFeed, type FetchOptions } from '../sync/httpFetch';
import { hostOf } from '../sync/hostOf';
import { extractPage } from './extractPage';

/** A feed body shorter than this many words is a summary, and the story is fetched from its page. */
export const SUMMARY_WORDS = 120;
/** Largest article page read. */
const MAX_PAGE_BYTES = 5 * 1024 * 1024;
/** Pages fetched at once. */
const CONCURRENCY = 3;

/** True when a feed gives only a summary of the story at `url`: no full content, few words, a web page to fetch. */
export function isSummaryOnly(hasFullContent: boolean, summaryText: string, url: string | null): boolean {
  return !hasFullContent && url !== null && /^https?:\/\//i.test(url) && countWords(summaryText) < SUMMARY_WORDS;
}

/** Why a page gave no story, in words for the person. */
export class PageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PageError';
  }
}

/**
 * Fetches an article's web page and extracts the story from it (see
 * extractPage), sanitized, without its plain text (the archive keeps HTML).
 * Throws FetchError when the page can't be had, PageError when it has no story.
 */
export async function fetchPageArticle(url: string, fetch: FetchOptions, options: { entities?: boolean } = {}): Promise<ArchivableArticle> {
  const response = await fetchFeed(url, { ...fetch, maxBytes: MAX_PAGE_BYTES, accept: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1', etag: null, lastModified: null });
  if (response.status < 200 || response.status >= 300) throw new PageError(`${hostOf(url)} answered HTTP ${response.status} for the article's page.`);
  const { bodyText, ...article } = extractPage(decodeText(response.body, url), { url: response.url, name: response.url, entities: options.entities ?? false });
  if (bodyText.trim() === '') throw new PageError(`No story could be found on the page at ${url} (it may need scripts, a login, or be an index of links).`);
  return article;
}

/**
 * Fetches the pages of articles whose feed gave only a summary and takes
 * the story from them (see withPageStory). A page that can't be had or read
 * leaves its article as the feed gave it. Never throws.
 */
export async function completeFromPages(articles: ArchivableArticle[], needsPage: (article: ArchivableArticle) => boolean, fetch: FetchOptions): Promise<ArchivableArticle[]> {
  const out = [...articles];
  const todo = articles.flatMap((article, index) => (article.url && needsPage(article) ? [{ index, url: article.url }] : []));
  await eachLimited(todo, CONCURRENCY, async (job) => {
    try {
      const page = await fetchPageArticle(job.url, fetch);
      const article = out[job.index];
      if (article) out[job.index] = withPageStory(article, page);
    } catch {
      // Unreachable, too large, or not a page: the feed's summary stands.
    }
  });
  return out;
}
