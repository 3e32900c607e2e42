import type { NormalizedArticle, Tag } from '../../shared/model';
import { articleId } from '../import/articleId';
import { sanitizeArticleHtml } from '../sanitize/sanitizeArticleHtml';
import { extractEntities } from '../../shared/entities/entityTagger';
import { absolutizeUrls, htmlToParagraphs, htmlToText } from './feedHtml';
import type { FeedItem, ParsedFeed } from './feedTypes';
import { canonicalLink } from './feedUrls';

/** Where an item came from: a subscription (`feed`) or a feed file opened by hand (`file`). */
export interface FeedItemSource {
  id: string;
  name: string;
  kind: 'feed' | 'file';
}

const HEADLINE_WORDS = 12;

function headlineFrom(title: string | null, paragraphs: () => string[]): string {
  if (title !== null && title.trim() !== '') return title.trim();
  const words = paragraphs().join(' ').split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return 'Untitled item';
  return words.length > HEADLINE_WORDS ? `${words.slice(0, HEADLINE_WORDS).join(' ')}…` : words.join(' ');
}

/** RSS categories as source tags, one per label whatever its case. */
function sourceTags(item: FeedItem): Tag[] {
  const seen = new Set<string>();
  const tags: Tag[] = [];
  for (const category of item.categories) {
    const key = category.label.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    tags.push({ label: category.label, kind: 'source', code: category.code });
  }
  return tags;
}

/**
 * The standfirst: the summary as text when the item also has full content.
 * Many feeds' summary is just the content's opening cut short ("…", "[…]");
 * repeated above the body it reads as a stutter, so that gives no dek.
 */
function dekFrom(item: FeedItem, bodyText: () => string): string | null {
  if (item.contentHtml === null || item.summaryHtml === null) return null;
  const dek = htmlToText(item.summaryHtml);
  if (dek === '') return null;
  const opening = dek.replace(/\s*(?:\[(?:…|\.\.\.)\]|…|\.\.\.)\s*$/u, '').replace(/\s+/g, ' ');
  return bodyText().replace(/\s+/g, ' ').startsWith(opening) ? null : dek;
}

export interface FeedItemOptions {
  /** Sanitize the body here (default). Sync leaves it to the renderer, which sanitizes before storing. */
  sanitize?: boolean;
  /** Find people, places and organisations (default). Sync skips it: at ~10 ms an article it would set the pace. */
  entities?: boolean;
  /**
   * Give the body's plain text (default). Sync doesn't send it (the archive
   * keeps the HTML only), so it is then worked out only where the headline,
   * the standfirst or the id needs it.
   */
  text?: boolean;
}

/** One feed item as the archive's normalized article. */
export function feedItemToArticle(item: FeedItem, feed: ParsedFeed, source: FeedItemSource, options: FeedItemOptions = {}): NormalizedArticle {
  const body = item.contentHtml ?? item.summaryHtml ?? '';
  // Relative URLs the parser could not resolve (a file with no address) resolve here against the item's page.
  const absolute = body === '' ? '' : absolutizeUrls(body, item.link ?? feed.link);
  const bodyHtml = options.sanitize === false || absolute === '' ? absolute : sanitizeArticleHtml(absolute);
  let paragraphsOnce: string[] | null = null;
  const paragraphs = (): string[] => (paragraphsOnce ??= htmlToParagraphs(bodyHtml));
  const textOf = (): string => paragraphs().join('\n\n');
  const bodyText = options.text === false ? '' : textOf();
  const headline = headlineFrom(item.title, paragraphs);
  const dek = dekFrom(item, textOf);
  const id =
    item.guid !== null ? articleId('feed', source.id, item.guid)
    : item.link !== null ? articleId('link', canonicalLink(item.link))
    : articleId('hash', item.title ?? '', textOf());
  return {
    id,
    headline,
    dek,
    section: null,
    bylines: item.authors,
    publishedAt: item.publishedAt,
    updatedAt: item.updatedAt,
    url: item.link,
    language: feed.language,
    bodyText,
    bodyHtml,
    images: item.images,
    tags: [...sourceTags(item), ...(options.entities === false ? [] : extractEntities(dek === null ? paragraphs() : [dek, ...paragraphs()]))],
    origin: { kind: source.kind, name: source.name },
  };
}
