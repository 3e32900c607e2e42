import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * The build's assets are named by their content (`index-Br7UrydI.js`): they
 * never change under one name, so the browser keeps them, and with them V8's
 * compiled code. Without it every start parsed and compiled the 1 MB bundle
 * again (`npm run bench -- ui`, list shown after load).
 */
const HASHED_ASSET = /^assets[/\\][^/\\]+-[\w-]{8}\.\w+$/;

/** Serves one file of the built renderer; anything outside `root` or missing is a 404. */
export async function serveStatic(root: string, urlPath: string, res: ServerResponse, headers: Record<string, string>): Promise<void> {
  const path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const relative = normalize(path === '/' ? '/index.html' : path).replace(/^([/\\])+/, '');
  const file = join(root, relative);
  if (!file.startsWith(root + sep)) {
    res.writeHead(404).end();
    return;
  }
  try {
    const body = await readFile(file);
    const caching = HASHED_ASSET.test(relative) ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {};
    res.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream', ...headers, ...caching });
    res.end(body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  }
}
