import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { startHost } from '../../browser/webHostFixture';
import { startFeedServer } from '../../support/feedServer';
import { readReutersStories } from '../searchCorpus';

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface BulkTagTimes {
  articles: number;
  /**
   * Enter in the tag input → the "Tagged 1,000 articles" notice, which the
   * app shows once the archive is written and the search index has read
   * the change (TagHistoryProvider waits for both).
   */
  writeMs: number[];
  /** Typing a `tag:` query (one fill) → the results show every one of them. */
  searchMs: number[];
  undoMs: number[];
  /** From the sync's end to the background name pass done, for all the articles. */
  namePassMs: number;
}

/**
 * Bulk tagging in the real app (web host, renderer in Chromium, archive on
 * disk): sync `count` Reuters stories, select them all with Ctrl+A, press t,
 * type a tag, and time Enter until the archive and the index have it, then
 * a `tag:` search until it shows them all (the Escapes between are the
 * test driver's, not the archivist's, and are left out). Then Ctrl+Z, timed
 * until a search finds none.
 */
export async function bulkTagInApp(count: number, rounds: number): Promise<BulkTagTimes> {
  // All 21,578 stories from ../shared when it is there; the 1,000 copied into the fixtures otherwise.
  const stories = (readReutersStories(join(__dirname, '../../../../shared/corpora/reuters21578')) ?? readReutersStories(join(__dirname, '../../fixtures/reuters21578')) ?? []).slice(0, count);
  const server = await startFeedServer();
  server.route('/wire.xml', (_req, res) =>
    res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>${stories
        .map((s, i) => `<item><guid>w${i}</guid><title>${esc(s.title)}</title><link>https://wire.example/w${i}</link><description>${esc(`<p>${s.body}</p>`)}</description></item>`)
        .join('')}</channel></rss>`,
    ),
  );
  const host = await startHost();
  const profile = mkdtempSync(join(tmpdir(), 'tags-bench-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--disable-gpu', '--disable-quic', '--no-sandbox'] });
  const times: BulkTagTimes = { articles: stories.length, writeMs: [], searchMs: [], undoMs: [], namePassMs: 0 };
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    if (process.env['BENCH_CONSOLE']) page.on('console', (m) => process.stdout.write(`page: ${m.text()}\n`));
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Manage sources…' }).click();
    await page.getByLabel('Feed or site address').fill(server.url('/wire.xml'));
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await page.getByRole('button', { name: /^All articles/ }).click();
    await page.locator('.sidebar-item', { hasText: 'All articles' }).filter({ hasText: String(stories.length) }).waitFor({ timeout: 120_000 });
    // Steady state: the background pass has found the synced stories' names (it re-indexes them as it goes).
    const namesStart = Date.now();
    await page.locator('.names-status').waitFor({ state: 'detached', timeout: 300_000 });
    times.namePassMs = Date.now() - namesStart;
    await page.locator('.search-status').filter({ hasText: 'Search ready' }).waitFor();
    const box = page.getByRole('searchbox', { name: 'Search the archive' });
    const results = page.locator('.search-header h2');
    const total = `${stories.length.toLocaleString('en-US')} results`;
    for (let round = 0; round < rounds; round++) {
      const label = process.env["BENCH_TAG_LABEL"] ? `${process.env["BENCH_TAG_LABEL"]}${round}` : `bench tag ${round}`;
      await page.getByRole('listbox', { name: /Articles/ }).focus();
      await page.keyboard.press('Control+a');
      await page.getByRole('region', { name: 'Selection' }).filter({ hasText: `${stories.length.toLocaleString('en-US')} selected` }).waitFor();
      await page.keyboard.press('t');
      const input = page.getByRole('dialog').getByRole('combobox');
      await input.fill(label);
      await page.getByRole('dialog').getByRole('option', { name: new RegExp(`New tag “${label}”`) }).waitFor();
      // Timed in the page, from the Enter keydown to the notice in the DOM, so the driver's own round trips are not counted.
      const noticeText = `Tagged ${stories.length.toLocaleString('en-US')} articles “${label}”`;
      const timed = page.evaluate(
        (text) =>
          new Promise<number>((resolve) => {
            let start = 0;
            window.addEventListener('keydown', (event) => event.key === 'Enter' && (start ||= performance.now()), { capture: true, once: true });
            const observer = new MutationObserver(() => {
              const notice = document.querySelector('.tag-notice');
              if (start && notice?.textContent.startsWith(text)) {
                observer.disconnect();
                resolve(performance.now() - start);
              }
            });
            observer.observe(document.body, { childList: true, subtree: true, characterData: true });
          }),
        noticeText,
      );
      await input.press('Enter');
      times.writeMs.push(Math.round(await timed));
      await input.press('Escape');
      await page.keyboard.press('Escape');
      const s0 = Date.now();
      await box.fill(`tag:"${label}" `);
      await results.filter({ hasText: total }).waitFor();
      times.searchMs.push(Date.now() - s0);
      await box.fill('');
      await page.getByRole('listbox', { name: /Articles/ }).focus();
      const u0 = Date.now();
      await page.keyboard.press('Control+z');
      await page.getByRole('status').filter({ hasText: 'Undone' }).waitFor();
      await box.fill(`tag:"${label}" `);
      await results.filter({ hasText: '0 results' }).waitFor();
      times.undoMs.push(Date.now() - u0);
      await box.fill('');
    }
  } finally {
    await context.close();
    await host.stop();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return times;
}
