import { join } from 'node:path';
import { readReutersStories } from '../bench/searchCorpus';
import { startFeedServer } from '../support/feedServer';
import { seedArchive } from './seedArchive';
import { subscribeTo } from './subscribeTo';
import { expect, fixturePath, screenshotPath, test } from './webHostFixture';

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

test('search as you type: ranked, highlighted results; Enter opens with the hits marked; a saved search counts new arrivals; the index survives a reload', async ({ page, webHost }) => {
  const stories = (readReutersStories(join(fixturePath('reuters21578'))) ?? []).slice(0, 60);
  const server = await startFeedServer();
  const extra: string[] = [];
  const item = (guid: string, title: string, body: string) =>
    `<item><guid>${guid}</guid><title>${esc(title)}</title><link>https://wire.example/${guid}</link><description>${esc(body.split('\n').map((p) => `<p>${p}</p>`).join(''))}</description></item>`;
  server.route('/reuters.xml', (_req, res) =>
    res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Reuters 1987</title><link>https://wire.example/</link>
${stories.map((s, i) => item(`r${i}`, s.title, s.body)).join('\n')}
${extra.join('\n')}
</channel></rss>`),
  );

  await page.goto(webHost.url);
  await subscribeTo(page, server.url('/reuters.xml'), 'Reuters 1987');
  await page.getByRole('button', { name: /^All articles/ }).click();
  await expect(page.locator('.list-pane .pane-count')).toHaveText(String(stories.length));

  // "/" reaches the box from anywhere; the last word matches as a prefix while it is typed.
  await page.locator('body').press('/');
  const box = page.getByRole('searchbox', { name: 'Search the archive' });
  await expect(box).toBeFocused();
  await box.pressSequentially('whea');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('option').first()).toContainText(/wheat/i);
  // Finished with a space: the whole word, and what it stems to.
  await box.fill('wheat ');
  const header = page.locator('.search-header h2');
  await expect(header).toHaveText(/^\d+ results$/);
  const count = Number((await header.textContent())?.split(' ')[0]);
  expect(count).toBeGreaterThan(1);
  await expect(results.getByRole('option')).toHaveCount(count);
  await expect(results.getByRole('option').first().locator('mark').first()).toHaveText(/wheat/i);
  // Best match first: the story with the word in its headline.
  await expect(results.getByRole('option').first().locator('.row-headline')).toContainText(/wheat/i);
  // Each result has a place of its own: the rows follow one another down the list.
  const boxes = await results.getByRole('option').evaluateAll((rows) => rows.map((row) => row.getBoundingClientRect()).map((box) => ({ top: box.top, bottom: box.bottom })));
  for (let i = 1; i < boxes.length; i++) expect(boxes[i]?.top).toBeGreaterThanOrEqual(boxes[i - 1]?.bottom ?? Infinity);
  await page.screenshot({ path: screenshotPath('19-search-results') });

  await box.press('ArrowDown');
  await box.press('Enter');
  const article = page.getByRole('article');
  await expect(article.locator('mark.hit').first()).toHaveText(/wheat/i);
  await article.locator('h1').click();
  await page.keyboard.press(']');
  await expect(article.locator('mark.hit.is-current')).toHaveCount(1);
  await page.screenshot({ path: screenshotPath('20-search-hit-in-article') });

  // Saved, it counts what arrives later.
  await page.getByRole('button', { name: 'Save search' }).click();
  const saved = page.getByRole('list', { name: 'Saved searches' }).getByRole('button', { name: /^wheat/ });
  await expect(saved).toContainText(String(count));
  extra.push(item('late', 'Wheat prices climb in late trade', 'Wheat futures rose on Friday as dealers covered short positions.'));
  await page.getByRole('button', { name: /Manage sources/ }).click();
  await page.getByRole('button', { name: /^Sync all/ }).click();
  await expect(saved).toContainText(String(count + 1));

  // Saved to IndexedDB once changes settle (the name pass re-indexes the new story a moment
  // after it arrives, and the save follows 3 s after that); after a reload it opens from there, not rebuilt.
  await expect(page.locator('.search-status')).toHaveAttribute('data-saved', 'yes', { timeout: 15_000 });
  await page.reload();
  await expect(page.locator('.search-status')).toHaveAttribute('data-loaded-from', 'snapshot');
  await page.getByRole('searchbox', { name: 'Search the archive' }).fill('wheat ');
  await expect(page.locator('.search-header h2')).toHaveText(`${count + 1} results`);
  await server.close();
});

test('the query language is explained beside the box, and odd input gets a sensible reading, not an error', async ({ page, webHost }) => {
  await page.goto(webHost.url);
  // The ? button beside the box shows it; the palette's "Search syntax help" does too (the ? key lists every shortcut).
  await page.getByRole('button', { name: 'Search syntax' }).click();
  await expect(page.getByRole('note', { name: 'Search syntax' })).toBeVisible();
  await page.getByRole('button', { name: 'Search syntax' }).click();
  await expect(page.getByRole('note', { name: 'Search syntax' })).toBeHidden();
  await page.locator('body').press('Control+k');
  await page.keyboard.type('syntax');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('note', { name: 'Search syntax' })).toContainText('"prisoner swap"');
  await expect(page.getByRole('note', { name: 'Search syntax' })).toContainText('is:unread');
  const box = page.getByRole('searchbox', { name: 'Search the archive' });
  for (const odd of ['"unclosed', 'OR', '(((', '.*+?^${}()|[]\\', 'x'.repeat(10_000), 'foo:bar']) {
    await box.fill(odd);
    await expect(page.locator('.search-header h2')).toHaveText(/results?$/);
  }
  await expect(page.getByRole('list', { name: 'How the search was read' })).toContainText('foo:');
});

test('↓ and j read on past the first page of results, which are fetched before the last one shown is reached; Show more brings the rest', async ({ page, webHost }) => {
  await page.goto(webHost.url);
  await seedArchive(page, { count: 130, texts: ['Ministers met in Geneva on Tuesday to resume the talks.', 'Markets closed higher after a quiet session.'], paragraphs: 2 });
  await expect(page.locator('.search-status')).toHaveAttribute('title', /^130 articles indexed/, { timeout: 30_000 });

  await page.locator('body').press('/');
  await page.keyboard.type('geneva');
  const results = page.getByRole('listbox', { name: 'Search results' });
  const options = results.getByRole('option');
  await expect(page.locator('.search-header h2')).toHaveText(/^130 results/);
  await expect(options).toHaveCount(50);
  const selectedAt = (): Promise<number> => options.evaluateAll((rows) => rows.findIndex((row) => row.getAttribute('aria-selected') === 'true'));

  // ↓ from the box walks the results; ten from the last one shown, the next fifty are asked for.
  await page.keyboard.press('ArrowDown');
  const first = await selectedAt();
  expect(first).toBeGreaterThanOrEqual(0);
  expect(first).toBeLessThan(40);
  for (let i = first; i < 40; i++) await page.keyboard.press('ArrowDown');
  await expect(options).toHaveCount(100);
  expect(await selectedAt()).toBe(40);

  // On past the first page, from the list itself with j.
  await results.focus();
  for (let i = 0; i < 15; i++) await page.keyboard.press('j');
  await expect.poll(selectedAt).toBe(55);
  await expect(page.getByRole('article').locator('h1')).toHaveText((await options.nth(55).locator('.row-headline').textContent()) ?? '');

  // The mouse's way: Show more brings the last thirty, and then there is no more to show.
  await page.getByRole('button', { name: 'Show more (30 more)' }).click();
  await expect(options).toHaveCount(130);
  await expect(page.getByRole('button', { name: /^Show more/ })).toHaveCount(0);
});
