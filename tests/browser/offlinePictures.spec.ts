import { readFileSync } from 'node:fs';
import { startFeedServer } from '../support/feedServer';
import { subscribeTo } from './subscribeTo';
import { expect, fixturePath, screenshotPath, startHost, test } from './webHostFixture';

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
  await subscribeTo(page, server.url('/wire.xml'), 'Picture Wire');
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
  // The story has a web page: v (open the original) is offered.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('original');
  await expect(page.getByRole('option', { name: /Open original in browser/ })).not.toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Escape');

  await page.getByRole('option', { name: /A picture that never arrives/ }).click();
  await expect(article.getByRole('img', { name: 'Picture not in the archive' })).toBeVisible();
  await expect(article.locator('figcaption .caption')).toHaveText('A broken picture.');

  const origin = new URL(webHost.url).origin;
  expect(requested.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
});

test('a feed that gives only a summary: the story comes from its page, with the page’s picture and credits, and reads whole offline', async ({ page }) => {
  const server = await startFeedServer();
  // The saved page's own addresses point at this loopback server, so nothing leaves the machine.
  const story = readFileSync(fixturePath('pages', 'figure-credits.html'), 'utf8').replaceAll('https://news.example.com', server.origin);
  server.route('/world/2026/11/talks-continue', (_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(story));
  server.route('/pictures/talks.jpg', (_req, res) => res.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(readFileSync(fixturePath('images', 'Bush-dog.jpg'))));
  server.route('/wire.xml', (_req, res) =>
    res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Summary Wire</title><link>${server.origin}/</link>
<item><guid>t1</guid><title>Talks on prisoner exchange continue</title><link>${server.url('/world/2026/11/talks-continue')}</link><description>Diplomats describe the channel as irregular but open.</description></item>
</channel></rss>`),
  );
  const host = await startHost({ env: { NEWSROOM_FETCH_PAGES: '1' } });
  try {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(host.url);
    await subscribeTo(page, server.url('/wire.xml'), 'Summary Wire');
    await page.getByRole('button', { name: /^All articles/ }).click();
    await server.close();

    await page.getByRole('option', { name: /Talks on prisoner exchange continue/ }).click();
    const article = page.getByRole('article');
    await expect(article).toContainText('Paragraph 6: officials in the capital said on Monday');
    await expect(article).toContainText('Jane Doe, John Smith');
    await expect(article).not.toContainText('Sign up for our newsletter');
    await expect(article.locator('figure.picture img')).toHaveAttribute('src', /^blob:/);
    // The page's caption credit says most; the page's JSON-LD and the file's IPTC are kept beside it.
    await expect(article.locator('.credit')).toHaveText('Image: AP Photo/Evan Vucci');
    await expect(article.locator('.credit')).toHaveAttribute('title', /Also credited: “AP” \(the page’s schema\.org data\); “DUANE A\. LAVERTY\/AP” \(the picture file’s IPTC metadata\)/);
    await page.screenshot({ path: screenshotPath('16-story-from-page') });
    const origin = new URL(host.url).origin;
    expect(requested.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
  } finally {
    await host.stop();
  }
});
