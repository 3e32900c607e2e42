import type { Page } from '@playwright/test';

export interface SeedOptions {
  count: number;
  /** Paragraphs the articles' bodies cycle through; each body takes `paragraphs` of them. */
  texts: string[];
  paragraphs: number;
  /** Every nth article is starred, so the Starred folder has something in it. */
  starEvery?: number;
}

/**
 * Writes `count` articles straight into the page's archive (Chromium's
 * IndexedDB, the schema the app just created), in chunks of one
 * transaction each: a 100,000-article archive in seconds, where syncing
 * it would take minutes. Then reloads, so the app reads them as a person's
 * archive at start-up. One source, "Seed Wire"; article i is i minutes
 * older than article i−1.
 */
export async function seedArchive(page: Page, options: SeedOptions): Promise<void> {
  await page.locator('.status-bar').waitFor();
  await page.evaluate(async ({ count, texts, paragraphs, starEvery }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('newsroom-archive');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const done = (tx: IDBTransaction) => new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('seed failed'));
    });
    const now = Date.UTC(2026, 10, 1, 12);
    const sources = db.transaction('sources', 'readwrite');
    sources.objectStore('sources').put({ id: 'feed:seed', kind: 'feed', name: 'Seed Wire', url: 'https://seed.example/feed.xml', addedAt: new Date(now).toISOString() });
    await done(sources);
    const CHUNK = 5000;
    for (let start = 0; start < count; start += CHUNK) {
      // Relaxed: a test archive need not wait for each chunk to reach the disk.
      const tx = db.transaction('articles', 'readwrite', { durability: 'relaxed' });
      const store = tx.objectStore('articles');
      for (let i = start; i < Math.min(count, start + CHUNK); i++) {
        const date = new Date(now - i * 60_000).toISOString();
        const body = Array.from({ length: paragraphs }, (_, p) => `<p>${texts[(i + p) % texts.length] ?? ''}</p>`).join('');
        store.put({
          id: `seed-${i}`,
          headline: `Seed story ${i}: ${(texts[i % texts.length] ?? '').split(' ').slice(0, 8).join(' ')}`,
          dek: null,
          bylines: ['Seed Desk'],
          bodyHtml: body,
          url: `https://seed.example/${i}`,
          section: i % 7 === 0 ? 'World' : null,
          language: 'en',
          publishedAt: date,
          updatedAt: null,
          sourceId: 'feed:seed',
          sourceIds: ['feed:seed'],
          importedAt: date,
          sortDate: date,
          ...(starEvery && i % starEvery === 0 ? { starred: 1 } : {}),
          ...(i % 3 === 0 ? { read: 1 } : {}),
        });
      }
      await done(tx);
    }
    db.close();
  }, options);
  await page.reload();
  await page.locator('.status-bar').waitFor();
}
