import type { ArchivableArticle, Tag } from '../../shared/model';
import { mergePictures } from '../credits/mergePictures';
import { eachLimited } from '../host/eachLimited';
import { decodeText } from '../import/decodeText';
import { fetchFeed, type FetchOptions } from '../sync/httpFetch';
import { extractPage } from './extractPage';

/** A feed body shorter than this many words is a summary, and the story is fetched from its page. */
export const SUMMARY_WORDS = 120;
/** Largest article page read. */
const MAX_PAGE_BYTES = 5 * 1024 * 1024;
/** Pages fetched at once. */
const CONCURRENCY = 3;

const words = (text: string): number => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** True when a feed gives only a summary of the story at `url`: no full content, few words, a web page to fetch. */
export function isSummaryOnly(hasFullContent: boolean, summaryText: string, url: string | null): boolean {
  return !hasFullContent && url !== null && /^https?:\/\//i.test(url) && words(summaryText) < SUMMARY_WORDS;
}

/** The feed's article with what its page adds: the whole story, its pictures and credits, and what the feed left out. */
function completed(article: ArchivableArticle, page: ReturnType<typeof extractPage>): ArchivableArticle {
  const pageWords = words(page.bodyText);
  if (pageWords <= words(article.bodyHtml.replace(/<[^>]*>/g, ' '))) return article;
  const labels = new Set(article.tags.map((t) => t.label.toLowerCase()));
  const tags: Tag[] = [...article.tags, ...page.tags.filter((t) => t.kind === 'source' && !labels.has(t.label.toLowerCase()))];
  return {
    ...article,
    bodyHtml: page.bodyHtml,
    // The feed's summary, when it is not the story's opening, reads as the standfirst.
    dek: article.dek ?? page.dek,
    section: article.section ?? page.section,
    bylines: article.bylines.length > 0 ? article.bylines : page.bylines,
    publishedAt: article.publishedAt ?? page.publishedAt,
    updatedAt: article.updatedAt ?? page.updatedAt,
    language: article.language ?? page.language,
    images: mergePictures(article.images, page.images),
    tags,
  };
}

/**
 * Fetches the pages of articles whose feed gave only a summary and takes
 * the story from them (see extractPage). A page that can't be had or read
 * leaves its article as the feed gave it. Never throws.
 */
export async function completeFromPages(articles: ArchivableArticle[], needsPage: (article: ArchivableArticle) => boolean, fetch: FetchOptions): Promise<ArchivableArticle[]> {
  const out = [...articles];
  const todo = articles.flatMap((article, index) => (article.url && needsPage(article) ? [{ index, url: article.url }] : []));
  await eachLimited(todo, CONCURRENCY, async (job) => {
    try {
      const response = await fetchFeed(job.url, { ...fetch, maxBytes: MAX_PAGE_BYTES, accept: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1', etag: null, lastModified: null });
      if (response.status < 200 || response.status >= 300) return;
      const page = extractPage(decodeText(response.body, job.url), { url: response.url, name: response.url, entities: false });
      const article = out[job.index];
      if (article) out[job.index] = completed(article, page);
    } catch {
      // Unreachable, too large, or not a page: the feed's summary stands.
    }
  });
  return out;
}
