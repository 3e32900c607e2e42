/**
 * A parsed search query. parseQuery (parseQuery.ts) makes it from
 * what the person typed; the index (and the brute-force reference in the
 * tests) evaluates it. Words in it are already folded (see tokenize.ts).
 */

/** Fields a filter can name. `text` is the article's searchable text: headline, standfirst, tags and body. */
export type SearchField =
  | 'text'
  | 'title'
  | 'author'
  | 'section'
  | 'source'
  | 'credit'
  /** Any tag's label or code. */
  | 'tag'
  | 'person'
  | 'place'
  | 'org'
  /** IPTC Media Topic: its label or its code ("medtop:04000000"). */
  | 'topic';

export type SearchFlag = 'unread' | 'starred' | 'updated' | 'image';

export type QueryNode =
  /** Every article (an empty query, or one made only of exclusions). */
  | { type: 'all' }
  | { type: 'and'; children: QueryNode[] }
  | { type: 'or'; children: QueryNode[] }
  | { type: 'not'; child: QueryNode }
  /**
   * One folded word in a field. Not a prefix: it matches any word with the
   * same stem (talks ↔ talk). A prefix (`talk*`, or the word still being
   * typed) matches every word that starts with it.
   */
  | { type: 'word'; field: SearchField; word: string; prefix: boolean }
  /** Folded words that must appear together, in this order, unstemmed. */
  | { type: 'phrase'; field: SearchField; words: string[] }
  /** Articles dated in [from, to): epoch milliseconds, either end open. */
  | { type: 'date'; from: number | null; to: number | null }
  | { type: 'flag'; flag: SearchFlag };

export interface ParsedQuery {
  root: QueryNode;
  /** The words and phrases to highlight, folded: every positive text term. */
  highlight: string[][];
  /** What was read differently from how it was typed, in words for the person ("unknown field "foo:" searched as text"). */
  notes: string[];
}
