/** Where a picture's credit was read from, so the reader can judge it. */
export type CreditSource =
  | 'text-credit-line'
  | 'media-rss'
  | 'ninjs'
  | 'json-ld'
  | 'figcaption'
  | 'iptc'
  | 'xmp'
  | 'exif';

export interface ArticleImage {
  /** The picture's URL; null when the source names a credit but carries no picture (pasted text). */
  src: string | null;
  caption: string | null;
  credit: string | null;
  creditSource: CreditSource | null;
  /** Other credits the sources gave for the same picture, kept when they disagree with the one shown. */
  otherCredits?: Array<{ credit: string; creditSource: CreditSource }>;
}

/** An image row in the archive. */
export interface ArchivedImage extends ArticleImage {
  id: string;
  articleId: string;
  /** Position in the article, lead image first. */
  position: number;
}
