import MiniSearch from 'minisearch';
import { attachPositions, loadIndex, snapshotIndex } from '../../../shared/search/indexSnapshot';
import { parseQuery } from '../../../shared/search/parseQuery';
import type { SearchDocument } from '../../../shared/search/searchDocument';
import { SearchIndex } from '../../../shared/search/searchIndex';
import { words } from '../../../shared/search/tokenize';
import { IndexStore } from '../../../renderer/search/indexStore';

/**
 * The search benchmark's page, run in Chromium by search.bench.ts: our
 * index, MiniSearch and a plain scan over the same documents and queries.
 * Everything is exposed on window.bench for the driver to call.
 */
declare global {
  interface Window {
    bench: typeof bench;
    firstQuery?: Promise<FirstQuery>;
  }
}

interface FirstQuery {
  loadedMs: number;
  indexMs: number;
  answeredMs: number;
  /** When the positions were attached and a phrase answered. */
  phraseMs: number;
  /** Bytes held in the index's typed arrays (outside the JS heap). */
  arrayBytes: number;
  documents: number;
  total: number;
  heapBytes: number;
}

let docs: SearchDocument[] = [];
let index = new SearchIndex();
let buildMs = 0;
const store = new IndexStore('newsroom-search-bench');

const time = (work: () => unknown): number => {
  const t0 = performance.now();
  work();
  return performance.now() - t0;
};

function heap(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
}

/** Runs of a query timed together: Chromium's clock moves in 0.1 ms steps, too coarse for one fast query. */
const REPEAT = 5;

/** Each query's latency in ms (the mean of `repeat` runs back to back), `rounds` times over: parse and search, as the worker does. */
function latencies(run: (query: string) => unknown, queries: string[], rounds: number, repeat = REPEAT): number[] {
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const query of queries) {
      out.push(
        time(() => {
          for (let k = 0; k < repeat; k++) run(query);
        }) / repeat,
      );
    }
  }
  return out;
}

const ours = (target: SearchIndex, typing: boolean) => (query: string) => target.search(parseQuery(query, { typing }).root, { limit: 20 });

const bench = {
  /** Indexes a chunk of articles as it arrives (the time summed into the build); `keep` holds their text for the references. */
  indexDocs(chunk: SearchDocument[], keep: boolean): number {
    buildMs += time(() => {
      for (const doc of chunk) index.add(doc);
    });
    if (keep) docs.push(...chunk);
    return index.liveCount;
  },
  clearDocs(): void {
    docs = [];
  },
  build(): { ms: number; documents: number; terms: number } {
    buildMs += time(() => index.dictionary.settle());
    return { ms: buildMs, documents: index.liveCount, terms: index.dictionary.size };
  },
  queries(byClass: Record<string, string[]>, rounds: number): Record<string, number[]> {
    const out: Record<string, number[]> = {};
    for (const [name, queries] of Object.entries(byClass)) out[name] = latencies(ours(index, name === 'prefix as you type'), queries, rounds);
    return out;
  },
  /** Hit counts, to check the three engines agree on simple queries. */
  totals(queries: string[]): number[] {
    return queries.map((q) => index.evaluate(parseQuery(q).root).length);
  },
  /** A plain scan: every document's folded text searched for every word of the query. */
  scan(byClass: Record<string, string[]>, rounds: number): Record<string, number[]> {
    const texts = docs.map((d) => words(`${d.headline} ${d.dek} ${d.tags.map((t) => t.label).join(' ')} ${d.body}`).join(' '));
    const out: Record<string, number[]> = {};
    for (const [name, queries] of Object.entries(byClass)) {
      out[name] = latencies(
        (query) => {
          const terms = words(query.replace(/\b[a-z]+:/g, ' ').replace(/\bOR\b/g, ' '));
          let n = 0;
          for (const text of texts) if (terms.every((t) => text.includes(t))) n++;
          return n;
        },
        queries,
        rounds,
      );
    }
    return out;
  },
  /** MiniSearch over the first `count` documents, and ours over the same, on the same queries. */
  miniSearch(count: number, byClass: Record<string, string[]>, rounds: number): { buildMs: number; oursBuildMs: number; mini: Record<string, number[]>; ours: Record<string, number[]> } {
    const subset = docs.slice(0, count);
    const mini = new MiniSearch<SearchDocument>({
      fields: ['headline', 'dek', 'body', 'tagText'],
      storeFields: [],
      extractField: (doc, field) => (field === 'tagText' ? doc.tags.map((t) => t.label).join(' ') : (doc as unknown as Record<string, string>)[field] ?? ''),
      searchOptions: { boost: { headline: 4, dek: 2, tagText: 2 }, combineWith: 'AND' },
    });
    const buildMs = time(() => mini.addAll(subset));
    const small = new SearchIndex();
    const oursBuildMs = time(() => {
      for (const doc of subset) small.add(doc);
      small.dictionary.settle();
    });
    const miniOut: Record<string, number[]> = {};
    const oursOut: Record<string, number[]> = {};
    for (const [name, queries] of Object.entries(byClass)) {
      const prefix = name === 'prefix as you type';
      // MiniSearch's slow queries at large sizes take a second each: once is enough to time them.
      miniOut[name] = latencies((q) => mini.search(q.replace(/["()]/g, ' '), { prefix }), queries, count > 20_000 ? 1 : rounds, count > 20_000 ? 1 : REPEAT);
      oursOut[name] = latencies(ours(small, prefix), queries, rounds);
    }
    return { buildMs, oursBuildMs, mini: miniOut, ours: oursOut };
  },
  /** 100 articles changed: each re-indexed (the old version dropped, the new added). */
  update(count: number): number {
    const changed = docs.slice(0, count).map((d) => ({ ...d, body: `${d.body} A late correction was added to this story.` }));
    return time(() => {
      for (const doc of changed) index.add(doc);
    });
  },
  /** Bytes in the index's typed arrays (outside the JS heap). */
  arrayBytes(): number {
    return arrayBytesOf(index);
  },
  /** Saves the index; a failure (too large for one IndexedDB value, say) comes back as words rather than thrown. */
  async save(): Promise<{ snapshotMs: number; storeMs: number; bytes: number; coreBytes: number } | { error: string }> {
    try {
      return await saveIndex();
    } catch (error) {
      const inner = (error as { inner?: Error }).inner;
      return { error: `${error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error'}${inner ? ` (${inner.name}: ${inner.message})` : ''}` };
    }
  },
  heap,
};

function arrayBytesOf(target: SearchIndex): number {
  return target.dictionary.postings.reduce((sum, p) => sum + p.docs.byteLength + p.tfs.byteLength + p.positions.byteLength + p.checkpoints.byteLength, 0) + target.dates.byteLength + target.flags.byteLength + target.lengths.byteLength + target.alive.byteLength;
}

async function saveIndex(): Promise<{ snapshotMs: number; storeMs: number; bytes: number; coreBytes: number }> {
  {
    let snapshot = snapshotIndex(index);
    const snapshotMs = time(() => (snapshot = snapshotIndex(index)));
    const { core, positions } = snapshot;
    const coreBytes = core.docGaps.byteLength + core.tfs.byteLength + core.counts.byteLength + core.dates.byteLength + core.flags.byteLength + core.lengths.byteLength + core.keys.length * 2 + core.ids.length * 2;
    const positionBytes = positions.positions.byteLength + positions.checkpoints.byteLength + positions.positionBytes.byteLength;
    const t0 = performance.now();
    await store.store({ snapshot: core, lastSeq: 0, savedAt: new Date().toISOString() }, positions);
    return { snapshotMs, storeMs: performance.now() - t0, bytes: coreBytes + positionBytes, coreBytes };
  }
}
window.bench = bench;

// Opened with ?first=QUERY: load the saved index and answer one query, timed from navigation start.
const first = new URLSearchParams(location.search).get('first');
if (first !== null) {
  window.firstQuery = (async (): Promise<FirstQuery> => {
    const saved = await store.load();
    const loadedMs = performance.now();
    if (!saved) throw new Error('No saved index: run the build first.');
    index = loadIndex(saved.snapshot);
    const indexMs = performance.now();
    const total = index.search(parseQuery(first, { typing: true }).root, { limit: 20 }).total;
    const answeredMs = performance.now();
    // As the worker does next: the positions, then a phrase.
    const positions = await store.loadPositions(saved.savedAt);
    if (positions) attachPositions(index, positions);
    index.search(parseQuery('"trade deficit"').root, { limit: 20 });
    const phraseMs = performance.now();
    const arrayBytes = arrayBytesOf(index);
    return { loadedMs, indexMs, answeredMs, phraseMs, arrayBytes, documents: index.liveCount, total, heapBytes: heap() };
  })();
}
