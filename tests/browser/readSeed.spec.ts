import type { Page } from '@playwright/test';
import { expect, fixturePath, screenshotPath, test } from './webHostFixture';

const SEED = fixturePath('seed', '000_5991ad5017234ee2.txt');
const HEADLINE = 'US-Russia Prisoner Swap Talks Irregular: US Secretary Of State Antony Blinken';

async function importSeed(page: Page): Promise<void> {
  await page.getByTestId('import-input').setInputFiles(SEED);
  await expect(page.getByRole('alert')).toContainText('Imported 1 article from 000_5991ad5017234ee2.txt');
}

async function expectSeedShown(page: Page): Promise<void> {
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(HEADLINE);
  await expect(article.locator('.kicker')).toHaveText('US News');
  await expect(article.locator('.byline')).toHaveText('By Digital Desk');
  await expect(article.locator('.dek')).toContainText('the talks are irregular');
  await expect(article.locator('figcaption .credit')).toHaveText('Image: AP');
  await expect(article.getByRole('heading', { level: 2, name: 'Focus on Whelan & Gershkovich' })).toBeVisible();
  await expect(article.locator('.dates')).toContainText('not given by the source');
  const people = article.getByRole('list', { name: 'People' });
  for (const name of ['Antony Blinken', 'Sergey Lavrov', 'Evan Gershkovich', 'Paul Whelan']) await expect(people.getByText(name, { exact: true })).toBeVisible();
  await expect(article.getByRole('list', { name: 'Places' }).getByText('Moscow', { exact: true })).toBeVisible();
  await expect(article.getByRole('list', { name: 'Organisations' }).getByText('FSB', { exact: true })).toBeVisible();
}

test('a reporter imports the seed and reads it from the archive', async ({ page, webHost }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(webHost.url);
  await expect(page.getByRole('heading', { name: 'Your archive is empty' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('01-empty-archive') });

  await importSeed(page);
  // The new article is selected; Enter opens it.
  await expect(page.getByRole('option', { selected: true })).toContainText(HEADLINE);
  await page.keyboard.press('Enter');
  await expectSeedShown(page);
  await page.screenshot({ path: screenshotPath('02-seed-article') });
  await page.getByRole('article').locator('.article-footer').scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('03-seed-tags') });
  // A file has no web page: the palette offers v (open the original) greyed out.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('original');
  await expect(page.getByRole('option', { name: /Open original in browser/ })).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Escape');

  // The renderer asked for nothing but its own files and its host socket.
  const origin = new URL(webHost.url).origin;
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
});

test('after a reload the article is still there, read from IndexedDB', async ({ page, webHost }) => {
  await page.goto(webHost.url);
  await importSeed(page);
  // Without the first screen kept for the next start: the list comes from the archive alone.
  await page.evaluate(() => localStorage.removeItem('newsroom-reader.first-screen'));
  await page.reload();
  await expect(page.getByRole('option')).toHaveCount(1);
  const stored = await page.evaluate(async () => {
    const open = indexedDB.open('newsroom-archive');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(String(open.error)));
    });
    const count = db.transaction('articles').objectStore('articles').count();
    return new Promise<number>((resolve) => {
      count.onsuccess = () => resolve(count.result);
    });
  });
  expect(stored).toBe(1);
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  await expectSeedShown(page);
});

test('a window starts from the first screen as last shown, and what the archive holds replaces it', async ({ page, webHost }) => {
  await page.goto(webHost.url);
  await importSeed(page);
  const kept = (): Promise<string> => page.evaluate(() => localStorage.getItem('newsroom-reader.first-screen') ?? '');
  await expect.poll(kept).toContain(HEADLINE);
  // As if the window had closed before saving its last change: a story the archive no longer holds.
  await page.evaluate(() => {
    const snapshot = JSON.parse(localStorage.getItem('newsroom-reader.first-screen') ?? '{}') as { ids: string[]; rows: Array<Record<string, unknown>> };
    const stale = { ...snapshot.rows[0], id: 'gone-meanwhile', headline: 'A story deleted meanwhile' };
    localStorage.setItem('newsroom-reader.first-screen', JSON.stringify({ ids: ['gone-meanwhile', ...snapshot.ids], rows: [stale, ...snapshot.rows] }));
  });
  await page.reload();
  await expect(page.getByRole('option')).toHaveCount(1);
  await expect(page.getByRole('option')).toContainText(HEADLINE);
  await expect(page.getByText('A story deleted meanwhile')).toHaveCount(0);
  // And the kept screen is the archive's again.
  await expect.poll(kept).not.toContain('gone-meanwhile');
});

test('with the host stopped and the network off, the archive still reads', async ({ page, webHost }) => {
  await page.goto(webHost.url);
  await importSeed(page);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  // Stopped first: with the network emulated off, Chromium may hold back the socket's close (a CI flake).
  await webHost.stop();
  await expect(page.getByRole('status')).toContainText('Host not running');
  await page.context().setOffline(true);
  await page.keyboard.press('k');
  await page.keyboard.press('Enter');
  await expectSeedShown(page);
  await page.screenshot({ path: screenshotPath('04-host-stopped') });

  // Importing now says what is wrong and what to do, and loses nothing.
  await page.getByTestId('import-input').setInputFiles(fixturePath('articles', 'no-byline.txt'));
  await expect(page.getByRole('alert')).toContainText('host is not running');
  await expect(page.getByRole('option')).toHaveCount(1);
});

test('the reader in the dark theme, and the About box credits IPTC', async ({ page, webHost }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(webHost.url);
  await importSeed(page);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.keyboard.press('Enter');
  await expectSeedShown(page);
  await page.screenshot({ path: screenshotPath('07-dark-theme') });
  await page.getByRole('button', { name: 'About Newsroom Reader' }).click();
  const about = page.getByRole('dialog', { name: 'Newsroom Reader' });
  await expect(about).toContainText('IPTC Media Topics');
  await expect(about).toContainText('CC BY 4.0');
  await expect(about).toContainText(/Version \d+\.\d+\.\d+ · web mode/);
  await page.screenshot({ path: screenshotPath('08-about') });
  await page.keyboard.press('Escape');
  await expect(about).toHaveCount(0);
});
