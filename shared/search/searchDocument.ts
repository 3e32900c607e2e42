/**
 * An article as the search index reads it: its text, the values filters
 * name, its date and flags. Built from the archive (renderer/search) or by
 * the benchmark's generator; the brute-force reference in the tests reads
 * the same shape.
 */
export interface SearchDocument {
  id: string;
  headline: string;
  dek: string;
  /** Plain text of the body. */
  body: string;
  tags: Array<{ label: string; kind: string; code: string | null; entity?: string }>;
  bylines: string[];
  section: string | null;
  /** The source's name. */
  source: string;
  /** Picture credit lines. */
  credits: string[];
  /** The article's sort date, epoch milliseconds. */
  date: number;
  unread: boolean;
  starred: boolean;
  updated: boolean;
  hasImage: boolean;
}
