import { mkdtempSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArchivableArticle } from '../../../shared/model';
import { PICTURE_KEEP_MS, sweepPictures } from '../../../main/host/hostServices';
import { PictureStore } from '../../../main/images/pictureStore';
import { Outbox } from '../../../main/sync/outbox';

const article = (id: string, sha256: string): ArchivableArticle => ({
  id, headline: id, dek: null, section: null, bylines: [], publishedAt: null, updatedAt: null, url: null, language: null, bodyHtml: '<p>x</p>', tags: [],
  images: [{ src: `https://pictures.example/${id}.jpg`, caption: null, credit: null, creditSource: null, archived: { sha256, type: 'image/jpeg', bytes: 3 } }],
  origin: { kind: 'feed', name: 'Feed', id: 'feed:x' },
});

describe('sweeping downloaded pictures', () => {
  it('keeps what a waiting article names and what came lately; deletes the rest, and a delivered article’s picture once it is old', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sweep-pictures-'));
    const pictures = new PictureStore(dir);
    const outbox = new Outbox(mkdtempSync(join(tmpdir(), 'sweep-outbox-')));
    const [waiting, delivered, fresh] = await Promise.all([pictures.put(Buffer.from('one')), pictures.put(Buffer.from('two')), pictures.put(Buffer.from('three'))]);
    const old = new Date(Date.now() - PICTURE_KEEP_MS - 60_000);
    for (const sha of [waiting, delivered]) utimesSync(join(dir, sha), old, old);
    await outbox.put('feed:x', [article('a', waiting)]);

    expect(await sweepPictures(outbox, pictures)).toBe(1);
    expect(await pictures.get(delivered)).toBeNull();
    expect(await pictures.get(waiting)).not.toBeNull();
    expect(await pictures.get(fresh)).not.toBeNull();

    // Delivered and acknowledged: its picture is in the archive now, and goes at the next sweep.
    await outbox.ack((await outbox.peek(10)).map((b) => b.id));
    expect(await sweepPictures(outbox, pictures)).toBe(1);
    expect(await pictures.get(waiting)).toBeNull();
    expect(await pictures.get(fresh)).not.toBeNull();
  });
});
