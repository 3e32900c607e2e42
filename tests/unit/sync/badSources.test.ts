import { mkdtempSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Outbox } from '../../../main/sync/outbox';
import { newSourceRecord, SourceStore } from '../../../main/sync/sourceStore';
import { SyncService } from '../../../main/sync/syncService';
import { rssFeed, startFeedServer, type FeedServer } from '../../support/feedServer';

// Bad sources served over real HTTP, synced together with a good one: each
// bad one gets its own message, and the good one is delivered regardless.
let server: FeedServer;
const secret = join(mkdtempSync(join(tmpdir(), 'xxe-')), 'secret.txt');

beforeAll(async () => {
  writeFileSync(secret, 'TOP-SECRET-CONTENT');
  server = await startFeedServer();
  const rss = (body: string) => (_req: IncomingMessage, res: ServerResponse) => res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(body);
  server.route('/good.xml', rss(rssFeed('Good', [{ guid: 'g', title: 'The good story' }])));
  server.route('/illformed.xml', rss('<?xml version="1.0"?><rss><channel><title>Broken</title><item><title>Half</title></channel>'));
  server.route('/bomb.xml', rss(`<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('')}]><rss version="2.0"><channel><title>&j;</title></channel></rss>`));
  server.route('/xxe.xml', rss(`<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://${secret}">]><rss version="2.0"><channel><title>Leak</title><item><title>&x;</title></item></channel></rss>`));
  server.route('/long-fields.xml', rss(rssFeed('Long', [{ guid: 'long', title: 'Long body', body: 'word '.repeat(200_000) }])));
  server.route('/many.xml', rss(rssFeed('Many', Array.from({ length: 10_000 }, (_, i) => ({ guid: `m${i}`, title: `Item ${i}` })))));
  server.route('/page.html', (_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><html><body>Not a feed</body></html>'));
  server.route('/koi8.xml', (_req, res) =>
    res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=koi8-r' }).end(iconv.encode(rssFeed('Новости', [{ guid: 'k', title: 'Переговоры продолжаются' }]).replace('UTF-8', 'koi8-r'), 'koi8-r')),
  );
});
afterAll(() => server.close());

describe('bad sources among good ones', () => {
  it('each bad source gets a clear message of its own, and the others are delivered', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-sources-'));
    const store = new SourceStore(join(dir, 'sources'));
    const outbox = new Outbox(join(dir, 'outbox'));
    await store.load();
    const paths = ['/good.xml', '/illformed.xml', '/bomb.xml', '/xxe.xml', '/long-fields.xml', '/many.xml', '/page.html', '/koi8.xml'];
    for (const path of paths) await store.save(newSourceRecord(server.url(path), path, null, new Date().toISOString()));
    const service = new SyncService(store, outbox, {
      fetch: { userAgent: 'NewsroomReader/test', connectTimeoutMs: 2000, totalTimeoutMs: 10_000, maxBytes: 20 * 1024 * 1024, maxRedirects: 3 },
      maxConcurrent: 4, perHostConcurrent: 4, perHostGapMs: 0, tickMs: 60_000, backoffBaseMs: 60_000, isOnline: () => true, needsNetwork: () => false,
    }, () => undefined);
    const started = Date.now();
    await service.start();
    await service.whenIdle();
    service.stop();
    const byPath = new Map(service.list().map((s) => [s.url.replace(server.origin, ''), s]));

    expect(byPath.get('/bomb.xml')?.lastError).toMatch(/entit/i);
    expect(byPath.get('/xxe.xml')?.lastError).toMatch(/entit/i);
    expect(byPath.get('/page.html')?.lastError).toMatch(/web page, not a feed/i);
    // Ill-formed XML is read as far as it goes, as feed readers do; either way it never stops the others.
    expect(byPath.get('/illformed.xml')?.lastSuccessAt ?? byPath.get('/illformed.xml')?.lastError).toBeTruthy();
    for (const ok of ['/good.xml', '/long-fields.xml', '/many.xml', '/koi8.xml']) expect(byPath.get(ok)?.lastError, ok).toBeNull();
    expect(Date.now() - started).toBeLessThan(20_000);

    const articles = (await outbox.peek(100_000)).flatMap((batch) => batch.articles);
    const headlines = new Set(articles.map((a) => a.headline));
    expect(headlines).toContain('The good story');
    expect(headlines).toContain('Переговоры продолжаются');
    expect(articles.filter((a) => a.origin.id === store.findByUrl(server.url('/many.xml'))?.id)).toHaveLength(10_000);
    expect(articles.find((a) => a.headline === 'Long body')?.bodyHtml.length).toBeGreaterThan(900_000);
    // The archive keeps one copy of a body: its HTML. The plain text is not sent.
    expect(articles.some((a) => 'bodyText' in a)).toBe(false);
    expect(JSON.stringify(articles)).not.toContain('TOP-SECRET-CONTENT');
  }, 60_000);
});
