import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPageArticle, PageError } from '../../../main/pages/completeFromPage';
import { FetchError } from '../../../main/sync/fetchError';
import type { FetchOptions } from '../../../main/sync/httpFetch';
import { Outbox } from '../../../main/sync/outbox';
import { newSourceRecord } from '../../../main/sync/sourceStore';
import { syncSource } from '../../../main/sync/syncSource';
import { rssFeed, startFeedServer, type FeedServer } from '../../support/feedServer';

let server: FeedServer;
const fetch: FetchOptions = { userAgent: 'NewsroomReader/test', connectTimeoutMs: 2000, totalTimeoutMs: 3000, maxBytes: 5 * 1024 * 1024, maxRedirects: 3 };

const sentence = (n: number) => `Paragraph ${n} of the story tells what the harbour commission decided about the ferry timetable and why the mayor objected to it.`;
/** A page whose story is longer than any feed's text for it. */
const page = (title: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title><meta property="og:title" content="${title}"></head><body><header><a href="/">Home</a></header>` +
  `<article><h1>${title}</h1>${Array.from({ length: 30 }, (_, i) => `<p>${sentence(i)}</p>`).join('')}</article><footer>© News</footer></body></html>`;
const longBody = Array.from({ length: 12 }, (_, i) => sentence(i)).join(' ');

beforeAll(async () => {
  server = await startFeedServer();
  server.route('/story/full', (_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(page('Ferry timetable')));
  server.route('/story/scripts', (_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><html><body><script>render()</script></body></html>'));
  server.route('/feed', (_req, res) =>
    res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(rssFeed('Harbour', [{ guid: 'a', title: 'Ferry timetable', link: server.url('/story/full'), body: longBody }])),
  );
});
afterAll(() => server.close());

const source = (alwaysFetchPage: boolean) => ({
  record: { ...newSourceRecord(server.url('/feed'), 'Harbour', null, new Date().toISOString()), alwaysFetchPage },
  outbox: new Outbox(mkdtempSync(join(tmpdir(), 'pages-outbox-'))),
});

describe('the story from its page', () => {
  it('a feed item with a long body is taken as the story: its page is not fetched', async () => {
    const { record, outbox } = source(false);
    const before = server.requests.filter((r) => r.path === '/story/full').length;
    await syncSource(record, outbox, { fetch, backoffBaseMs: 60_000, fetchPages: true });
    expect(server.requests.filter((r) => r.path === '/story/full').length).toBe(before);
    const [article] = (await outbox.peek(10)).flatMap((b) => b.articles);
    expect(article?.bodyHtml).not.toContain('Paragraph 29');
  });

  it('a source set to always fetch takes the story from the page, whatever the feed carries', async () => {
    const { record, outbox } = source(true);
    await syncSource(record, outbox, { fetch, backoffBaseMs: 60_000, fetchPages: false });
    const [article] = (await outbox.peek(10)).flatMap((b) => b.articles);
    expect(article?.bodyHtml).toContain('Paragraph 29');
    expect(article?.bodyHtml).not.toContain('© News');
    expect(article?.headline).toBe('Ferry timetable');
  });

  it('the reader can fetch a page itself: the story, or a reason in words', async () => {
    const article = await fetchPageArticle(server.url('/story/full'), fetch);
    expect(article.bodyHtml).toContain('Paragraph 0');
    expect(article.url).toBe(server.url('/story/full'));
    await expect(fetchPageArticle(server.url('/story/scripts'), fetch)).rejects.toThrow(PageError);
    await expect(fetchPageArticle(server.url('/story/scripts'), fetch)).rejects.toThrow(/No story could be found on the page/);
    await expect(fetchPageArticle(server.url('/story/missing'), fetch)).rejects.toThrow(/answered HTTP 404 for the article's page/);
    await expect(fetchPageArticle('http://127.0.0.1:9/nothing', fetch)).rejects.toThrow(FetchError);
  });
});
