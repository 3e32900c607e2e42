import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PictureStore } from '../../../main/images/pictureStore';
import { PICTURE_ATTEMPTS } from '../../../main/sync/deliverChanged';
import type { FetchOptions } from '../../../main/sync/httpFetch';
import { Outbox } from '../../../main/sync/outbox';
import { newSourceRecord } from '../../../main/sync/sourceStore';
import { syncSource } from '../../../main/sync/syncSource';
import { servesWithEtag, startFeedServer, type FeedServer } from '../../support/feedServer';

const fetch: FetchOptions = { userAgent: 'NewsroomReader/test', connectTimeoutMs: 2000, totalTimeoutMs: 3000, maxBytes: 5 * 1024 * 1024, maxRedirects: 3 };
const dog = readFileSync(join(__dirname, '..', '..', 'fixtures', 'images', 'Bush-dog.jpg'));
let server: FeedServer;
let pictureUp = false;

beforeAll(async () => {
  server = await startFeedServer();
  server.route('/dog.jpg', (_req, res) => (pictureUp ? res.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(dog) : res.writeHead(503).end()));
  server.route('/gone.jpg', (_req, res) => res.writeHead(404).end());
  const feed = (picture: string) => `<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Pictures</title>
<item><guid>p1</guid><title>The dog</title><link>https://news.example/p1</link><description>Barney.</description><media:content url="${server.url(picture)}" medium="image"/></item></channel></rss>`;
  server.route('/feed', servesWithEtag(() => feed('/dog.jpg')));
  server.route('/gone-feed', servesWithEtag(() => feed('/gone.jpg')));
});
afterAll(() => server.close());

const setUp = (path: string) => ({
  record: newSourceRecord(server.url(path), 'Pictures', null, new Date().toISOString()),
  outbox: new Outbox(mkdtempSync(join(tmpdir(), 'retry-outbox-'))),
  options: { fetch, backoffBaseMs: 60_000, pictures: new PictureStore(mkdtempSync(join(tmpdir(), 'retry-pictures-'))) },
});
const drain = async (outbox: Outbox) => {
  const batches = await outbox.peek(100);
  await outbox.ack(batches.map((b) => b.id));
  return batches.flatMap((b) => b.articles);
};

describe('pictures that could not be had', () => {
  it('are tried again on the next sync, though the feed has not changed, and the item comes again with its picture', async () => {
    const { record, outbox, options } = setUp('/feed');
    pictureUp = false;
    const first = await syncSource(record, outbox, options);
    expect((await drain(outbox))[0]?.images[0]?.archived).toBeUndefined();
    expect(first.record.etag).toBeNull();

    pictureUp = true;
    const second = await syncSource(first.record, outbox, options);
    // Neither new nor updated: the same story, now with its picture.
    expect(second.outcome).toMatchObject({ newCount: 0, updatedCount: 0 });
    expect((await drain(outbox))[0]?.images[0]?.archived?.sha256).toMatch(/^[0-9a-f]{64}$/);

    const third = await syncSource(second.record, outbox, options);
    expect(third.outcome.result).toBe('unchanged');
    expect(await drain(outbox)).toEqual([]);
  });

  it(`give up after ${PICTURE_ATTEMPTS} tries: a picture that is gone is not asked for forever`, async () => {
    let { record } = setUp('/gone-feed');
    const { outbox, options } = setUp('/gone-feed');
    const asked = () => server.requests.filter((r) => r.path === '/gone.jpg').length;
    const before = asked();
    for (let i = 0; i < PICTURE_ATTEMPTS + 2; i++) record = (await syncSource(record, outbox, options)).record;
    expect(asked() - before).toBe(PICTURE_ATTEMPTS);
  });
});
