import type { SearchField } from './searchQuery';
import { stem } from './tokenize';
import { emptyPostings, type TermPostings } from './termPostings';

/** Each field's words live in their own part of the dictionary, behind a one-character mark. Plain text words have none. */
const FIELD_MARK: Record<SearchField, string> = {
  text: '',
  title: '\u0001',
  author: '\u0002',
  section: '\u0003',
  source: '\u0004',
  credit: '\u0005',
  tag: '\u0006',
  person: '\u0007',
  place: '\u0008',
  org: '\u000e',
  topic: '\u000f',
};

export const termKey = (field: SearchField, word: string): string => FIELD_MARK[field] + word;

/** New terms are kept unsorted until there are this many, then merged into the sorted list. */
const UNSORTED_MAX = 4096;

/**
 * Every term (a field's word) with its postings: by key, by stem (so talks
 * finds talk), and in sorted order (so a prefix is a range). Terms are never
 * removed; a term whose documents are all gone simply finds nothing.
 */
export class TermDictionary {
  readonly keys: string[] = [];
  readonly postings: TermPostings[] = [];
  private readonly ids = new Map<string, number>();
  private readonly stems = new Map<string, number[]>();
  private sorted: number[] = [];
  private unsorted: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  id(key: string): number | undefined {
    return this.ids.get(key);
  }

  /** The term's id, adding it when new. */
  ensure(field: SearchField, word: string): number {
    const key = termKey(field, word);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.add(key, emptyPostings());
      const stemKey = termKey(field, stem(word));
      const group = this.stems.get(stemKey);
      if (group) group.push(id);
      else this.stems.set(stemKey, [id]);
    }
    return id;
  }

  /** Terms with a word of the same stem in this field. */
  sameStem(field: SearchField, word: string): readonly number[] {
    return this.stems.get(termKey(field, stem(word))) ?? [];
  }

  /** Terms in this field whose word starts with `prefix`. */
  withPrefix(field: SearchField, prefix: string): number[] {
    this.settle();
    const low = termKey(field, prefix);
    const keys = this.keys;
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((keys[this.sorted[mid] as number] as string) < low) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < this.sorted.length; i++) {
      const id = this.sorted[i] as number;
      if (!(keys[id] as string).startsWith(low)) break;
      out.push(id);
    }
    for (const id of this.unsorted) if ((keys[id] as string).startsWith(low)) out.push(id);
    return out;
  }

  /** Adds a term with postings already built (a loaded index). */
  add(key: string, postings: TermPostings): number {
    const id = this.keys.length;
    this.keys.push(key);
    this.postings.push(postings);
    this.ids.set(key, id);
    this.unsorted.push(id);
    return id;
  }

  /** Rebuilds the stem groups after a load (they are derived, so not stored). */
  regroup(): void {
    this.stems.clear();
    this.keys.forEach((key, id) => {
      const mark = key.charCodeAt(0) < 0x20 ? key[0] as string : '';
      const stemKey = mark + stem(key.slice(mark.length));
      const group = this.stems.get(stemKey);
      if (group) group.push(id);
      else this.stems.set(stemKey, [id]);
    });
  }

  /** Sorts the terms added since the last call: done after a bulk build or a load, so the first prefix search does not pay for it. */
  settle(): void {
    if (this.unsorted.length < UNSORTED_MAX && this.sorted.length > 0) return;
    if (this.unsorted.length === 0) return;
    const keys = this.keys;
    const byKey = (a: number, b: number) => ((keys[a] as string) < (keys[b] as string) ? -1 : 1);
    this.unsorted.sort(byKey);
    // Two sorted runs merged: cheaper than sorting everything again.
    const merged: number[] = new Array<number>(this.sorted.length + this.unsorted.length);
    let i = 0;
    let j = 0;
    let n = 0;
    while (i < this.sorted.length && j < this.unsorted.length) merged[n++] = byKey(this.sorted[i] as number, this.unsorted[j] as number) < 0 ? (this.sorted[i++] as number) : (this.unsorted[j++] as number);
    while (i < this.sorted.length) merged[n++] = this.sorted[i++] as number;
    while (j < this.unsorted.length) merged[n++] = this.unsorted[j++] as number;
    this.sorted = merged;
    this.unsorted = [];
  }
}
