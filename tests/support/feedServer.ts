import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface FeedServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  url(path: string): string;
  /** Sets (or replaces) what a path serves. */
  route(path: string, handler: Route): void;
  /** Every request seen, in order. */
  requests: Array<{ path: string; headers: IncomingMessage['headers']; at: number }>;
  /** Most requests to one path that were open at the same time. */
  maxConcurrent(): number;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 for sync tests and benchmarks: each path does what the test says. */
export async function startFeedServer(port = 0): Promise<FeedServer> {
  const routes = new Map<string, Route>();
  const requests: FeedServer['requests'] = [];
  let open = 0;
  let peak = 0;
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push({ path, headers: req.headers, at: Date.now() });
    open++;
    peak = Math.max(peak, open);
    res.on('close', () => open--);
    const route = routes.get(path);
    if (route) route(req, res);
    else res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    route: (path, handler) => routes.set(path, handler),
    requests,
    maxConcurrent: () => peak,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface FixtureItem {
  guid: string;
  title: string;
  body?: string;
  link?: string;
  pubDate?: string;
  updated?: string;
  categories?: string[];
}

const esc = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A small, valid RSS 2.0 feed. */
export function rssFeed(title: string, items: FixtureItem[], extra = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>${esc(title)}</title>
<link>https://news.example/</link>
<description>Test feed ${esc(title)}</description>${extra}
${items
  .map(
    (item) => `<item>
<guid isPermaLink="false">${esc(item.guid)}</guid>
<title>${esc(item.title)}</title>
<link>${esc(item.link ?? `https://news.example/${encodeURIComponent(item.guid)}`)}</link>
<pubDate>${item.pubDate ?? 'Mon, 29 May 2023 10:00:00 GMT'}</pubDate>
${item.categories?.map((c) => `<category>${esc(c)}</category>`).join('') ?? ''}
<description>${esc(item.body ?? `The story of ${item.title}.`)}</description>
</item>`,
  )
  .join('\n')}
</channel>
</rss>`;
}

/** Serves a body with an ETag, answering 304 when the client already has it. */
export function servesWithEtag(body: () => string, contentType = 'application/rss+xml; charset=utf-8'): Route {
  // The ETag and the bytes are worked out once per body, so the server's own cost doesn't weigh on benchmarks.
  let cached: { text: string; bytes: Buffer; etag: string } | null = null;
  return (req, res) => {
    const text = body();
    if (cached?.text !== text) {
      const bytes = Buffer.from(text);
      cached = { text, bytes, etag: `"${bytes.length.toString(16)}-${simpleHash(text)}"` };
    }
    const { etag, bytes } = cached;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ETag: etag }).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': contentType, ETag: etag, 'Content-Length': bytes.length }).end(bytes);
  };
}

function simpleHash(text: string): string {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(31, h) + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(16);
}
