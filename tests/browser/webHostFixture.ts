import { test as base } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface WebHostProcess {
  url: string;
  port: number;
  dataDir: string;
  /** Stops the host process, as a person closing `npm run web` would. */
  stop(): Promise<void>;
}

export interface HostOptions {
  /** 0 for any free port; a fixed one lets a restarted host keep the page's origin. */
  port?: number;
  dataDir?: string;
  env?: Record<string, string>;
}

const root = join(__dirname, '../..');

/** Syncs quickly on loopback: tests wait for behaviour, not for a half-hour schedule. */
export const FAST_SYNC_ENV: Record<string, string> = {
  NEWSROOM_SYNC_TICK_MS: '200',
  NEWSROOM_SYNC_HOST_GAP_MS: '0',
  NEWSROOM_SYNC_PER_HOST: '4',
  NEWSROOM_SYNC_BACKOFF_MS: '1500',
  NEWSROOM_TOTAL_TIMEOUT_MS: '5000',
  // Test feeds link to news.example; tests that fetch pages turn this back on with their own loopback pages.
  NEWSROOM_FETCH_PAGES: '0',
};

/** Starts the built web host and waits for the line that gives its address. */
export function startHost(options: HostOptions = {}): Promise<WebHostProcess & { child: ChildProcess }> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'newsroom-web-data-'));
  return new Promise((resolve, reject) => {
    const child = spawn('node', [join(root, 'dist/main/web/webMain.cjs'), '--port', String(options.port ?? 0), '--data', dataDir], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...FAST_SYNC_ENV, ...options.env },
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:(\d+)\/)/.exec(out);
      if (match?.[1]) resolve({ url: match[1], port: Number(match[2]), dataDir, child, stop: () => stopChild(child) });
    });
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.once('exit', (code) => reject(new Error(`web host exited early with code ${code ?? 'null'}: ${out}`)));
  });
}

export function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve();
      return;
    }
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

export const test = base.extend<{ webHost: WebHostProcess }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  webHost: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
});

export { expect } from '@playwright/test';
export const fixturePath = (...parts: string[]): string => join(root, 'tests/fixtures', ...parts);
export const screenshotPath = (name: string): string => join(root, 'screenshots', `${name}.png`);
