import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmitEvent, EventName } from '../../../shared/host/contract';
import { Outbox } from '../../../main/sync/outbox';
import { newSourceRecord, SourceStore } from '../../../main/sync/sourceStore';
import { Subscriptions } from '../../../main/sync/subscriptions';
import { SyncService, type SyncSettings } from '../../../main/sync/syncService';
import { rssFeed, servesWithEtag, startFeedServer, type FeedServer } from '../../support/feedServer';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

const settings = (overrides: Partial<SyncSettings> = {}): SyncSettings => ({
  fetch: { userAgent: 'NewsroomReader/test', connectTimeoutMs: 2000, totalTimeoutMs: 3000, maxBytes: 5 * 1024 * 1024, maxRedirects: 3 },
  maxConcurrent: 4,
  perHostConcurrent: 2,
  perHostGapMs: 0,
  tickMs: 60_000,
  backoffBaseMs: 60_000,
  isOnline: () => true,
  needsNetwork: () => false,
  ...overrides,
});

async function setUp(paths: string[], options: Partial<SyncSettings> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'sync-service-'));
  const store = new SourceStore(join(dir, 'sources'));
  const outbox = new Outbox(join(dir, 'outbox'));
  const events: Array<[EventName, unknown]> = [];
  const emit: EmitEvent = (name, payload) => events.push([name, payload]);
  await store.load();
  for (const path of paths) await store.save(newSourceRecord(server.url(path), path, null, new Date().toISOString()));
  const service = new SyncService(store, outbox, settings(options), emit);
  return { store, outbox, service, events, dir };
}

/** A feed route that answers after the test lets it, so concurrency can be observed. */
function gatedFeed(path: string, gate: Promise<void>): void {
  server.route(path, (_req, res) => {
    void gate.then(() => res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(rssFeed(path, [{ guid: `${path}-1`, title: `Story from ${path}` }])));
  });
}

describe('the sync service', () => {
  it('keeps within the per-host limit and reports progress, new and updated counts', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const paths = ['/p1', '/p2', '/p3', '/p4', '/p5'];
    for (const path of paths) gatedFeed(path, gate);
    const { service, events, outbox } = await setUp(paths);
    await service.start();
    // Everything is due at once; the gate holds the first fetches open.
    open();
    await service.whenIdle();
    service.stop();
    expect(server.maxConcurrent()).toBeLessThanOrEqual(2);
    const progress = events.filter(([name]) => name === 'syncProgress').map(([, p]) => p as { done: number; total: number; newCount: number; running: boolean });
    expect(progress.at(-1)).toEqual({ running: false, done: 5, total: 5, newCount: 5, updatedCount: 0 });
    expect(await outbox.pendingBatches()).toBe(5);
    expect(events.some(([name]) => name === 'outboxReady')).toBe(true);
  });

  it('one bad source never stops the others', async () => {
    server.route('/good-1', servesWithEtag(() => rssFeed('Good 1', [{ guid: 'g1', title: 'Fine' }])));
    server.route('/bad-xml', (_req, res) => res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end('<rss><channel><title>Broken</title><item><title>unclosed'));
    server.route('/bad-500', (_req, res) => res.writeHead(500).end());
    server.route('/good-2', servesWithEtag(() => rssFeed('Good 2', [{ guid: 'g2', title: 'Also fine' }])));
    const { service } = await setUp(['/good-1', '/bad-xml', '/bad-500', '/good-2']);
    await service.start();
    await service.whenIdle();
    service.stop();
    const byUrl = new Map(service.list().map((s) => [s.url.replace(server.origin, ''), s]));
    expect(byUrl.get('/good-1')?.lastSuccessAt).not.toBeNull();
    expect(byUrl.get('/good-2')?.lastSuccessAt).not.toBeNull();
    expect(byUrl.get('/bad-500')?.lastError).toMatch(/HTTP 500/);
    expect(byUrl.get('/bad-xml')?.lastError ?? byUrl.get('/bad-xml')?.lastSuccessAt).toBeTruthy();
  });

  it('offline: sources that need the network wait without piling up requests, and go when it is back', async () => {
    server.route('/offline-feed', servesWithEtag(() => rssFeed('Offline', [{ guid: 'o1', title: 'Waiting' }])));
    let online = false;
    const { service, events } = await setUp(['/offline-feed'], { isOnline: () => online, needsNetwork: () => true, tickMs: 20 });
    const before = server.requests.filter((r) => r.path === '/offline-feed').length;
    await service.start();
    expect(events).toContainEqual(['connectivity', { online: false }]);
    expect(service.list()[0]?.syncing).toBe(true);
    expect(server.requests.filter((r) => r.path === '/offline-feed').length).toBe(before);
    online = true;
    await service.whenIdle();
    service.stop();
    expect(events).toContainEqual(['connectivity', { online: true }]);
    expect(server.requests.filter((r) => r.path === '/offline-feed').length).toBe(before + 1);
    expect(service.list()[0]?.lastSuccessAt).not.toBeNull();
  });

  it('sync now runs one source or all unpaused ones, whatever their schedule', async () => {
    server.route('/now', servesWithEtag(() => rssFeed('Now', [{ guid: 'n1', title: 'x' }])));
    const { service, store } = await setUp(['/now']);
    const [record] = store.all();
    if (!record) throw new Error('no source');
    await store.save({ ...record, nextAttemptAt: new Date(Date.now() + 3_600_000).toISOString() });
    expect(service.syncNow(record.id)).toBe(1);
    await service.whenIdle();
    expect(service.list()[0]?.lastSuccessAt).not.toBeNull();
    await store.save({ ...(store.get(record.id) ?? record), paused: true });
    expect(service.syncNow()).toBe(0);
  });
  it('a source paused while it syncs stays paused, with the person’s reason and no next attempt', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    gatedFeed('/paused-meanwhile', gate);
    const { service, store } = await setUp(['/paused-meanwhile']);
    const [record] = store.all();
    if (!record) throw new Error('no source');
    expect(service.syncNow(record.id)).toBe(1);
    const subscriptions = new Subscriptions(store, service, settings().fetch, () => undefined);
    await subscriptions.setPaused(record.id, true);
    open();
    await service.whenIdle();
    expect(store.get(record.id)).toMatchObject({ paused: true, pausedReason: 'Paused by you.', nextAttemptAt: null });
    expect(store.get(record.id)?.lastSuccessAt).not.toBeNull();
  });
});

describe('subscribing', () => {
  it('finds a site’s feed through <link rel="alternate">, and refuses a second subscription to it', async () => {
    server.route('/site', (_req, res) =>
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html><head><link rel="alternate" type="application/rss+xml" title="Site news" href="/site/feed.xml"></head><body>Hi</body></html>'),
    );
    server.route('/site/feed.xml', servesWithEtag(() => rssFeed('Site news', [{ guid: 's1', title: 'x' }])));
    const { service, store, outbox } = await setUp([]);
    const subscriptions = new Subscriptions(store, service, settings().fetch, () => undefined);
    const added = await subscriptions.add(server.url('/site'), 'World', null);
    expect(added).toMatchObject({ url: server.url('/site/feed.xml'), title: 'Site news', folder: 'World' });
    await service.whenIdle();
    expect(await outbox.pendingBatches()).toBe(1);
    await expect(subscriptions.add(server.url('/site/feed.xml'), null, null)).rejects.toThrow(/already subscribed/);
  });

  it('says so when a page links no feed, or the address answers an error', async () => {
    server.route('/plain-page', (_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html><body>No feeds here</body></html>'));
    const { service, store } = await setUp([]);
    const subscriptions = new Subscriptions(store, service, settings().fetch, () => undefined);
    await expect(subscriptions.add(server.url('/plain-page'), null, null)).rejects.toThrow(/web page with no feed linked from it/);
    await expect(subscriptions.add(server.url('/missing'), null, null)).rejects.toThrow(/HTTP 404/);
  });

  it('resuming a paused source clears its failures and syncs it at once', async () => {
    server.route('/resume', servesWithEtag(() => rssFeed('Resume', [{ guid: 'r1', title: 'x' }])));
    const { service, store } = await setUp(['/resume']);
    const [record] = store.all();
    if (!record) throw new Error('no source');
    await store.save({ ...record, paused: true, pausedReason: 'Paused after 3 failed attempts', failures: 3, permanentFailures: 3, nextAttemptAt: null });
    const subscriptions = new Subscriptions(store, service, settings().fetch, () => undefined);
    const resumed = await subscriptions.setPaused(record.id, false);
    expect(resumed).toMatchObject({ paused: false, pausedReason: null, failures: 0 });
    await service.whenIdle();
    expect(store.get(record.id)?.lastSuccessAt).not.toBeNull();
  });

  it('imports OPML with folders, skipping feeds already subscribed, and exports it again', async () => {
    const { service, store } = await setUp(['/already']);
    const subscriptions = new Subscriptions(store, service, settings().fetch, () => undefined);
    const xml = `<opml version="2.0"><body><outline text="News"><outline type="rss" text="A" xmlUrl="${server.url('/opml-a')}"/></outline><outline type="rss" text="Already" xmlUrl="${server.url('/already')}"/></body></opml>`;
    expect(await subscriptions.importOpml(xml)).toEqual({ added: 1, skipped: 1 });
    service.stop();
    const exported = subscriptions.exportOpml();
    expect(exported).toContain(`<outline text="News" title="News">`);
    expect(exported).toContain(`xmlUrl="${server.url('/opml-a')}"`);
  });
});
