import { EMPTY, fromMarks, intersect, subtract, unionAll, type DocSet } from './docSets';
import { keepFollowed } from './keepFollowed';
import { topK } from './topK';
import { indexedFields } from './indexedFields';
import type { SearchDocument } from './searchDocument';
import type { QueryNode, SearchField, SearchFlag } from './searchQuery';
import { termKey, TermDictionary } from './termDictionary';
import { appendPosting, findPosting, newCursor, readPositions, type PositionCursor, type TermPostings } from './termPostings';

/** BM25's saturation and length normalisation, at their usual values. */
const K1 = 1.2;
const B = 0.75;
/** Words a prefix scores with, the most frequent first: it still matches every word it begins. */
const PREFIX_SCORED_TERMS = 6;
/** Prefixes this short have their matches cached. */
const SHORT_PREFIX = 2;

const FLAG_BITS: Record<SearchFlag, number> = { unread: 1, starred: 2, updated: 4, image: 8 };

export interface SearchHit {
  id: string;
  score: number;
  date: number;
}

export interface SearchOptions {
  limit: number;
  offset?: number;
  sort?: 'relevance' | 'date';
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
}

function grow<T extends Float64Array | Float32Array | Uint8Array>(array: T, size: number, make: (n: number) => T): T {
  if (size <= array.length) return array;
  const next = make(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}

/**
 * The full-text index over the archive: an inverted index of typed-array
 * postings per field (see TermPostings and TermDictionary), with each
 * document's date, flags and text length for filtering and BM25 ranking.
 * Documents are numbered as they are added; a changed or deleted article's
 * old number is only marked dead, and its postings skipped, until the index
 * is compacted (rebuilt from its live documents).
 */
export class SearchIndex {
  readonly dictionary = new TermDictionary();
  /** Article id by document number ('' once dead). */
  ids: string[] = [];
  private readonly numbers = new Map<string, number>();
  alive = new Uint8Array(1024);
  dates = new Float64Array(1024);
  flags = new Uint8Array(1024);
  lengths = new Float32Array(1024);
  liveCount = 0;
  totalLength = 0;
  /** A loaded index whose positions are still to come (see attachPositions): phrases and additions wait. */
  positionsPending = false;
  private universe: DocSet | null = null;
  /**
   * Documents matching the shortest prefixes (a letter or two, what the
   * first keystrokes ask for): they span much of the dictionary, and the
   * same few are asked for again and again. Dropped on any change.
   */
  private readonly prefixCache = new Map<string, DocSet>();

  get documentCount(): number {
    return this.ids.length;
  }

  has(id: string): boolean {
    return this.numbers.has(id);
  }

  /** Adds an article, or replaces the one with its id. */
  add(doc: SearchDocument): void {
    this.remove(doc.id);
    const n = this.ids.length;
    const size = n + 1;
    this.alive = grow(this.alive, size, (k) => new Uint8Array(k));
    this.dates = grow(this.dates, size, (k) => new Float64Array(k));
    this.flags = grow(this.flags, size, (k) => new Uint8Array(k));
    this.lengths = grow(this.lengths, size, (k) => new Float32Array(k));
    const { fields, textLength } = indexedFields(doc);
    for (const [field, words] of fields) {
      for (const [word, { tf, positions }] of words) appendPosting(this.dictionary.postings[this.dictionary.ensure(field, word)] as TermPostings, n, tf, positions);
    }
    this.ids.push(doc.id);
    this.numbers.set(doc.id, n);
    this.alive[n] = 1;
    this.dates[n] = doc.date;
    this.flags[n] = (doc.unread ? FLAG_BITS.unread : 0) | (doc.starred ? FLAG_BITS.starred : 0) | (doc.updated ? FLAG_BITS.updated : 0) | (doc.hasImage ? FLAG_BITS.image : 0);
    this.lengths[n] = textLength;
    this.liveCount++;
    this.totalLength += textLength;
    this.universe = null;
    this.prefixCache.clear();
  }

  remove(id: string): boolean {
    const n = this.numbers.get(id);
    if (n === undefined) return false;
    this.numbers.delete(id);
    this.alive[n] = 0;
    this.ids[n] = '';
    this.liveCount--;
    this.totalLength -= this.lengths[n] ?? 0;
    this.universe = null;
    this.prefixCache.clear();
    return true;
  }

  /** Share of document numbers that are dead: past a point, compacting pays. */
  get deadShare(): number {
    return this.ids.length === 0 ? 0 : 1 - this.liveCount / this.ids.length;
  }

  /** Registers a loaded document (see loadIndex). */
  restoreDocument(n: number, id: string): void {
    this.numbers.set(id, n);
  }

  search(root: QueryNode, options: SearchOptions): SearchResult {
    const matches = this.evaluate(root);
    const offset = options.offset ?? 0;
    const want = offset + options.limit;
    let ranked: Array<{ doc: number; score: number }>;
    if (options.sort === 'date') {
      ranked = topK(matches, want, (_, doc) => this.dates[doc] as number, () => 0);
    } else {
      const scores = this.score(root, matches);
      ranked = topK(matches, want, (i) => scores[i] as number, (doc) => this.dates[doc] as number);
    }
    const hits = ranked.slice(offset).map(({ doc, score }) => ({ id: this.ids[doc] as string, score, date: this.dates[doc] as number }));
    return { total: matches.length, hits };
  }

  /** The documents a query matches, ascending. */
  evaluate(node: QueryNode): DocSet {
    switch (node.type) {
      case 'all':
        return this.all();
      case 'word': {
        if (!node.prefix) return this.liveUnion(this.dictionary.sameStem(node.field, node.word));
        if (node.word.length > SHORT_PREFIX) return this.liveUnion(this.dictionary.withPrefix(node.field, node.word));
        const key = termKey(node.field, node.word);
        let docs = this.prefixCache.get(key);
        if (!docs) {
          docs = this.liveUnion(this.dictionary.withPrefix(node.field, node.word));
          this.prefixCache.set(key, docs);
        }
        return docs;
      }
      case 'phrase':
        return this.phrase(node.field, node.words);
      case 'date':
      case 'flag':
        return this.filterAll((doc) => this.passes(doc, node));
      case 'not':
        return subtract(this.all(), this.evaluate(node.child));
      case 'or':
        return unionAll(node.children.map((child) => this.evaluate(child)), this.ids.length);
      case 'and':
        return this.and(node.children);
    }
  }

  private and(children: readonly QueryNode[]): DocSet {
    // Word and phrase sets first, smallest first; then exclusions; then the cheap per-document tests on what is left.
    const sets: DocSet[] = [];
    const excluded: QueryNode[] = [];
    const tests: QueryNode[] = [];
    const phrases: Array<Extract<QueryNode, { type: 'phrase' }>> = [];
    for (const child of children) {
      if (child.type === 'all') continue;
      if (child.type === 'not') excluded.push(child.child);
      else if (child.type === 'date' || child.type === 'flag') tests.push(child);
      // Phrases are checked last, among what the rest leaves: checking positions is their cost.
      else if (child.type === 'phrase') phrases.push(child);
      else sets.push(this.evaluate(child));
    }
    if (sets.length === 0 && phrases.length > 0) sets.push(this.phrase((phrases[0] as (typeof phrases)[number]).field, (phrases.shift() as (typeof phrases)[number]).words));
    sets.sort((a, b) => a.length - b.length);
    let result: DocSet = sets.length > 0 ? (sets[0] as DocSet) : tests.length > 0 ? this.evaluate(tests.shift() as QueryNode) : this.all();
    for (const set of sets.slice(1)) {
      if (result.length === 0) return EMPTY;
      result = intersect(result, set);
    }
    // Date and flag tests look at each remaining document, rather than listing every document that passes.
    for (const test of tests) result = this.keep(result, test);
    for (const phrase of phrases) {
      if (result.length === 0) return EMPTY;
      result = this.phrase(phrase.field, phrase.words, result);
    }
    for (const node of excluded) {
      if (result.length === 0) break;
      result = subtract(result, this.evaluate(node));
    }
    return result;
  }

  private keep(docs: DocSet, test: QueryNode): DocSet {
    const out = new Uint32Array(docs.length);
    let n = 0;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i] as number;
      if (this.passes(doc, test)) out[n++] = doc;
    }
    return out.subarray(0, n);
  }

  private passes(doc: number, test: QueryNode): boolean {
    if (test.type === 'date') return (test.from === null || (this.dates[doc] as number) >= test.from) && (test.to === null || (this.dates[doc] as number) < test.to);
    if (test.type === 'flag') return ((this.flags[doc] as number) & FLAG_BITS[test.flag]) !== 0;
    return true;
  }

  private all(): DocSet {
    this.universe ??= this.filterAll(() => true);
    return this.universe;
  }

  private filterAll(test: (doc: number) => boolean): DocSet {
    const out = new Uint32Array(this.liveCount);
    let n = 0;
    for (let doc = 0; doc < this.ids.length; doc++) if (this.alive[doc] && test(doc)) out[n++] = doc;
    return out.subarray(0, n);
  }

  /** Live documents of one term: its postings as they are when nothing is dead (a view, never written to), else a filtered copy. */
  private liveDocs(term: number): DocSet {
    const p = this.dictionary.postings[term] as TermPostings;
    if (this.liveCount === this.ids.length) return p.docs.subarray(0, p.count);
    const out = new Uint32Array(p.count);
    let n = 0;
    for (let i = 0; i < p.count; i++) {
      const doc = p.docs[i] as number;
      if (this.alive[doc]) out[n++] = doc;
    }
    return out.subarray(0, n);
  }

  private liveUnion(terms: readonly number[]): DocSet {
    if (terms.length === 0) return EMPTY;
    if (terms.length === 1) return this.liveDocs(terms[0] as number);
    let total = 0;
    for (const term of terms) total += (this.dictionary.postings[term] as TermPostings).count;
    if (total * 16 < this.ids.length) {
      // A few rare words (talk, talks): sorting their documents beats a bitmap over the whole archive.
      const all = new Uint32Array(total);
      let n = 0;
      for (const term of terms) {
        const p = this.dictionary.postings[term] as TermPostings;
        for (let i = 0; i < p.count; i++) if (this.alive[p.docs[i] as number]) all[n++] = p.docs[i] as number;
      }
      const sorted = all.subarray(0, n).sort();
      let kept = 0;
      for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[kept++] = sorted[i] as number;
      return sorted.subarray(0, kept);
    }
    const marks = new Uint8Array(this.ids.length);
    for (const term of terms) {
      const p = this.dictionary.postings[term] as TermPostings;
      for (let i = 0; i < p.count; i++) marks[p.docs[i] as number] = 1;
    }
    for (let doc = 0; doc < marks.length; doc++) if (!this.alive[doc]) marks[doc] = 0;
    return fromMarks(marks, Math.min(total, this.ids.length));
  }

  /** Documents with the words in this order, one after another; only among `within` when given. */
  private phrase(field: SearchField, words: readonly string[], within: DocSet | null = null): DocSet {
    const terms: number[] = [];
    for (const word of words) {
      const id = this.dictionary.id(termKey(field, word));
      if (id === undefined) return EMPTY;
      terms.push(id);
    }
    // The rarest word first: it bounds the candidates, and its few positions are where the phrase can start.
    const order = terms.map((term, offset) => ({ term, offset, p: this.dictionary.postings[term] as TermPostings })).sort((a, b) => a.p.count - b.p.count);
    let candidates = within ?? this.liveDocs((order[0] as (typeof order)[number]).term);
    for (const { term } of order) {
      if (candidates.length === 0) return EMPTY;
      candidates = within && candidates.length * 8 < (this.dictionary.postings[term] as TermPostings).count ? this.restrictTo(candidates, term) : intersect(candidates, this.liveDocs(term));
    }
    if (terms.length === 1) return candidates;
    const cursors = order.map(() => 0);
    const readers = order.map(() => newCursor());
    // Scratch arrays reused across candidates: a phrase check allocates nothing per document.
    let buffer: Int32Array = new Int32Array(64);
    let starts: Int32Array = new Int32Array(64);
    const out = new Uint32Array(candidates.length);
    let n = 0;
    for (let c = 0; c < candidates.length; c++) {
      const doc = candidates[c] as number;
      let live = 0;
      for (let k = 0; k < order.length; k++) {
        const { p, offset } = order[k] as (typeof order)[number];
        const index = findPosting(p, doc, cursors[k]);
        cursors[k] = index;
        // After the first word, only positions up to the last possible start plus this word's place can help.
        const read = readPositions(p, index, readers[k] as PositionCursor, buffer, k === 0 ? Infinity : (starts[live - 1] as number) + offset);
        buffer = read.positions;
        if (k === 0) {
          if (starts.length < read.count) starts = new Int32Array(read.count * 2);
          for (let i = 0; i < read.count; i++) starts[i] = (buffer[i] as number) - offset;
          live = read.count;
        } else {
          live = keepFollowed(starts, live, buffer, read.count, offset);
        }
        if (live === 0) break;
      }
      if (live > 0) out[n++] = doc;
    }
    return out.subarray(0, n);
  }

  /** The documents of `docs` that have `term`, each looked up in its postings (for few documents and a long list). */
  private restrictTo(docs: DocSet, term: number): DocSet {
    const p = this.dictionary.postings[term] as TermPostings;
    const out = new Uint32Array(docs.length);
    let n = 0;
    let from = 0;
    for (let i = 0; i < docs.length; i++) {
      const index = findPosting(p, docs[i] as number, from);
      if (index >= 0) {
        out[n++] = docs[i] as number;
        from = index + 1;
      }
    }
    return out.subarray(0, n);
  }

  /** BM25 over the positive words of the text field, for the matched documents. */
  private score(root: QueryNode, matches: DocSet): Float32Array {
    // By position in `matches`: sized to the matches, not the archive, and several times faster than a Map.
    const scores = new Float32Array(matches.length);
    const terms = new Set<number>();
    collectScoringTerms(root, false, (node) => {
      if (node.type === 'word') {
        const ids = node.prefix ? this.dictionary.withPrefix('text', node.word) : this.dictionary.sameStem('text', node.word);
        const chosen = node.prefix ? [...ids].sort((a, b) => (this.dictionary.postings[b] as TermPostings).count - (this.dictionary.postings[a] as TermPostings).count).slice(0, PREFIX_SCORED_TERMS) : ids;
        for (const id of chosen) terms.add(id);
      } else {
        for (const word of node.words) {
          const id = this.dictionary.id(termKey('text', word));
          if (id !== undefined) terms.add(id);
        }
      }
    });
    if (terms.size === 0 || matches.length === 0) return scores;
    const average = this.totalLength / Math.max(1, this.liveCount);
    for (const term of terms) {
      const p = this.dictionary.postings[term] as TermPostings;
      const idf = Math.log(1 + (this.liveCount - p.count + 0.5) / (p.count + 0.5));
      const add = (at: number, doc: number, tf: number) => {
        const norm = K1 * (1 - B + (B * (this.lengths[doc] as number)) / average);
        scores[at] = (scores[at] as number) + (idf * tf * (K1 + 1)) / (tf + norm);
      };
      if (matches.length * 8 < p.count) {
        // Few matches, a long list: look each match up.
        let from = 0;
        for (let i = 0; i < matches.length; i++) {
          const index = findPosting(p, matches[i] as number, from);
          if (index >= 0) {
            add(i, matches[i] as number, p.tfs[index] as number);
            from = index + 1;
          }
        }
      } else {
        let j = 0;
        for (let i = 0; i < p.count && j < matches.length; i++) {
          const doc = p.docs[i] as number;
          while (j < matches.length && (matches[j] as number) < doc) j++;
          if (matches[j] === doc) add(j, doc, p.tfs[i] as number);
        }
      }
    }
    return scores;
  }
}

/** Calls `visit` with every word and phrase in the text field that is not excluded. */
function collectScoringTerms(node: QueryNode, negated: boolean, visit: (node: Extract<QueryNode, { type: 'word' | 'phrase' }>) => void): void {
  if (node.type === 'not') return collectScoringTerms(node.child, !negated, visit);
  if (node.type === 'and' || node.type === 'or') {
    for (const child of node.children) collectScoringTerms(child, negated, visit);
    return;
  }
  if ((node.type === 'word' || node.type === 'phrase') && node.field === 'text' && !negated) visit(node);
}
