import { test as base } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface WebHostProcess {
  url: string;
  /** Stops the host process, as a person closing `npm run web` would. */
  stop(): Promise<void>;
}

const root = join(__dirname, '../..');

/** Starts the built web host on a free port and waits for the line that gives its address. */
function startHost(): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', [join(root, 'dist/main/web/webMain.cjs'), '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (match?.[1]) resolve({ url: match[1], child });
    });
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.once('exit', (code) => reject(new Error(`web host exited early with code ${code ?? 'null'}: ${out}`)));
  });
}

export const test = base.extend<{ webHost: WebHostProcess }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  webHost: async ({}, use) => {
    const { url, child } = await startHost();
    const stop = (): Promise<void> =>
      new Promise((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    await use({ url, stop });
    await stop();
  },
});

export { expect } from '@playwright/test';
export const fixturePath = (...parts: string[]): string => join(root, 'tests/fixtures', ...parts);
export const screenshotPath = (name: string): string => join(root, 'screenshots', `${name}.png`);
