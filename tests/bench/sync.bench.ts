import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { rssFeed, servesWithEtag, startFeedServer, type FixtureItem } from '../support/feedServer';
import { report } from './benchReport';
import { runSync, type SyncRunResult } from './syncRun';

/**
 * End-to-end sync throughput: 200 feeds × 50 items (~5 KB of text each) on a
 * loopback server, through the real web host (fetch, parse, outbox) into
 * the real renderer in Chromium (pull, IndexedDB write, ack). Then a second
 * sync with every feed unchanged (all 304s). The machine is shared and
 * noisy, so the whole thing runs BENCH_RUNS times (default 3) and the
 * table gives medians, with every run's throughput beside it.
 *
 * BENCH_FEEDS, BENCH_ITEMS and BENCH_CONCURRENCY change the load;
 * BENCH_PROFILE=dir writes CPU profiles of the last run; BENCH_CONSOLE=1
 * prints the outbox as each sync goes.
 */
const FEEDS = Number(process.env['BENCH_FEEDS'] ?? 200);
const ITEMS = Number(process.env['BENCH_ITEMS'] ?? 50);
const RUNS = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 3));
const root = join(__dirname, '../..');

const paragraph = (seed: number): string =>
  `Officials in the capital said on ${['Monday', 'Tuesday', 'Wednesday'][seed % 3] ?? 'Monday'} that talks over the exchange of prisoners would continue, ` +
  `while diplomats from both sides described the channel as irregular but open. The ministry declined to comment on reports number ${seed}. `;
const body = (seed: number): string => Array.from({ length: 20 }, (_, i) => `<p>${paragraph(seed + i)}</p>`).join('');

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

async function main(): Promise<void> {
  const server = await startFeedServer();
  const feedUrls: string[] = [];
  for (let f = 0; f < FEEDS; f++) {
    const items: FixtureItem[] = Array.from({ length: ITEMS }, (_, i) => ({ guid: `f${f}-i${i}`, title: `Feed ${f} story ${i}: talks continue`, body: body(f * ITEMS + i) }));
    const text = rssFeed(`Bench feed ${f}`, items);
    server.route(`/bench-${f}.xml`, servesWithEtag(() => text));
    feedUrls.push(server.url(`/bench-${f}.xml`));
  }
  const itemBytes = Buffer.byteLength(body(1));
  const profileDir = process.env['BENCH_PROFILE'];
  if (profileDir) mkdirSync(profileDir, { recursive: true });

  const total = FEEDS * ITEMS;
  const runs: SyncRunResult[] = [];
  for (let run = 0; run < RUNS; run++) {
    runs.push(
      await runSync({
        root,
        feedUrls,
        expectedArticles: total,
        concurrency: process.env['BENCH_CONCURRENCY'] ?? '8',
        ...(profileDir && run === RUNS - 1 ? { profileDir } : {}),
        trace: Boolean(process.env['BENCH_CONSOLE']),
      }),
    );
    process.stdout.write(`run ${run + 1}/${RUNS}: ${Math.round(total / (runs.at(-1)?.endToEnd ?? 1))} articles/s\n`);
  }
  await server.close();

  const of = (pick: (r: SyncRunResult) => number): number => median(runs.map(pick));
  const roles = [...new Set(runs.flatMap((r) => r.cpu.map(([role]) => role)))];
  const cpuOf = (role: string): number => of((r) => r.cpu.find(([name]) => name === role)?.[1] ?? 0);
  const throughputs = runs.map((r) => Math.round(total / r.endToEnd));
  report('sync', { feeds: FEEDS, itemsPerFeed: ITEMS, articles: total, itemTextBytes: itemBytes, runs: RUNS, throughputs }, [
    { measure: 'articles', value: total, unit: '', note: `${FEEDS} feeds × ${ITEMS} items, ~${Math.round(itemBytes / 1024)} KB text each` },
    { measure: 'first sync, end to end', value: of((r) => r.endToEnd), unit: 's', note: `median of ${RUNS}; OPML import → every article in Chromium IndexedDB` },
    { measure: 'throughput, end to end', value: total / of((r) => r.endToEnd), unit: 'articles/s', note: `target ≥ 3,000; runs: ${throughputs.join(', ')}` },
    { measure: 'host done (fetch+parse+outbox)', value: of((r) => r.hostDone), unit: 's' },
    { measure: 'batches still to deliver then', value: of((r) => r.waitingAtHostDone), unit: '', note: `of ${FEEDS}` },
    { measure: 'second sync, all 304', value: of((r) => r.unchangedSync), unit: 's', note: 'target < 1 s' },
    { measure: 'host peak RSS', value: Math.max(...runs.map((r) => r.hostPeakMb)), unit: 'MB' },
    { measure: 'renderer peak JS heap', value: Math.max(...runs.map((r) => r.rendererPeakHeapMb)), unit: 'MB' },
    ...roles.map((role) => ({ measure: `CPU, first sync: ${role}`, value: cpuOf(role), unit: 's', note: 'median' })),
  ]);
}

main().catch((error: unknown) => {
  process.stderr.write(`sync benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
