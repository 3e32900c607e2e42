import type { ArticleImage } from '../../shared/model';

/** Which family of feed the bytes were: RSS 0.9x/2.0, RSS 1.0 (RDF), Atom (1.0 or 0.3), JSON Feed. */
export type FeedFormat = 'rss2' | 'rss1' | 'atom' | 'json';

/** An RSS category, Atom category or JSON Feed tag. */
export interface FeedCategory {
  label: string;
  /** The machine term when the feed gives one apart from the label (Atom `term`). */
  code: string | null;
  /** RSS `domain`, Atom `scheme`. */
  scheme: string | null;
}

export interface FeedItem {
  guid: string | null;
  link: string | null;
  /** Plain text: markup in HTML titles is reduced to its text. */
  title: string | null;
  /** description / summary (sanitized HTML). */
  summaryHtml: string | null;
  /** content:encoded / atom:content / content_html (sanitized HTML). */
  contentHtml: string | null;
  /** ISO 8601, never invented. */
  publishedAt: string | null;
  /** ISO 8601, never invented. */
  updatedAt: string | null;
  /** dc:creator, author name(s). */
  authors: string[];
  categories: FeedCategory[];
  /** media:content / media:thumbnail / image enclosures, with media:credit → credit and media:description → caption. */
  images: ArticleImage[];
}

export interface ParsedFeed {
  format: FeedFormat;
  /** Plain text. */
  title: string | null;
  link: string | null;
  /** Plain text. */
  description: string | null;
  language: string | null;
  ttlMinutes: number | null;
  items: FeedItem[];
}
