import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { appRoot } from '../host/appRoot';
import { startWebHost } from './webHost';

const DEFAULT_PORT = 5787;

function portFromArgs(argv: string[]): number {
  const index = argv.indexOf('--port');
  const raw = index >= 0 ? argv[index + 1] : process.env['NEWSROOM_PORT'];
  const port = raw === undefined ? DEFAULT_PORT : Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`"${raw ?? ''}" is not a port number. Pass --port with a number from 0 to 65535 (0 picks a free one).`);
  }
  return port;
}

/** --data DIR, NEWSROOM_DATA_DIR, or the XDG data folder, as desktop apps on Linux use. */
function dataDirFromArgs(argv: string[]): string {
  const index = argv.indexOf('--data');
  const explicit = index >= 0 ? argv[index + 1] : process.env['NEWSROOM_DATA_DIR'];
  if (explicit) return resolve(explicit);
  return join(process.env['XDG_DATA_HOME'] ?? join(homedir(), '.local', 'share'), 'newsroom-reader');
}

async function main(): Promise<void> {
  const root = appRoot();
  if (!existsSync(join(root, 'dist', 'renderer', 'index.html'))) {
    throw new Error('The renderer has not been built. Run "npm run build" first (npm run web does this for you).');
  }
  const host = await startWebHost({ root, port: portFromArgs(process.argv.slice(2)), dataDir: dataDirFromArgs(process.argv.slice(2)) });
  // Tests and scripts read this line to find the port.
  process.stdout.write(`Newsroom Reader (web) is running at ${host.url}\nOpen it in Chromium. Press Ctrl+C to stop.\n`);
  const stop = (): void => {
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  const message =
    code === 'EADDRINUSE'
      ? 'The port is already in use (is Newsroom Reader already running?). Pass --port 0 to pick a free port.'
      : error instanceof Error
        ? error.message
        : String(error);
  process.stderr.write(`newsroom web: ${message}\n`);
  process.exit(1);
});
