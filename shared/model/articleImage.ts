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

/** A downloaded picture as the archive keeps it: its original bytes, addressed by their SHA-256. */
export interface ArchivedPicture {
  sha256: string;
  /** The media type read from the bytes themselves, not from what the server said. */
  type: 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp' | 'image/avif';
  bytes: number;
}

export interface ArticleImage {
  /** The picture's URL; null when the source names a credit but carries no picture (pasted text). */
  src: string | null;
  caption: string | null;
  credit: string | null;
  creditSource: CreditSource | null;
  /** The picture's own bytes, kept unchanged in the archive: present once it has been downloaded. */
  archived?: ArchivedPicture;
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
