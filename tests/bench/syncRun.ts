import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectHostClient } from './hostClient';
import { cpuBetween, cpuByRole } from './processCpu';
import { openRawChromium } from './rawChromium';

export interface SyncRunResult {
  /** OPML import → every article in Chromium's IndexedDB, seconds. */
  endToEnd: number;
  /** OPML import → the host has fetched, parsed and queued every feed, seconds. */
  hostDone: number;
  /** Batches the renderer had still to write when the host was done. */
  waitingAtHostDone: number;
  /** A second sync with every feed unchanged, seconds. */
  unchangedSync: number;
  hostPeakMb: number;
  rendererPeakHeapMb: number;
  /** CPU seconds by process during the first sync. */
  cpu: Array<[string, number]>;
}

export interface SyncRunOptions {
  root: string;
  feedUrls: string[];
  expectedArticles: number;
  concurrency: string;
  /** Where to write CPU profiles of the host and the renderer, if anywhere. */
  profileDir?: string;
  /** Print the outbox as the sync goes. */
  trace?: boolean;
}

/**
 * One first sync of the given feeds into a fresh archive, through the real
 * web host and the real renderer in Chromium (with its profile on disk, as
 * the app's archive is), then a second sync with nothing changed.
 */
export async function runSync(options: SyncRunOptions): Promise<SyncRunResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-sync-'));
  const { profileDir } = options;
  const host = spawn('node', [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), join(options.root, 'dist/main/web/webMain.cjs'), '--port', '0', '--data', dataDir], {
    // One loopback server stands in for 200 sites: the per-host politeness limits would otherwise serialize it.
    env: { ...process.env, NEWSROOM_SYNC_CONCURRENCY: options.concurrency, NEWSROOM_SYNC_PER_HOST: options.concurrency, NEWSROOM_SYNC_HOST_GAP_MS: '0', NEWSROOM_SYNC_TICK_MS: '600000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const killHost = (): void => void host.kill('SIGKILL');
  process.once('exit', killHost);
  const url = await new Promise<string>((resolve) => {
    let out = '';
    host.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running at (\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
  });
  const page = await openRawChromium(url);
  while (!(await page.evaluate<boolean>(`document.body?.innerText.includes('Host connected') ?? false`))) await new Promise((resolve) => setTimeout(resolve, 50));
  const client = await connectHostClient(url);
  const pending = async (): Promise<number> => ((await client.request('ackOutbox', { ids: [] })) as { pending: number }).pending;

  const rendererHeap: number[] = [];
  const sampler = setInterval(() => {
    page.evaluate<number>('performance.memory.usedJSHeapSize').then((v) => rendererHeap.push(v), () => undefined);
  }, 250);
  const opml = `<opml version="2.0"><body>${options.feedUrls.map((feed, f) => `<outline type="rss" text="Bench ${f}" xmlUrl="${feed}"/>`).join('')}</body></opml>`;
  if (profileDir) {
    await page.send('Profiler.enable');
    await page.send('Profiler.start');
  }
  const firstIdle = client.syncIdle();
  const cpuBefore = cpuByRole();
  const t0 = performance.now();
  await client.request('importOpml', { xml: opml });
  const tracer = options.trace
    ? setInterval(() => void pending().then((n) => process.stdout.write(`${((performance.now() - t0) / 1000).toFixed(1)} s: ${n} batches waiting\n`)), 200)
    : null;
  await firstIdle;
  const tHostDone = performance.now();
  const waitingAtHostDone = await pending();
  // The renderer acknowledges a batch only after its IndexedDB transaction has
  // committed, so an empty outbox means everything is archived. Asking the
  // host keeps the benchmark's own polling out of IndexedDB.
  while ((await pending()) > 0) await new Promise((resolve) => setTimeout(resolve, 20));
  const t1 = performance.now();
  if (tracer) clearInterval(tracer);
  const cpu = cpuBetween(cpuBefore, cpuByRole());
  const archived = await page.evaluate<number>(`new Promise((resolve) => {
    const open = indexedDB.open('newsroom-archive');
    open.onsuccess = () => { const request = open.result.transaction('articles').objectStore('articles').count(); request.onsuccess = () => { open.result.close(); resolve(request.result); }; };
  })`);
  if (archived !== options.expectedArticles) throw new Error(`Expected ${options.expectedArticles} articles in the archive, found ${archived}.`);
  if (profileDir) {
    const { profile } = (await page.send('Profiler.stop')) as { profile: unknown };
    writeFileSync(join(profileDir, 'renderer.cpuprofile'), JSON.stringify(profile));
  }

  const secondIdle = client.syncIdle();
  const t2 = performance.now();
  await client.request('syncNow', {});
  await secondIdle;
  const t3 = performance.now();
  clearInterval(sampler);

  const status = readFileSync(`/proc/${host.pid ?? 0}/status`, 'utf8');
  client.close();
  await page.close();
  host.kill('SIGTERM');
  await new Promise((resolve) => host.once('exit', resolve));
  process.off('exit', killHost);
  rmSync(dataDir, { recursive: true, force: true });
  return {
    endToEnd: (t1 - t0) / 1000,
    hostDone: (tHostDone - t0) / 1000,
    waitingAtHostDone,
    unchangedSync: (t3 - t2) / 1000,
    hostPeakMb: Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024,
    rendererPeakHeapMb: Math.max(0, ...rendererHeap) / 1024 / 1024,
    cpu,
  };
}
