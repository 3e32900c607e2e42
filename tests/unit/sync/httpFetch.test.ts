import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed, type FetchOptions } from '../../../main/sync/httpFetch';
import { startFeedServer, type FeedServer } from '../../support/feedServer';

let server: FeedServer;
const options: FetchOptions = { userAgent: 'NewsroomReader/test', connectTimeoutMs: 2000, totalTimeoutMs: 1500, maxBytes: 1024 * 1024, maxRedirects: 3 };

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

describe('fetching a feed over HTTP', () => {
  it('sends a User-Agent that names the app, and asks for compressed bodies', async () => {
    server.route('/ua', (_req, res) => res.end('ok'));
    await fetchFeed(server.url('/ua'), options);
    const seen = server.requests.find((r) => r.path === '/ua');
    expect(seen?.headers['user-agent']).toBe('NewsroomReader/test');
    expect(seen?.headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('makes conditional requests, and a 304 has no body', async () => {
    server.route('/etag', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"' && req.headers['if-modified-since'] === 'Mon, 29 May 2023 10:00:00 GMT') res.writeHead(304).end();
      else res.writeHead(200, { ETag: '"v1"' }).end('body');
    });
    expect((await fetchFeed(server.url('/etag'), options)).body.toString()).toBe('body');
    const again = await fetchFeed(server.url('/etag'), { ...options, etag: '"v1"', lastModified: 'Mon, 29 May 2023 10:00:00 GMT' });
    expect(again).toMatchObject({ status: 304, notModified: true });
    expect(again.body.length).toBe(0);
  });

  it.each([
    ['gzip', gzipSync],
    ['deflate', deflateSync],
    ['br', brotliCompressSync],
  ])('decodes %s', async (encoding, compress) => {
    server.route(`/z-${encoding}`, (_req, res) => res.writeHead(200, { 'Content-Encoding': encoding }).end(compress(Buffer.from('<rss>compressed</rss>'))));
    expect((await fetchFeed(server.url(`/z-${encoding}`), options)).body.toString()).toBe('<rss>compressed</rss>');
  });

  it('follows redirects and reports where the feed ended up', async () => {
    server.route('/old', (_req, res) => res.writeHead(301, { Location: '/middle' }).end());
    server.route('/middle', (_req, res) => res.writeHead(302, { Location: server.url('/new') }).end());
    server.route('/new', (_req, res) => res.end('moved'));
    const result = await fetchFeed(server.url('/old'), options);
    expect(result.url).toBe(server.url('/new'));
    expect(result.redirects).toEqual([server.url('/middle'), server.url('/new')]);
  });

  it('refuses redirect loops and over-long chains with a clear message', async () => {
    server.route('/loop-a', (_req, res) => res.writeHead(302, { Location: '/loop-b' }).end());
    server.route('/loop-b', (_req, res) => res.writeHead(302, { Location: '/loop-a' }).end());
    await expect(fetchFeed(server.url('/loop-a'), options)).rejects.toThrow(/redirects in a loop/);
    for (let i = 0; i < 6; i++) server.route(`/hop${i}`, (_req, res) => res.writeHead(302, { Location: `/hop${i + 1}` }).end());
    await expect(fetchFeed(server.url('/hop0'), options)).rejects.toThrow(/redirected more than 3 times/);
  });

  it('gives up on a slow server at the total timeout', async () => {
    server.route('/slow', (_req, res) => {
      res.writeHead(200);
      res.write('<rss>');
      // Never finishes: the client must not wait for ever.
    });
    const started = Date.now();
    await expect(fetchFeed(server.url('/slow'), options)).rejects.toMatchObject({ kind: 'timeout', message: expect.stringMatching(/longer than 2 s/) });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reports a truncated response', async () => {
    server.route('/truncated', (_req, res) => {
      res.writeHead(200, { 'Content-Length': '1000' });
      res.write('<rss>only part');
      setImmediate(() => res.destroy());
    });
    await expect(fetchFeed(server.url('/truncated'), options)).rejects.toMatchObject({ kind: 'network', message: expect.stringMatching(/broke before the feed was complete/) });
  });

  it('stops reading a 60 MB body at the size cap', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 'x');
    let sent = 0;
    server.route('/huge', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      const pump = (): void => {
        while (sent < 60 && res.write(chunk)) sent++;
        if (sent < 60) res.once('drain', pump);
        else res.end();
      };
      pump();
    });
    await expect(fetchFeed(server.url('/huge'), options)).rejects.toMatchObject({ kind: 'too-large', message: expect.stringMatching(/larger than 1 MB/) });
    expect(sent).toBeLessThan(60);
  });

  it('refuses a declared Content-Length over the cap without reading it', async () => {
    server.route('/declared-huge', (_req, res) => res.writeHead(200, { 'Content-Length': String(60 * 1024 * 1024) }).end());
    await expect(fetchFeed(server.url('/declared-huge'), options)).rejects.toMatchObject({ kind: 'too-large' });
  });

  it('explains a refused connection in words', async () => {
    const closed = await startFeedServer();
    const url = closed.url('/gone');
    await closed.close();
    await expect(fetchFeed(url, options)).rejects.toMatchObject({ kind: 'network', network: true, message: expect.stringMatching(/refused the connection/) });
  });

  it('refuses addresses that are not http(s)', async () => {
    await expect(fetchFeed('file:///etc/passwd', options)).rejects.toMatchObject({ kind: 'bad-url' });
    await expect(fetchFeed('not a url', options)).rejects.toMatchObject({ kind: 'bad-url' });
  });
});
