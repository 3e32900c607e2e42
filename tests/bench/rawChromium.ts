import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';

export interface RawPage {
  /** Evaluates an expression in the page and returns its (awaited) value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Starts and stops the JS profiler of the page. */
  send(method: string, params?: Record<string, unknown>): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * Headless Chromium opened at `url`, driven over one bare DevTools
 * connection that enables nothing but Runtime. Playwright turns on the
 * Network domain for every page, which copies each WebSocket frame the app
 * receives into a DevTools event: for a sync that is the whole archive a
 * second time, through the browser process and the benchmark, and it
 * weighed on the figures (about 1 s of CPU in a 10,000-article run).
 */
export async function openRawChromium(url: string, executable = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'): Promise<RawPage> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const browser = spawn(
    executable,
    [
      '--headless',
      '--disable-gpu',
      '--disable-quic',
      '--no-sandbox',
      // As Playwright launches it: a headless page must not be throttled as a hidden one.
      '--disable-background-networking',
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
      '--disable-renderer-backgrounding',
      '--disable-ipc-flooding-protection',
      '--disable-field-trial-config',
      '--disable-component-update',
      '--disable-extensions',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      url,
    ],
    // Its own process group, so closing takes every helper process with it.
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const killAll = (signal: NodeJS.Signals): void => {
    try {
      process.kill(-(browser.pid ?? 0), signal);
    } catch {
      // Already gone.
    }
  };
  // Whatever happens to the benchmark, no browser is left behind.
  const onExit = (): void => killAll('SIGKILL');
  process.once('exit', onExit);
  const browserEndpoint = await new Promise<string>((resolve, reject) => {
    let err = '';
    browser.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (match?.[1]) resolve(match[1]);
    });
    browser.once('exit', (code) => reject(new Error(`Chromium exited (${String(code)}) before it was ready:\n${err}`)));
  });
  const http = browserEndpoint.replace(/^ws:\/\/([^/]+)\/.*$/, 'http://$1');
  let target: { type: string; url: string; webSocketDebuggerUrl: string } | undefined;
  while (!target) {
    const targets = (await (await fetch(`${http}/json/list`)).json()) as Array<{ type: string; url: string; webSocketDebuggerUrl: string }>;
    target = targets.find((t) => t.type === 'page' && t.url.startsWith(url.replace(/\/$/, '')));
    if (!target) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const socket = new WebSocket(target.webSocketDebuggerUrl, { perMessageDeflate: false, maxPayload: 256 * 1024 * 1024 });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  let nextId = 1;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  socket.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString()) as { id?: number; result?: unknown; error?: { message: string } };
    const entry = message.id === undefined ? undefined : waiting.get(message.id);
    if (!entry || message.id === undefined) return;
    waiting.delete(message.id);
    if (message.error) entry.reject(new Error(message.error.message));
    else entry.resolve(message.result);
  });
  const send = (method: string, params: Record<string, unknown> = {}): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      socket.send(JSON.stringify({ id, method, params }));
    });
  return {
    send,
    async evaluate<T>(expression: string): Promise<T> {
      const result = (await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })) as { result: { value: T }; exceptionDetails?: { text: string } };
      if (result.exceptionDetails) throw new Error(`In the page: ${result.exceptionDetails.text}`);
      return result.result.value;
    },
    async close() {
      socket.close();
      const exited = new Promise((resolve) => browser.once('exit', resolve));
      killAll('SIGTERM');
      await exited;
      // Helpers may outlive the browser by a moment; none may still be writing the profile.
      killAll('SIGKILL');
      process.off('exit', onExit);
      // Chromium's helpers may still be flushing the profile for a moment after the browser exits.
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}
