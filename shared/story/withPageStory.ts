import type { ArchivableArticle, Tag } from '../model';
import { mergePictures } from './mergePictures';

/** Words in a text: runs of letters and digits, in any script. */
export const countWords = (text: string): number => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
/** Words in an HTML body, counted without its markup. */
export const wordsInHtml = (html: string): number => countWords(html.replace(/<[^>]*>/g, ' '));

/**
 * An article as a feed (or an earlier fetch) gave it, with what its web
 * page adds: the whole story, its pictures and credits, and what the
 * article left out. What the article already says stands; the page's body
 * replaces it only when the page has more of the story.
 */
export function withPageStory(article: ArchivableArticle, page: ArchivableArticle): ArchivableArticle {
  if (wordsInHtml(page.bodyHtml) <= wordsInHtml(article.bodyHtml)) return article;
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
