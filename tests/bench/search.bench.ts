import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { percentile, report, type BenchRow } from './benchReport';
import { buildSearchCorpus, readReutersStories, searchBenchQueries } from './searchCorpus';

/**
 * `npm run bench -- search`: the archive's full-text index in Chromium at
 * BENCH_SEARCH_COUNT articles (100,000 by default), seeded from the 21,578
 * Reuters stories in ../shared/corpora/reuters21578 (generated text when
 * that folder is absent). Build rate, time from page load to the first
 * answer with the saved index, latency per query class, the cost of
 * re-indexing 100 changed articles, heap; and the same queries against
 * MiniSearch (at BENCH_MINISEARCH_COUNT, 10,000 by default: it needs
 * minutes at 100,000) and a plain scan of the text.
 */
const COUNT = Number(process.env['BENCH_SEARCH_COUNT'] ?? 100_000);
const MINI_COUNT = Number(process.env['BENCH_MINISEARCH_COUNT'] ?? 10_000);
const ROUNDS = 3;
const CHUNK = 5000;
/** Articles the page keeps as text (for the scan, MiniSearch and the updates); past this the archive is only indexed, as a page can't hold a million stories' text. */
const KEPT = 100_000;

async function main(): Promise<void> {
  const root = join(__dirname, '..', '..');
  const stories = readReutersStories(join(root, '..', 'shared', 'corpora', 'reuters21578'));
  // The articles are made in chunks (each article's text depends only on its number), so a million never sit in memory at once.
  const chunkOf = (start: number) => buildSearchCorpus(Math.min(CHUNK, COUNT - start), { seed: 1987, stories, startId: start + 1 });
  const sample = buildSearchCorpus(Math.min(COUNT, KEPT), { seed: 1987, stories });
  const queries = searchBenchQueries(sample, 7);
  let bodyBytes = 0;

  const bundle = await build({ entryPoints: [join(__dirname, 'searchBench', 'benchPage.ts')], bundle: true, format: 'iife', platform: 'browser', write: false, minify: false, logLevel: 'warning' });
  const script = bundle.outputFiles[0]?.text ?? '';
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/bench.js')) res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
    else res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><meta charset="utf-8"><title>search bench</title><script src="/bench.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  // A profile on disk: IndexedDB as the app has it, not Playwright's in-memory default.
  const profile = mkdtempSync(join(tmpdir(), 'search-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-quic', '--no-sandbox', '--enable-precise-memory-info', '--js-flags=--expose-gc --max-old-space-size=8192'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(origin);
    let corpusMs = 0;
    for (let i = 0; i < COUNT; i += CHUNK) {
      const t0 = performance.now();
      const chunk = i < KEPT ? sample.slice(i, i + CHUNK) : chunkOf(i);
      corpusMs += performance.now() - t0;
      for (const doc of chunk) bodyBytes += doc.body.length;
      await page.evaluate(([docs, keep]) => window.bench.indexDocs(docs, keep), [chunk, i < KEPT] as const);
    }
    const corpusSeconds = corpusMs / 1000;
    const built = await page.evaluate(() => window.bench.build());
    // Past KEPT articles the references would be timed on a different archive than ours: left out.
    const references = COUNT <= KEPT;
    const oursLatency = await page.evaluate(([q, r]) => window.bench.queries(q, r), [queries, ROUNDS] as const);
    const update = await page.evaluate(() => window.bench.update(100));
    const scanClasses = Object.fromEntries(Object.entries(queries).map(([k, v]) => [k, v.slice(0, 10)]));
    const scan = references ? await page.evaluate(([q]) => window.bench.scan(q, 1), [scanClasses] as const) : {};
    const mini = references ? await page.evaluate(([n, q, r]) => window.bench.miniSearch(n, q, r), [Math.min(MINI_COUNT, COUNT), queries, ROUNDS] as const) : { buildMs: 0, oursBuildMs: 0, mini: {}, ours: {} };
    const saved = await page.evaluate(() => window.bench.save());
    await page.evaluate(() => window.bench.clearDocs());
    const builtArrayBytes = await page.evaluate(() => window.bench.arrayBytes());
    // The JS heap after a full collection, from DevTools: performance.memory counts more than the live heap.
    const liveHeap = async () => {
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const usage = await cdp.send('Runtime.getHeapUsage');
      await cdp.detach();
      return usage;
    };
    let heapUsage = await liveHeap();

    // A fresh page: the saved index loaded, one query answered, timed from navigation start.
    let first: Awaited<Window['firstQuery']> | null = null;
    if (!('error' in saved)) {
      await page.goto(`${origin}/?first=${encodeURIComponent('trade')}`);
      first = (await page.evaluate(() => window.firstQuery)) ?? null;
      if (!first) throw new Error('The page did not answer its first query.');
      heapUsage = await liveHeap();
    }
    const notSaved = 'error' in saved ? `not measured: the save failed: ${saved.error}` : '';

    const rows: BenchRow[] = [
      { measure: 'articles', value: COUNT, unit: '', note: `${stories ? 'seeded from Reuters-21578' : 'generated text'}; ${Math.round(bodyBytes / COUNT)} chars of body on average` },
      { measure: 'index build', value: built.ms / 1000, unit: 's', note: `${Math.round(COUNT / (built.ms / 1000))} articles/s; ${built.terms.toLocaleString()} terms` },
      first
        ? { measure: 'ready after page load (saved index)', value: first.answeredMs, unit: 'ms', note: `read ${Math.round(first.loadedMs)} ms, loaded ${Math.round(first.indexMs - first.loadedMs)} ms, first answer ${Math.round(first.answeredMs - first.indexMs)} ms; phrases from ${Math.round(first.phraseMs)} ms` }
        : { measure: 'ready after page load (saved index)', value: 0, unit: 'ms', note: notSaved },
      'error' in saved
        ? { measure: 'saved index size', value: 0, unit: 'MB', note: notSaved }
        : { measure: 'saved index size', value: saved.bytes / 1024 / 1024, unit: 'MB', note: `${(saved.coreBytes / 1024 / 1024).toFixed(0)} MB read before the first answer; snapshot ${Math.round(saved.snapshotMs)} ms, IndexedDB write ${Math.round(saved.storeMs)} ms` },
      { measure: first ? 'JS heap after load' : 'JS heap with the index built', value: heapUsage.usedSize / 1024 / 1024, unit: 'MB', digits: 0, note: `of ${Math.round(heapUsage.totalSize / 1024 / 1024)} MB allocated; the postings' typed arrays are outside it: ${Math.round((first?.arrayBytes ?? builtArrayBytes) / 1024 / 1024)} MB` },
      { measure: 're-index 100 changed articles', value: update, unit: 'ms' },
    ];
    const sortedOf = (values: number[]) => [...values].sort((a, b) => a - b);
    for (const [name, values] of Object.entries(oursLatency)) {
      const s = sortedOf(values);
      const scanP50 = percentile(sortedOf((scan)[name] ?? []), 50);
      const miniP95 = percentile(sortedOf((mini.mini)[name] ?? []), 95);
      const oursSmallP95 = percentile(sortedOf((mini.ours)[name] ?? []), 95);
      const compared = references ? `; scan p50 ${scanP50.toFixed(1)} ms (${(scanP50 / Math.max(percentile(s, 50), 0.001)).toFixed(0)}×); at ${Math.min(MINI_COUNT, COUNT)}: MiniSearch p95 ${miniP95.toFixed(2)} ms vs ours ${oursSmallP95.toFixed(2)} ms (${(miniP95 / Math.max(oursSmallP95, 0.001)).toFixed(0)}×)` : '';
      rows.push({ measure: `${name}: p50 / p95 / p99`, value: percentile(s, 95), unit: 'ms p95', note: `p50 ${percentile(s, 50).toFixed(2)}, p99 ${percentile(s, 99).toFixed(2)}${compared}` });
    }
    if (references) rows.push({ measure: `MiniSearch build at ${Math.min(MINI_COUNT, COUNT)}`, value: mini.buildMs / 1000, unit: 's', note: `ours ${(mini.oursBuildMs / 1000).toFixed(2)} s at the same size` });
    report('search', { count: COUNT, miniSearchCount: MINI_COUNT, rounds: ROUNDS, corpusSeconds, seeded: stories !== null, queries, latencies: oursLatency, scan, miniSearch: mini, first, built, saved }, rows);
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
