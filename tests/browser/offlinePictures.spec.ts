import { readFileSync } from 'node:fs';
import { startFeedServer } from '../support/feedServer';
import { expect, fixturePath, screenshotPath, test } from './webHostFixture';

test('a synced story is read whole offline: its picture comes from the archive with the credit inside the file, and the page asks the web for nothing', async ({ page, webHost }) => {
  const server = await startFeedServer();
  const dog = readFileSync(fixturePath('images', 'Bush-dog.jpg'));
  server.route('/pictures/dog.jpg', (_req, res) => res.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(dog));
  server.route('/pictures/broken.jpg', (_req, res) => res.writeHead(200, { 'Content-Type': 'image/jpeg' }).end('not a picture at all'));
  const item = (guid: string, title: string, picture: string, caption: string) => `<item><guid>${guid}</guid><title>${title}</title><link>https://news.example.com/${guid}</link>
<description>&lt;p&gt;The president was in Waco on Saturday with the softball champions.&lt;/p&gt;</description>
<media:content url="${server.url(picture)}" medium="image"><media:description>${caption}</media:description></media:content></item>`;
  server.route('/wire.xml', (_req, res) =>
    res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Picture Wire</title><link>https://news.example.com/</link>
${item('p1', 'President drops the dog', '/pictures/dog.jpg', 'Barney, briefly airborne.')}
${item('p2', 'A picture that never arrives', '/pictures/broken.jpg', 'A broken picture.')}
</channel></rss>`),
  );

  // Every request the page makes, wherever to.
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));

  await page.goto(webHost.url);
  await page.getByRole('button', { name: 'Manage sources…' }).click();
  await page.getByLabel('Feed or site address').fill(server.url('/wire.xml'));
  await page.getByRole('button', { name: 'Subscribe' }).click();
  await expect(page.getByRole('option', { name: /Picture Wire/ })).toContainText('Healthy');
  await page.getByRole('button', { name: /^All articles/ }).click();
  await expect(page.getByRole('option')).toHaveCount(2);

  // The network goes away: only the archive is left.
  await server.close();
  await page.getByRole('option', { name: /President drops the dog/ }).click();
  const article = page.getByRole('article');
  const picture = article.locator('figure.picture img');
  await expect(picture).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(article.locator('.credit')).toHaveText('Image: DUANE A. LAVERTY/AP');
  await expect(article.locator('.credit')).toHaveAttribute('title', /Credit from the picture file’s IPTC metadata/);
  await expect(article.locator('figcaption .caption')).toHaveText('Barney, briefly airborne.');
  await page.screenshot({ path: screenshotPath('15-offline-picture') });

  await page.getByRole('option', { name: /A picture that never arrives/ }).click();
  await expect(article.getByRole('img', { name: 'Picture not in the archive' })).toBeVisible();
  await expect(article.locator('figcaption .caption')).toHaveText('A broken picture.');

  const origin = new URL(webHost.url).origin;
  expect(requested.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
});
