import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchivableArticle } from '../../../shared/model';
import { downloadPictures } from '../../../main/images/downloadPictures';
import { PictureStore } from '../../../main/images/pictureStore';
import { pictureSize } from '../../../main/images/pictureSize';
import { pictureType } from '../../../main/images/pictureType';
import { startFeedServer, type FeedServer } from '../../support/feedServer';

const dog = readFileSync(join(__dirname, '../../fixtures/images/Bush-dog.jpg'));
const fetch = { userAgent: 'NewsroomReader/test', connectTimeoutMs: 2000, totalTimeoutMs: 5000, maxBytes: 1_000_000, maxRedirects: 3 };
let server: FeedServer;
/** A PNG a few hundred bytes long that declares 100,000 × 100,000 pixels: ten gigapixels if anything decoded it. */
const bomb = (() => {
  const header = Buffer.alloc(33);
  Buffer.from('\x89PNG\r\n\x1a\n', 'latin1').copy(header, 0);
  header.writeUInt32BE(13, 8);
  header.write('IHDR', 12, 'latin1');
  header.writeUInt32BE(100_000, 16);
  header.writeUInt32BE(100_000, 20);
  header.writeUInt8(8, 24);
  header.writeUInt8(2, 25);
  return Buffer.concat([header, deflateSync(Buffer.alloc(100_000))]);
})();

beforeAll(async () => {
  server = await startFeedServer();
  server.route('/dog.jpg', (_req, res) => res.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(dog));
  server.route('/fake.jpg', (_req, res) => res.writeHead(200, { 'Content-Type': 'image/jpeg' }).end('<html><script>alert(1)</script></html>'));
  server.route('/bomb.png', (_req, res) => res.writeHead(200, { 'Content-Type': 'image/png' }).end(bomb));
  server.route('/huge.jpg', (_req, res) => res.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(Buffer.concat([dog, Buffer.alloc(300_000)])));
});
afterAll(() => server.close());

const article = (id: string, images: ArchivableArticle['images']): ArchivableArticle => ({
  id, headline: id, dek: null, section: null, bylines: [], publishedAt: null, updatedAt: null, url: null, language: null,
  bodyHtml: '<p>x</p>', images, tags: [], origin: { kind: 'feed', name: 'F', id: 'feed:f' },
});

describe('pictures downloaded during sync', () => {
  it('keeps the original bytes once, reads the credit inside them, and leaves what is not a picture alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pictures-'));
    const store = new PictureStore(dir);
    const [first, second] = await downloadPictures(
      [
        article('a', [
          { src: server.url('/dog.jpg'), caption: null, credit: null, creditSource: null },
          { src: server.url('/fake.jpg'), caption: 'Not a picture', credit: 'Someone', creditSource: 'media-rss' },
          { src: server.url('/missing.jpg'), caption: 'Gone', credit: null, creditSource: null },
        ]),
        article('b', [{ src: server.url('/dog.jpg'), caption: 'Barney', credit: 'AP', creditSource: 'media-rss' }]),
      ],
      store,
      fetch,
    );
    const [dogPicture, fake, missing] = first?.images ?? [];
    expect(dogPicture).toMatchObject({ credit: 'DUANE A. LAVERTY/AP', creditSource: 'iptc', archived: { type: 'image/jpeg', bytes: dog.length } });
    expect(dogPicture?.caption).toMatch(/Bush accidentally drops his dog/);
    expect(fake).toEqual({ src: server.url('/fake.jpg'), caption: 'Not a picture', credit: 'Someone', creditSource: 'media-rss' });
    expect(missing?.archived).toBeUndefined();
    // The feed's own credit is kept; the file's, which says more, is kept beside it.
    expect(second?.images[0]).toMatchObject({ credit: 'AP', creditSource: 'media-rss', otherCredits: [{ credit: 'DUANE A. LAVERTY/AP', creditSource: 'iptc' }] });
    expect(readdirSync(dir).filter((name) => !name.endsWith('.tmp'))).toEqual([dogPicture?.archived?.sha256]);
    expect(await store.get(dogPicture?.archived?.sha256 ?? '')).toEqual(dog);
    expect(server.requests.filter((r) => r.path === '/dog.jpg')).toHaveLength(1);
  });

  it('respects the size limits: a picture over the cap is not kept', async () => {
    const store = new PictureStore(mkdtempSync(join(tmpdir(), 'pictures-')));
    const [one] = await downloadPictures([article('c', [{ src: server.url('/huge.jpg'), caption: null, credit: null, creditSource: null }])], store, fetch, {
      maxPictureBytes: 200_000, maxArticleBytes: 1_000_000, maxPerArticle: 8, concurrency: 2, maxPixels: 60_000_000,
    });
    expect(one?.images[0]?.archived).toBeUndefined();
  });

  it('does not keep a decompression bomb: a small file that declares ten gigapixels', async () => {
    const store = new PictureStore(mkdtempSync(join(tmpdir(), 'pictures-')));
    const [one] = await downloadPictures([article('d', [{ src: server.url('/bomb.png'), caption: 'Bomb', credit: null, creditSource: null }])], store, fetch);
    expect(bomb.length).toBeLessThan(2_000);
    expect(one?.images[0]?.archived).toBeUndefined();
    expect(pictureSize(bomb)).toEqual({ width: 100_000, height: 100_000 });
    expect(pictureSize(dog)).toEqual({ width: 400, height: 398 });
  });

  it('knows a picture by its bytes, not by what the server says', () => {
    expect(pictureType(dog)).toBe('image/jpeg');
    expect(pictureType(Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'))).toBe('image/png');
    expect(pictureType(Buffer.from('GIF89a'))).toBe('image/gif');
    expect(pictureType(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(pictureType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>'))).toBeNull();
    expect(pictureType(Buffer.alloc(0))).toBeNull();
  });
});
