import type { Page } from '@playwright/test';
import { rssFeed, servesWithEtag, startFeedServer, type FeedServer, type FixtureItem } from '../support/feedServer';
import { expect, screenshotPath, test } from './webHostFixture';

let server: FeedServer;
let items: FixtureItem[];

test.beforeEach(async () => {
  server = await startFeedServer();
  items = [
    { guid: 'w1', title: 'Court extends detention of reporter', body: 'A Moscow court extended the detention of the reporter until August.', categories: ['World'] },
    { guid: 'w2', title: 'Talks on prisoner exchange continue', body: 'Diplomats said the channel remained open.' },
    { guid: 'w3', title: 'Embassy issues travel advice', body: 'Citizens were told to register with the embassy.' },
  ];
  server.route('/wire.xml', servesWithEtag(() => rssFeed('Test Wire', items)));
});

test.afterEach(() => server.close());

async function subscribe(page: Page, url: string): Promise<void> {
  await page.getByRole('button', { name: 'Manage sources…' }).click();
  await page.getByLabel('Feed or site address').fill(url);
  await page.getByRole('button', { name: 'Subscribe' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Subscribed to “Test Wire”' })).toBeVisible();
}

test('subscribe to a local feed, sync, and read its articles from the archive', async ({ page, webHost }) => {
  await page.goto(webHost.url);
  await subscribe(page, server.url('/wire.xml'));
  const row = page.getByRole('listitem', { name: /Test Wire/ });
  await expect(row).toContainText('Healthy');
  await page.screenshot({ path: screenshotPath('10-sources-healthy') });
  await page.getByRole('button', { name: /^All articles/ }).click();
  await expect(page.getByRole('option')).toHaveCount(3);
  await page.getByRole('option', { name: /Court extends detention/ }).click();
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText('Court extends detention of reporter');
  await expect(page.getByRole('article')).toContainText('until August');
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /Test Wire\s*3/ })).toBeVisible();
});

test('an item changed on the server is marked updated, with the old version kept', async ({ page, webHost }) => {
  await page.goto(webHost.url);
  await subscribe(page, server.url('/wire.xml'));
  await page.getByRole('button', { name: /^All articles/ }).click();
  await expect(page.getByRole('option')).toHaveCount(3);
  items[0] = { guid: 'w1', title: 'Court extends detention of reporter to November', body: 'The court extended the detention until November, his lawyers said.' };
  await page.keyboard.press('r');
  await expect(page.getByRole('option', { name: /to November/ })).toBeVisible();
  await expect(page.getByRole('option')).toHaveCount(3);
  await page.getByRole('button', { name: /^Updated/ }).click();
  await expect(page.getByRole('option')).toHaveCount(1);
  await page.getByRole('option').click();
  const article = page.getByRole('article');
  await expect(article.getByRole('note')).toHaveText(/Updated by its source since it was archived · 1 earlier version kept/);
  await expect(article).toContainText('until November');
  await page.screenshot({ path: screenshotPath('11-updated-article') });
});

test('with the server gone the Sources view shows the error and the backoff, then it recovers', async ({ page, webHost }) => {
  await page.goto(webHost.url);
  await subscribe(page, server.url('/wire.xml'));
  const row = page.getByRole('listitem', { name: /Test Wire/ });
  await expect(row).toContainText('Healthy');
  const port = Number(new URL(server.origin).port);
  await server.close();
  await row.getByRole('button', { name: 'Sync now' }).click();
  await expect(row).toContainText('Failing');
  await expect(row.getByRole('note')).toContainText('refused the connection');
  await expect(row).toContainText(/Next attempt\s*in/);
  await page.screenshot({ path: screenshotPath('12-source-failing') });
  // The server comes back on the same address; the scheduled retry finds it without anyone asking.
  server = await startFeedServer(port);
  server.route('/wire.xml', servesWithEtag(() => rssFeed('Test Wire', items)));
  await expect(row).toContainText('Healthy', { timeout: 15_000 });
  await expect(row.getByRole('note')).toHaveCount(0);
});

test('a source can be paused and resumed from the keyboard, edited and removed', async ({ page, webHost }) => {
  await page.goto(webHost.url);
  await subscribe(page, server.url('/wire.xml'));
  const row = page.getByRole('listitem', { name: /Test Wire/ });
  await expect(row).toContainText('Healthy');
  await page.getByRole('heading', { level: 1, name: 'Sources' }).click();
  await page.keyboard.press('p');
  await expect(row).toContainText('Paused');
  await page.keyboard.press('p');
  await expect(row).toContainText('Healthy');
  await row.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Name').fill('Wire Desk');
  await page.getByLabel('Folder', { exact: true }).last().fill('Agencies');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Agencies' })).toBeVisible();
  await expect(page.getByRole('listitem', { name: /Wire Desk/ })).toBeVisible();
  await page.getByRole('listitem', { name: /Wire Desk/ }).getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('listitem', { name: /Wire Desk/ }).getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByText('No subscriptions yet')).toBeVisible();
});

test('health times in the Sources view keep counting while it stays open', async ({ page, webHost }) => {
  // Fake timers in the page only; the host keeps real time. Time flows until fastForward jumps it.
  await page.clock.install();
  await page.goto(webHost.url);
  await subscribe(page, server.url('/wire.xml'));
  const row = page.getByRole('listitem', { name: /Test Wire/ });
  await expect(row).toContainText('Healthy');
  await expect(row).toContainText(/Last success\s*just now/);
  await expect(row).toContainText(/Next attempt\s*in 30 minutes/);
  await page.clock.fastForward('10:00');
  await expect(row).toContainText(/Last success\s*10 minutes ago/);
  await expect(row).toContainText(/Next attempt\s*in 20 minutes/);
});
