import { readFileSync } from 'node:fs';
import { startFeedServer } from '../support/feedServer';
import { subscribeTo } from './subscribeTo';
import { expect, fixturePath, screenshotPath, test } from './webHostFixture';

test('the reader fetches the full story of an article on request, pictures included, through the host; a page with no story says so', async ({ page, webHost }) => {
  const server = await startFeedServer();
  const story = readFileSync(fixturePath('pages', 'figure-credits.html'), 'utf8').replaceAll('https://news.example.com', server.origin);
  server.route('/world/talks', (_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(story));
  server.route('/world/app-only', (_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><html><body><div id="app"></div><script>boot()</script></body></html>'));
  server.route('/pictures/talks.jpg', (_req, res) => res.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(readFileSync(fixturePath('images', 'Bush-dog.jpg'))));
  server.route('/wire.xml', (_req, res) =>
    res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Brief Wire</title><link>${server.origin}/</link>
<item><guid>t1</guid><title>Talks on prisoner exchange continue</title><link>${server.url('/world/talks')}</link><description>Diplomats describe the channel as irregular but open.</description></item>
<item><guid>t2</guid><title>An app, not a page</title><link>${server.url('/world/app-only')}</link><description>Only a teaser.</description></item>
</channel></rss>`),
  );
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));

  // The test host does not fetch pages during sync (see FAST_SYNC_ENV): the feed's summary is what is archived.
  await page.goto(webHost.url);
  await subscribeTo(page, server.url('/wire.xml'), 'Brief Wire');
  await page.getByRole('button', { name: /^All articles/ }).click();
  await page.getByRole('option', { name: /Talks on prisoner exchange continue/ }).click();
  const article = page.getByRole('article');
  await expect(article).not.toContainText('Paragraph 6');

  await article.getByRole('button', { name: 'Fetch the full story' }).click();
  await expect(article.getByRole('status')).toContainText('The full story from the page is now in the archive');
  await expect(article).toContainText('Paragraph 6: officials in the capital said on Monday');
  await expect(article.locator('figure.picture img')).toHaveAttribute('src', /^blob:/);
  await expect(article.locator('.credit')).toHaveText('Image: AP Photo/Evan Vucci');
  await expect(article.getByRole('note')).toContainText('1 earlier version kept');
  await page.screenshot({ path: screenshotPath('18-fetched-full-story') });

  await page.getByRole('option', { name: /An app, not a page/ }).click();
  await article.getByRole('button', { name: 'Fetch the full story' }).click();
  await expect(article.getByRole('alert')).toContainText('No story could be found on the page');
  await expect(article.getByRole('alert')).toContainText('The article stays as it was.');
  await expect(article).toContainText('Only a teaser.');
  await server.close();

  const origin = new URL(webHost.url).origin;
  expect(requested.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
});

test('a source set to always fetch its pages takes each story from its page', async ({ page, webHost }) => {
  const server = await startFeedServer();
  const story = readFileSync(fixturePath('pages', 'figure-credits.html'), 'utf8').replaceAll('https://news.example.com', server.origin);
  server.route('/world/talks', (_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(story));
  let guid = 'a1';
  server.route('/wire.xml', (_req, res) =>
    res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Cut Wire</title><link>${server.origin}/</link>
<item><guid>${guid}</guid><title>Talks on prisoner exchange continue</title><link>${server.url('/world/talks')}</link><description>Diplomats describe the channel as irregular but open.</description></item>
</channel></rss>`),
  );
  await page.goto(webHost.url);
  await subscribeTo(page, server.url('/wire.xml'), 'Cut Wire');
  const row = page.getByRole('listitem', { name: /Cut Wire/ });
  await row.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Always fetch the full page').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(row).toContainText('from each page');

  guid = 'a2';
  await row.getByRole('button', { name: 'Sync now' }).click();
  await page.getByRole('button', { name: /^All articles/ }).click();
  await expect(page.getByRole('option')).toHaveCount(1);
  await page.getByRole('option').first().click();
  await expect(page.getByRole('article')).toContainText('Paragraph 6: officials in the capital said on Monday');
  await server.close();
});
