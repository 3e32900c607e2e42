import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { readReutersStories } from '../bench/searchCorpus';
import { startFeedServer, type FeedServer } from '../support/feedServer';
import { subscribeTo } from './subscribeTo';
import { expect, fixturePath } from './webHostFixture';

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const PICTURES = ['Bush-dog.jpg', 'iptc-agency-photographer-example.jpg', 'iptc-staff-photographer-example.jpg', 'iptc-independent-photographer-example.jpg'];

/** How many stories the news archive holds: Reuters stories, one Arabic wire story. */
export const NEWS_STORIES = 40;
export const ARABIC_HEADLINE = 'محادثات المناخ تستأنف في جنيف';

/**
 * A feed of Reuters stories (1987), every fifth with a picture from the
 * fixtures (the newest among them), and one Arabic story, synced into a fresh archive: the
 * reader's everyday screens with real text and real pictures.
 */
export async function newsArchive(page: Page, url: string): Promise<FeedServer> {
  const stories = (readReutersStories(fixturePath('reuters21578')) ?? []).slice(0, NEWS_STORIES - 1);
  const server = await startFeedServer();
  PICTURES.forEach((name, i) => server.route(`/pictures/${i}.jpg`, (_req, res) => res.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(readFileSync(fixturePath('images', name)))));
  const item = (i: number, title: string, body: string, language = '') =>
    `<item><guid>n${i}</guid><title>${esc(title)}</title><link>https://wire.example/n${i}</link><pubDate>${new Date(Date.UTC(1987, 2, 1, 12) + i * 3_600_000).toUTCString()}</pubDate>${language}<description>${esc(body.split('\n').map((p) => `<p>${p}</p>`).join(''))}</description>${
      i % 5 === 3 ? `<media:content url="${server.url(`/pictures/${Math.floor(i / 5) % PICTURES.length}.jpg`)}" medium="image"><media:description>${esc(`Picture for “${title}”.`)}</media:description></media:content>` : ''
    }</item>`;
  const arabic = `<item><guid>ar1</guid><title>${ARABIC_HEADLINE}</title><link>https://wire.example/ar1</link><pubDate>${new Date(Date.UTC(1987, 1, 27, 12)).toUTCString()}</pubDate><description>${esc('<p>استأنف المفاوضون محادثاتهم اليوم في جنيف بعد توقف دام أسبوعين.</p>')}</description></item>`;
  server.route('/news.xml', (_req, res) =>
    res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Reuters 1987</title><link>https://wire.example/</link>
${stories.map((s, i) => item(i, s.title, s.body)).join('\n')}
${arabic}
</channel></rss>`),
  );
  await page.goto(url);
  await subscribeTo(page, server.url('/news.xml'), 'Reuters 1987');
  await page.getByRole('button', { name: /^All articles/ }).click();
  await expect(page.locator('.list-pane .pane-count')).toHaveText(String(NEWS_STORIES));
  await expect(page.locator('.search-status')).toHaveText('Search ready');
  return server;
}
