/**
 * Which entries have a word starting with each typed word. The distinct
 * words are kept sorted, so the words a prefix reaches are one contiguous
 * run found by binary search; each word lists its entries.
 */
export class WordPrefixIndex {
  private readonly sorted: string[];
  private readonly entriesOf: number[][];

  constructor(entryWords: ReadonlyArray<readonly string[]>) {
    const byWord = new Map<string, number[]>();
    entryWords.forEach((list, entry) => {
      for (const word of new Set(list)) {
        const entries = byWord.get(word);
        if (entries) entries.push(entry);
        else byWord.set(word, [entry]);
      }
    });
    this.sorted = [...byWord.keys()].sort();
    this.entriesOf = this.sorted.map((word) => byWord.get(word) ?? []);
  }

  /** Entries with a word starting with `prefix`. */
  match(prefix: string): Set<number> {
    const out = new Set<number>();
    for (let i = this.lowerBound(prefix); i < this.sorted.length && (this.sorted[i] ?? '').startsWith(prefix); i++) {
      for (const entry of this.entriesOf[i] ?? []) out.add(entry);
    }
    return out;
  }

  /** Entries matching every prefix, the rarest first so the sets stay small. */
  matchAll(prefixes: readonly string[]): Set<number> {
    const sets = [...new Set(prefixes)].map((p) => this.match(p)).sort((a, b) => a.size - b.size);
    const [first, ...rest] = sets;
    if (!first) return new Set();
    if (rest.length === 0) return first;
    return new Set([...first].filter((entry) => rest.every((set) => set.has(entry))));
  }

  private lowerBound(prefix: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.sorted[mid] ?? '') < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
