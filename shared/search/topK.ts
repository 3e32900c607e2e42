import type { DocSet } from './docSets';

/** The k best documents by `key` (ties by `tie`), best first: a bounded min-heap, so a 100,000-match query sorts only k. */
export function topK(docs: DocSet, k: number, key: (at: number, doc: number) => number, tie: (doc: number) => number): Array<{ doc: number; score: number }> {
  const heap: Array<{ doc: number; score: number; tie: number }> = [];
  const less = (a: { score: number; tie: number }, b: { score: number; tie: number }) => a.score < b.score || (a.score === b.score && a.tie < b.tie);
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l] as { score: number; tie: number }, heap[m] as { score: number; tie: number })) m = l;
      if (r < heap.length && less(heap[r] as { score: number; tie: number }, heap[m] as { score: number; tie: number })) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m] as (typeof heap)[number], heap[i] as (typeof heap)[number]];
      i = m;
    }
  };
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] as number;
    const score = key(i, doc);
    // Most documents lose to the heap's weakest: they are turned away before anything is allocated for them.
    const weakest = heap[0];
    if (heap.length >= k && weakest && (score < weakest.score || (score === weakest.score && tie(doc) <= weakest.tie))) continue;
    const entry = { doc, score, tie: tie(doc) };
    if (heap.length < k) {
      heap.push(entry);
      for (let c = heap.length - 1; c > 0; ) {
        const parent = (c - 1) >>> 1;
        if (!less(heap[c] as (typeof heap)[number], heap[parent] as (typeof heap)[number])) break;
        [heap[c], heap[parent]] = [heap[parent] as (typeof heap)[number], heap[c] as (typeof heap)[number]];
        c = parent;
      }
    } else if (k > 0 && less(heap[0] as (typeof heap)[number], entry)) {
      heap[0] = entry;
      down(0);
    }
  }
  return heap.sort((a, b) => (less(a, b) ? 1 : less(b, a) ? -1 : 0)).map(({ doc, score }) => ({ doc, score }));
}
