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

async function main(): Promise<void> {
  const root = join(__dirname, '..', '..');
  const stories = readReutersStories(join(root, '..', 'shared', 'corpora', 'reuters21578'));
  const t0 = performance.now();
  const docs = buildSearchCorpus(COUNT, { seed: 1987, stories });
  const corpusSeconds = (performance.now() - t0) / 1000;
  const bodyBytes = docs.reduce((sum, d) => sum + d.body.length, 0);
  const queries = searchBenchQueries(docs, 7);

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
    for (let i = 0; i < docs.length; i += CHUNK) await page.evaluate((chunk) => window.bench.addDocs(chunk), docs.slice(i, i + CHUNK));
    const built = await page.evaluate(() => window.bench.build());
    const oursLatency = await page.evaluate(([q, r]) => window.bench.queries(q, r), [queries, ROUNDS] as const);
    const update = await page.evaluate(() => window.bench.update(100));
    const scanClasses = Object.fromEntries(Object.entries(queries).map(([k, v]) => [k, v.slice(0, 10)]));
    const scan = await page.evaluate(([q]) => window.bench.scan(q, 1), [scanClasses] as const);
    const mini = await page.evaluate(([n, q, r]) => window.bench.miniSearch(n, q, r), [Math.min(MINI_COUNT, COUNT), queries, ROUNDS] as const);
    const saved = await page.evaluate(() => window.bench.save());
    await page.evaluate(() => window.bench.clearDocs());

    // A fresh page: the saved index loaded, one query answered, timed from navigation start.
    await page.goto(`${origin}/?first=${encodeURIComponent('trade')}`);
    const first = await page.evaluate(() => window.firstQuery);
    if (!first) throw new Error('The page did not answer its first query.');
    // The JS heap after a full collection, from DevTools: performance.memory counts more than the live heap.
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heapUsage = await cdp.send('Runtime.getHeapUsage');

    const rows: BenchRow[] = [
      { measure: 'articles', value: COUNT, unit: '', note: `${stories ? 'seeded from Reuters-21578' : 'generated text'}; ${Math.round(bodyBytes / COUNT)} chars of body on average` },
      { measure: 'index build', value: built.ms / 1000, unit: 's', note: `${Math.round(COUNT / (built.ms / 1000))} articles/s; ${built.terms.toLocaleString()} terms` },
      { measure: 'ready after page load (saved index)', value: first.answeredMs, unit: 'ms', note: `read ${Math.round(first.loadedMs)} ms, loaded ${Math.round(first.indexMs - first.loadedMs)} ms, first answer ${Math.round(first.answeredMs - first.indexMs)} ms; phrases from ${Math.round(first.phraseMs)} ms` },
      { measure: 'saved index size', value: saved.bytes / 1024 / 1024, unit: 'MB', note: `${(saved.coreBytes / 1024 / 1024).toFixed(0)} MB read before the first answer; snapshot ${Math.round(saved.snapshotMs)} ms, IndexedDB write ${Math.round(saved.storeMs)} ms` },
      { measure: 'JS heap after load', value: heapUsage.usedSize / 1024 / 1024, unit: 'MB', digits: 0, note: `of ${Math.round(heapUsage.totalSize / 1024 / 1024)} MB allocated; the postings' typed arrays are outside it: ${Math.round(first.arrayBytes / 1024 / 1024)} MB` },
      { measure: 're-index 100 changed articles', value: update, unit: 'ms' },
    ];
    const sortedOf = (values: number[]) => [...values].sort((a, b) => a - b);
    for (const [name, values] of Object.entries(oursLatency)) {
      const s = sortedOf(values);
      const scanP50 = percentile(sortedOf(scan[name] ?? []), 50);
      const miniP95 = percentile(sortedOf(mini.mini[name] ?? []), 95);
      const oursSmallP95 = percentile(sortedOf(mini.ours[name] ?? []), 95);
      rows.push({
        measure: `${name}: p50 / p95 / p99`,
        value: percentile(s, 95),
        unit: 'ms p95',
        note: `p50 ${percentile(s, 50).toFixed(2)}, p99 ${percentile(s, 99).toFixed(2)}; scan p50 ${scanP50.toFixed(1)} ms (${(scanP50 / Math.max(percentile(s, 50), 0.001)).toFixed(0)}×); at ${mini.ours[name] ? Math.min(MINI_COUNT, COUNT) : 0}: MiniSearch p95 ${miniP95.toFixed(2)} ms vs ours ${oursSmallP95.toFixed(2)} ms (${(miniP95 / Math.max(oursSmallP95, 0.001)).toFixed(0)}×)`,
      });
    }
    rows.push({ measure: `MiniSearch build at ${Math.min(MINI_COUNT, COUNT)}`, value: mini.buildMs / 1000, unit: 's', note: `ours ${(mini.oursBuildMs / 1000).toFixed(2)} s at the same size` });
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
