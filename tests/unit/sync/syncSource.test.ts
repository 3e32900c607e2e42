import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Outbox } from '../../../main/sync/outbox';
import { newSourceRecord, type SourceRecord } from '../../../main/sync/sourceStore';
import { PAUSE_AFTER_PERMANENT_FAILURES } from '../../../main/sync/attemptRecord';
import { syncSource } from '../../../main/sync/syncSource';
import type { FetchOptions } from '../../../main/sync/httpFetch';
import { rssFeed, servesWithEtag, startFeedServer, type FeedServer, type FixtureItem } from '../../support/feedServer';

let server: FeedServer;
const fetch: FetchOptions = { userAgent: 'NewsroomReader/test', connectTimeoutMs: 2000, totalTimeoutMs: 3000, maxBytes: 5 * 1024 * 1024, maxRedirects: 3 };
const MINUTE = 60_000;
const options = { fetch, backoffBaseMs: MINUTE };

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

const fresh = (path: string): { record: SourceRecord; outbox: Outbox } => ({
  record: newSourceRecord(server.url(path), server.url(path), null, new Date().toISOString()),
  outbox: new Outbox(mkdtempSync(join(tmpdir(), 'sync-outbox-'))),
});

describe('syncing one source', () => {
  it('delivers every item once, then nothing while the feed is unchanged (304: no parsing)', async () => {
    const items: FixtureItem[] = [{ guid: 'a', title: 'First' }, { guid: 'b', title: 'Second' }];
    server.route('/etag-feed', servesWithEtag(() => rssFeed('Etag Feed', items)));
    const { record, outbox } = fresh('/etag-feed');
    const first = await syncSource(record, outbox, options);
    expect(first.outcome).toEqual({ newCount: 2, updatedCount: 0, result: 'ok' });
    expect(first.record.title).toBe('Etag Feed');
    expect(first.record.etag).toMatch(/^"/);
    const [batch] = await outbox.peek(100);
    expect(batch?.articles.map((a) => a.headline)).toEqual(['First', 'Second']);
    expect(batch?.articles.every((a) => a.origin.id === record.id)).toBe(true);

    const second = await syncSource(first.record, outbox, options);
    expect(second.outcome).toEqual({ newCount: 0, updatedCount: 0, result: 'unchanged' });
    expect(server.requests.filter((r) => r.path === '/etag-feed').at(-1)?.headers['if-none-match']).toBe(first.record.etag);
    expect(await outbox.pendingBatches()).toBe(1);
  });

  it('an unchanged body without validators is not parsed again', async () => {
    server.route('/no-etag', (_req, res) => res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(rssFeed('Plain', [{ guid: 'a', title: 'One' }])));
    const { record, outbox } = fresh('/no-etag');
    const first = await syncSource(record, outbox, options);
    const second = await syncSource(first.record, outbox, options);
    expect(second.outcome.result).toBe('unchanged');
    expect(second.record.bodyHash).toBe(first.record.bodyHash);
  });

  it('sends only what changed: an edited item as an update, unchanged items not at all', async () => {
    const items: FixtureItem[] = [{ guid: 'a', title: 'Talks resume' }, { guid: 'b', title: 'Other story' }];
    server.route('/changing', servesWithEtag(() => rssFeed('Changing', items)));
    const { record, outbox } = fresh('/changing');
    const first = await syncSource(record, outbox, options);
    await outbox.ack((await outbox.peek(100)).map((b) => b.id));
    items[0] = { guid: 'a', title: 'Talks resume after delay', body: 'A corrected story.' };
    items.push({ guid: 'c', title: 'Brand new' });
    const second = await syncSource(first.record, outbox, options);
    expect(second.outcome).toEqual({ newCount: 1, updatedCount: 1, result: 'ok' });
    const [batch] = await outbox.peek(100);
    expect(batch?.articles.map((a) => a.headline)).toEqual(['Talks resume after delay', 'Brand new']);
  });

  it('waits as long as RSS ttl and Cache-Control max-age ask', async () => {
    server.route('/ttl', (_req, res) => res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(rssFeed('TTL', [{ guid: 'a', title: 'x' }], '\n<ttl>120</ttl>')));
    server.route('/max-age', (_req, res) => res.writeHead(200, { 'Content-Type': 'application/rss+xml', 'Cache-Control': 'public, max-age=7200' }).end(rssFeed('Max', [{ guid: 'a', title: 'x' }])));
    for (const path of ['/ttl', '/max-age']) {
      const { record, outbox } = fresh(path);
      const before = Date.now();
      const { record: next } = await syncSource(record, outbox, options);
      expect(Date.parse(next.nextAttemptAt ?? '') - before).toBeGreaterThanOrEqual(119 * MINUTE);
    }
  });

  it('honours Retry-After on 429 and backs off after 500s, with a message a person understands', async () => {
    server.route('/busy', (_req, res) => res.writeHead(429, { 'Retry-After': '3600' }).end());
    server.route('/broken', (_req, res) => res.writeHead(500).end());
    const busy = fresh('/busy');
    const before = Date.now();
    const after429 = await syncSource(busy.record, busy.outbox, options);
    expect(after429.record.lastError).toMatch(/asked Newsroom Reader to slow down \(HTTP 429\)/);
    expect(Date.parse(after429.record.nextAttemptAt ?? '') - before).toBeGreaterThanOrEqual(3600 * 1000 - 1000);

    const broken = fresh('/broken');
    let record = broken.record;
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      const at = Date.now();
      record = (await syncSource(record, broken.outbox, options)).record;
      delays.push(Date.parse(record.nextAttemptAt ?? '') - at);
    }
    expect(record.failures).toBe(4);
    expect(record.paused).toBe(false);
    expect(record.lastError).toMatch(/had a problem of its own \(HTTP 500\)/);
    // Exponential, with jitter inside [ceiling/2, ceiling]: 1, 2, 4, 8 minutes.
    delays.forEach((delay, i) => {
      expect(delay).toBeGreaterThanOrEqual(2 ** i * MINUTE * 0.5 - 1000);
      expect(delay).toBeLessThanOrEqual(2 ** i * MINUTE + 1000);
    });
  });

  it.each([
    ['/gone-404', 404, /not at this address any more \(HTTP 404/],
    ['/gone-410', 410, /gone for good \(HTTP 410/],
  ])('pauses %s after repeated permanent errors, saying why and how to resume', async (path, status, message) => {
    server.route(path, (_req, res) => res.writeHead(status).end());
    const { record: start, outbox } = fresh(path);
    let record = start;
    for (let i = 0; i < PAUSE_AFTER_PERMANENT_FAILURES; i++) record = (await syncSource(record, outbox, options)).record;
    expect(record.paused).toBe(true);
    expect(record.nextAttemptAt).toBeNull();
    expect(record.pausedReason).toMatch(message);
    expect(record.pausedReason).toMatch(/Resume it when the feed is back/);
  });

  it('a web page where a feed was expected is a clear, permanent error', async () => {
    server.route('/page', (_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><html><head><title>Home</title></head><body><p>Welcome</p></body></html>'));
    const { record, outbox } = fresh('/page');
    const { record: next, outcome } = await syncSource(record, outbox, options);
    expect(outcome.result).toBe('failed');
    expect(next.permanentFailures).toBe(1);
    expect(next.lastError).toMatch(/web page, not a feed/i);
  });

  it('a permanent redirect moves the subscription to the new address', async () => {
    server.route('/moved', (_req, res) => res.writeHead(301, { Location: '/moved-here' }).end());
    server.route('/moved-here', servesWithEtag(() => rssFeed('Moved', [{ guid: 'a', title: 'x' }])));
    const { record, outbox } = fresh('/moved');
    const { record: next } = await syncSource(record, outbox, options);
    expect(next.url).toBe(server.url('/moved-here'));
    expect(next.id).toBe(record.id);
  });
});
