import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ninjsFeedArticles } from '../../../main/sync/ninjsFeed';
import type { FetchOptions } from '../../../main/sync/httpFetch';
import { Outbox } from '../../../main/sync/outbox';
import { newSourceRecord } from '../../../main/sync/sourceStore';
import { Subscriptions } from '../../../main/sync/subscriptions';
import { syncSource } from '../../../main/sync/syncSource';
import { startFeedServer, type FeedServer } from '../../support/feedServer';

const examples = join(__dirname, '..', '..', 'fixtures', 'ninjs', 'examples', '3.0');
const item = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(examples, name), 'utf8')) as Record<string, unknown>;
const fetch: FetchOptions = { userAgent: 'NewsroomReader/test', connectTimeoutMs: 2000, totalTimeoutMs: 3000, maxBytes: 5 * 1024 * 1024, maxRedirects: 3 };
const bytes = (value: unknown) => Buffer.from(JSON.stringify(value));

let server: FeedServer;
let wire: Record<string, unknown>[];
beforeAll(async () => {
  server = await startFeedServer();
  wire = [item('ntb_text.json'), item('dpa_text.json')];
  server.route('/wire', (_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ title: 'Agency wire', _items: wire })));
});
afterAll(() => server.close());

describe('ninjs feeds', () => {
  it('reads one item, a list, or a list under items or _items, and leaves JSON Feed and other JSON alone', () => {
    const one = item('ntb_text.json');
    expect(ninjsFeedArticles(bytes(one), 'application/json', 'w')?.articles).toHaveLength(1);
    expect(ninjsFeedArticles(bytes([one, item('dpa_text.json')]), null, 'w')?.articles).toHaveLength(2);
    expect(ninjsFeedArticles(bytes({ items: [one] }), null, 'w')?.articles).toHaveLength(1);
    expect(ninjsFeedArticles(bytes({ title: 'Wire', _items: [one] }), null, 'w')?.title).toBe('Wire');
    expect(ninjsFeedArticles(bytes({ version: 'https://jsonfeed.org/version/1.1', title: 'JF', items: [{ id: '1', content_text: 'x' }] }), null, 'w')).toBeNull();
    expect(ninjsFeedArticles(bytes({ weather: 'fine' }), 'application/json', 'w')).toBeNull();
    expect(ninjsFeedArticles(Buffer.from('<rss/>'), 'application/rss+xml', 'w')).toBeNull();
  });

  it('a subscription to a ninjs address syncs its items, and a newer version of an item arrives as an update', async () => {
    const subscriptions = new Subscriptions(null as never, null as never, fetch, () => undefined);
    expect(await subscriptions.resolveFeedUrl(server.url('/wire'))).toEqual({ url: server.url('/wire'), title: 'Agency wire' });

    const record = newSourceRecord(server.url('/wire'), server.url('/wire'), null, new Date().toISOString());
    const outbox = new Outbox(mkdtempSync(join(tmpdir(), 'ninjs-outbox-')));
    const first = await syncSource(record, outbox, { fetch, backoffBaseMs: 60_000 });
    expect(first.outcome).toEqual({ newCount: 2, updatedCount: 0, result: 'ok' });
    expect(first.record.title).toBe('Agency wire');
    const articles = (await outbox.peek(10)).flatMap((b) => b.articles);
    expect(articles.every((a) => a.origin.id === record.id && a.wire !== undefined)).toBe(true);

    wire = [{ ...item('ntb_text.json'), version: '99', pubstatus: 'canceled' }, item('dpa_text.json')];
    const second = await syncSource(first.record, outbox, { fetch, backoffBaseMs: 60_000 });
    expect(second.outcome).toEqual({ newCount: 0, updatedCount: 1, result: 'ok' });
    const updated = (await outbox.peek(10)).flatMap((b) => b.articles).at(-1);
    expect(updated?.id).toBe(articles[0]?.id);
    expect(updated?.wire?.pubStatus).toBe('canceled');
  });
});
