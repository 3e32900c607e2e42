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
  /** Enter in the tag input → the archive written (the "Tagged 1,000 articles" notice). */
  writeMs: number[];
  /** Enter → a `tag:` search shows every one of them. */
  searchableMs: number[];
  undoMs: number[];
}

/**
 * Bulk tagging in the real app (web host, renderer in Chromium, archive on
 * disk): sync `count` Reuters stories, select them all with Ctrl+A, press t,
 * type a tag, and time Enter until the archive has it and until a `tag:`
 * search finds them all. Then Ctrl+Z, timed until the search finds none.
 */
export async function bulkTagInApp(count: number, rounds: number): Promise<BulkTagTimes> {
  const stories = (readReutersStories(join(__dirname, '../../fixtures/reuters21578')) ?? []).slice(0, count);
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
  const times: BulkTagTimes = { articles: stories.length, writeMs: [], searchableMs: [], undoMs: [] };
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Manage sources…' }).click();
    await page.getByLabel('Feed or site address').fill(server.url('/wire.xml'));
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await page.getByRole('button', { name: /^All articles/ }).click();
    await page.locator('.sidebar-item', { hasText: 'All articles' }).filter({ hasText: String(stories.length) }).waitFor({ timeout: 120_000 });
    await page.locator('.search-status').filter({ hasText: /./ }).waitFor();
    const box = page.getByRole('searchbox', { name: 'Search the archive' });
    const results = page.locator('.search-header h2');
    const total = `${stories.length.toLocaleString('en-US')} results`;
    for (let round = 0; round < rounds; round++) {
      const label = `bench tag ${round}`;
      await page.getByRole('listbox', { name: /Articles/ }).focus();
      await page.keyboard.press('Control+a');
      await page.getByRole('region', { name: 'Selection' }).filter({ hasText: `${stories.length.toLocaleString('en-US')} selected` }).waitFor();
      await page.keyboard.press('t');
      const input = page.getByRole('dialog').getByRole('combobox');
      await input.fill(label);
      await page.getByRole('dialog').getByRole('option', { name: new RegExp(`New tag “${label}”`) }).waitFor();
      const t0 = Date.now();
      await input.press('Enter');
      await page.getByRole('status').filter({ hasText: `Tagged ${stories.length.toLocaleString('en-US')} articles` }).waitFor();
      times.writeMs.push(Date.now() - t0);
      await input.press('Escape');
      await page.keyboard.press('Escape');
      await box.fill(`tag:"${label}" `);
      await results.filter({ hasText: total }).waitFor();
      times.searchableMs.push(Date.now() - t0);
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
