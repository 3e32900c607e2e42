import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import type { ServerMessage } from '../../shared/host/wireMessages';
import { rssFeed, servesWithEtag, startFeedServer, type FixtureItem } from '../support/feedServer';
import { report } from './benchReport';
import { cpuBetween, cpuByRole } from './processCpu';
import { openRawChromium } from './rawChromium';

/**
 * End-to-end sync throughput: 200 feeds × 50 items (~5 KB of text each) on a
 * loopback server, through the real web host (fetch, parse, outbox) into
 * the real renderer in Chromium (pull, IndexedDB write, ack). Then a second
 * sync with every feed unchanged (all 304s).
 */
const FEEDS = Number(process.env['BENCH_FEEDS'] ?? 200);
const ITEMS = Number(process.env['BENCH_ITEMS'] ?? 50);
const root = join(__dirname, '../..');

const paragraph = (seed: number): string =>
  `Officials in the capital said on ${['Monday', 'Tuesday', 'Wednesday'][seed % 3] ?? 'Monday'} that talks over the exchange of prisoners would continue, ` +
  `while diplomats from both sides described the channel as irregular but open. The ministry declined to comment on reports number ${seed}. `;
const body = (seed: number): string => Array.from({ length: 20 }, (_, i) => `<p>${paragraph(seed + i)}</p>`).join('');

async function main(): Promise<void> {
  const server = await startFeedServer();
  for (let f = 0; f < FEEDS; f++) {
    const items: FixtureItem[] = Array.from({ length: ITEMS }, (_, i) => ({ guid: `f${f}-i${i}`, title: `Feed ${f} story ${i}: talks continue`, body: body(f * ITEMS + i) }));
    const text = rssFeed(`Bench feed ${f}`, items);
    server.route(`/bench-${f}.xml`, servesWithEtag(() => text));
  }
  const sample = rssFeed('x', [{ guid: 'x', title: 'x', body: body(1) }]);
  const itemBytes = Buffer.byteLength(body(1));

  const dataDir = mkdtempSync(join(tmpdir(), 'bench-sync-'));
  // BENCH_PROFILE=dir writes CPU profiles of the host and the renderer there, to see where the time goes.
  const profileDir = process.env['BENCH_PROFILE'];
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const host = spawn('node', [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), join(root, 'dist/main/web/webMain.cjs'), '--port', '0', '--data', dataDir], {
    env: { ...process.env, NEWSROOM_SYNC_CONCURRENCY: process.env['BENCH_CONCURRENCY'] ?? '8', NEWSROOM_SYNC_PER_HOST: process.env['BENCH_CONCURRENCY'] ?? '8', NEWSROOM_SYNC_HOST_GAP_MS: '0', NEWSROOM_SYNC_TICK_MS: '600000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve) => {
    let out = '';
    host.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running at (\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
  });
  // Whatever happens, leave no host or browser behind.
  const cleanUp = (): void => {
    host.kill('SIGKILL');
  };
  process.once('exit', cleanUp);
  const page = await openRawChromium(url);
  while (!(await page.evaluate<boolean>(`document.body?.innerText.includes('Host connected') ?? false`))) await new Promise((resolve) => setTimeout(resolve, 50));

  const origin = url.replace(/\/$/, '');
  const ws = new WebSocket(`${origin.replace('http', 'ws')}/host`, { origin });
  await new Promise((resolve) => ws.once('open', resolve));
  let nextId = 1;
  const listeners: Array<(m: ServerMessage) => void> = [];
  ws.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString()) as ServerMessage;
    for (const listener of listeners) listener(message);
  });
  const request = (name: string, input: unknown): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const listener = (m: ServerMessage): void => {
        if (m.type !== 'response' || m.id !== id) return;
        listeners.splice(listeners.indexOf(listener), 1);
        if (m.ok) resolve(m.output);
        else reject(new Error(m.error));
      };
      listeners.push(listener);
      ws.send(JSON.stringify({ type: 'request', id, name, input }));
    });
  const syncIdle = (): Promise<void> =>
    new Promise((resolve) => {
      const listener = (m: ServerMessage): void => {
        const payload = m.type === 'event' && m.name === 'syncProgress' ? (m.payload as { running: boolean; done: number; total: number }) : null;
        if (payload && !payload.running && payload.done === payload.total && payload.total > 0) {
          listeners.splice(listeners.indexOf(listener), 1);
          resolve();
        }
      };
      listeners.push(listener);
    });

  const rendererHeap: number[] = [];
  const sampler = setInterval(() => {
    page.evaluate<number>('performance.memory.usedJSHeapSize').then((v) => rendererHeap.push(v), () => undefined);
  }, 250);
  // One connection for the benchmark's own counting, kept open, so polling costs the app little.
  const archived = (): Promise<number> =>
    page.evaluate<number>(`new Promise((resolve) => {
      const ready = window.benchDb ? Promise.resolve(window.benchDb) : new Promise((done) => { const open = indexedDB.open('newsroom-archive'); open.onsuccess = () => done(open.result); });
      ready.then((db) => { window.benchDb = db; const request = db.transaction('articles').objectStore('articles').count(); request.onsuccess = () => resolve(request.result); });
    })`);

  const total = FEEDS * ITEMS;
  const opml = `<opml version="2.0"><body>${Array.from({ length: FEEDS }, (_, f) => `<outline type="rss" text="Bench ${f}" xmlUrl="${server.url(`/bench-${f}.xml`)}"/>`).join('')}</body></opml>`;
  if (profileDir) {
    await page.send('Profiler.enable');
    await page.send('Profiler.start');
  }
  const firstIdle = syncIdle();
  const cpuBefore = cpuByRole();
  const t0 = performance.now();
  await request('importOpml', { xml: opml });
  // BENCH_CONSOLE=1 prints how many batches wait in the outbox as the sync goes.
  const tracer = process.env['BENCH_CONSOLE']
    ? setInterval(() => {
        void request('ackOutbox', { ids: [] }).then((r) => process.stdout.write(`${((performance.now() - t0) / 1000).toFixed(1)} s: ${(r as { pending: number }).pending} batches waiting\n`));
      }, 200)
    : null;
  await firstIdle;
  const tFetched = performance.now();
  const waitingAtFetched = ((await request('ackOutbox', { ids: [] })) as { pending: number }).pending;
  // The renderer acknowledges a batch only after its IndexedDB transaction has
  // committed, so an empty outbox means everything is archived. Asking the
  // host keeps the benchmark's own polling out of IndexedDB.
  while (((await request('ackOutbox', { ids: [] })) as { pending: number }).pending > 0) await new Promise((resolve) => setTimeout(resolve, 20));
  const t1 = performance.now();
  if (tracer) clearInterval(tracer);
  const archivedCount = await archived();
  if (archivedCount !== total) throw new Error(`Expected ${total} articles in the archive, found ${archivedCount}.`);
  const cpuUsed = cpuBetween(cpuBefore, cpuByRole());
  if (profileDir) {
    const { profile } = (await page.send('Profiler.stop')) as { profile: unknown };
    writeFileSync(join(profileDir, 'renderer.cpuprofile'), JSON.stringify(profile));
  }

  const secondIdle = syncIdle();
  const t2 = performance.now();
  await request('syncNow', {});
  await secondIdle;
  const t3 = performance.now();
  clearInterval(sampler);

  const status = readFileSync(`/proc/${host.pid ?? 0}/status`, 'utf8');
  const hostPeakMb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  const end = (t1 - t0) / 1000;
  report('sync', { feeds: FEEDS, itemsPerFeed: ITEMS, articles: total, itemTextBytes: itemBytes, feedBytes: Buffer.byteLength(sample) }, [
    { measure: 'articles', value: total, unit: '', note: `${FEEDS} feeds × ${ITEMS} items, ~${Math.round(itemBytes / 1024)} KB text each` },
    { measure: 'first sync, end to end', value: end, unit: 's', note: 'OPML import → every article in Chromium IndexedDB' },
    { measure: 'throughput, end to end', value: total / end, unit: 'articles/s', note: 'target ≥ 3,000' },
    { measure: 'host done (fetch+parse+outbox)', value: (tFetched - t0) / 1000, unit: 's' },
    { measure: 'batches still to deliver then', value: waitingAtFetched, unit: '', note: `of ${FEEDS}, ${ITEMS} articles each` },
    { measure: 'second sync, all 304', value: (t3 - t2) / 1000, unit: 's', note: 'target < 1 s' },
    { measure: 'host peak RSS', value: hostPeakMb, unit: 'MB' },
    { measure: 'renderer peak JS heap', value: Math.max(0, ...rendererHeap) / 1024 / 1024, unit: 'MB' },
    ...cpuUsed.map(([role, seconds]) => ({ measure: `CPU, first sync: ${role}`, value: seconds, unit: 's' })),
  ]);
  ws.close();
  await page.close();
  host.kill('SIGTERM');
  await server.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`sync benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
