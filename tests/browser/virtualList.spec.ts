import { seedArchive } from './seedArchive';
import { expect, screenshotPath, test } from './webHostFixture';

const COUNT = 100_000;

test('100,000 articles: the list keeps fewer than 200 rows in the DOM, and End and G jump to the oldest', async ({ page, webHost }) => {
  // Writing 100,000 articles into IndexedDB takes most of a minute on a small machine.
  test.setTimeout(240_000);
  await page.goto(webHost.url);
  await seedArchive(page, { count: COUNT, texts: ['Ministers met in Geneva on Tuesday to resume the talks.', 'Markets closed higher after a quiet session.'], paragraphs: 2, starEvery: 1000 });
  const list = page.locator('[data-pane="list"] [role="listbox"]');
  await expect(page.locator('.list-pane .pane-count')).toHaveText(COUNT.toLocaleString('en-US'));
  const rows = list.getByRole('option');
  await expect(rows.first()).toContainText('Seed story 0:');
  expect(await rows.count()).toBeLessThan(200);
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(COUNT));

  // End: the oldest article, selected and scrolled to.
  await list.focus();
  await page.keyboard.press('End');
  const selected = list.locator('[aria-selected="true"]');
  await expect(selected).toHaveAttribute('aria-posinset', String(COUNT));
  await expect(selected).toContainText(`Seed story ${COUNT - 1}:`);
  await expect(selected).toBeInViewport();
  expect(await rows.count()).toBeLessThan(200);

  // Home, then G (Shift+g) does the same.
  await page.keyboard.press('Home');
  await expect(selected).toHaveAttribute('aria-posinset', '1');
  await expect(selected).toBeInViewport();
  await page.keyboard.press('Shift+G');
  await expect(selected).toHaveAttribute('aria-posinset', String(COUNT));
  await expect(selected).toContainText(`Seed story ${COUNT - 1}:`);

  // k from the end shows the one before it, read from the archive as it scrolls in.
  await page.keyboard.press('k');
  await expect(selected).toHaveAttribute('aria-posinset', String(COUNT - 1));
  await expect(page.getByRole('article').locator('h1')).toContainText(`Seed story ${COUNT - 2}:`);

  // Scrolling the middle of the list by wheel keeps the DOM small and fills the rows in.
  await list.hover();
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -20_000);
  await expect(list.locator('.article-row.is-loading')).toHaveCount(0);
  expect(await rows.count()).toBeLessThan(200);

  // The Starred folder reads its (sparse) index: every 1000th article.
  await page.keyboard.press('g');
  await page.keyboard.press('s');
  await expect(page.locator('.list-pane .pane-count')).toHaveText(String(COUNT / 1000));
  await page.screenshot({ path: screenshotPath('41-virtual-list-100k') });
});
