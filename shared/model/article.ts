import type { ArticleImage } from './articleImage';
import type { Tag } from './tag';
import type { WireInfo } from './wireInfo';

/** Where an article came into the archive from. */
export interface ArticleOrigin {
  /** What kind of importer produced it. */
  kind: 'file' | 'feed' | 'page' | 'ninjs';
  /** The file name or URL the person would recognise. */
  name: string;
  /** The subscription's id for synced articles; file imports are identified by name. */
  id?: string;
}

/**
 * An article as every importer produces it, before it is archived.
 * This is also exactly what `newsroom parse` prints.
 */
export interface NormalizedArticle {
  /** Stable id: the same input always gives the same id, so re-imports replace rather than duplicate. */
  id: string;
  headline: string;
  /** The standfirst: the sentence or two under the headline. */
  dek: string | null;
  section: string | null;
  bylines: string[];
  /** ISO 8601, or null when the source gives no date. Never invented. */
  publishedAt: string | null;
  /** ISO 8601, or null when the source gives no date. Never invented. */
  updatedAt: string | null;
  url: string | null;
  /** BCP 47 language tag when known (drives right-to-left layout later). */
  language: string | null;
  bodyText: string;
  /** Sanitized HTML: safe to store, and sanitized again before it is shown. */
  bodyHtml: string;
  images: ArticleImage[];
  tags: Tag[];
  origin: ArticleOrigin;
  /** For agency wire items (IPTC ninjs): status, urgency, slugline, version. */
  wire?: WireInfo;
}

/**
 * What the archive takes in: a normalized article less its plain text. The
 * archive keeps one copy of the body, the HTML; its text is derived where it
 * is needed. Sending and storing both nearly doubled what a sync moves
 * through the outbox, the WebSocket and IndexedDB (`npm run bench -- sync`).
 */
export type ArchivableArticle = Omit<NormalizedArticle, 'bodyText'> & {
  bodyText?: string;
  /**
   * Its people, places and organisations are still to be found: sync leaves
   * that out (the tagger reads ~100 articles a second against sync's
   * thousands), and the renderer finds them in the background.
   */
  findNames?: true;
};

/** An article as the archive keeps it: images and tags live in their own tables. */
export interface Article extends Omit<NormalizedArticle, 'images' | 'tags' | 'origin' | 'bodyText'> {
  /** The source it first came from. */
  sourceId: string;
  /** Every source it has come through: the same link in two feeds is one article. */
  sourceIds: string[];
  /**
   * Present (1) only when a source changed it after it was archived; the
   * earlier version is a Revision. Flags are left out rather than stored as
   * 0: IndexedDB keeps a record out of an index whose key it lacks, so these
   * indexes hold only the few flagged articles, and a new article is written
   * to two fewer indexes (a tenth of IndexedDB's write time, measured).
   */
  updated?: 1;
  /** When this copy entered the archive (ISO 8601), kept apart from the article's own dates. */
  importedAt: string;
  /** publishedAt, or importedAt when the article has no date: the list sorts by it. */
  sortDate: string;
  /** Present (1) only once it has been read; see `updated`. */
  read?: 1;
  /** Present (1) only while starred; see `updated`. */
  starred?: 1;
}
