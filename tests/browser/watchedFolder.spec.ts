import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, fixturePath, screenshotPath, test } from './webHostFixture';

test('a watched folder: its files are imported, a file dropped in later appears, a changed file becomes a revision, a bad file is named', async ({ page, webHost }) => {
  const folder = mkdtempSync(join(tmpdir(), 'wire-drop-'));
  copyFileSync(fixturePath('seed', '000_5991ad5017234ee2.txt'), join(folder, 'blinken.txt'));

  await page.goto(webHost.url);
  await page.getByRole('button', { name: 'Manage sources…' }).click();
  await page.getByText('Folder on this computer').click();
  await page.getByLabel(/Folder path/).fill(folder);
  await page.getByRole('button', { name: 'Watch folder' }).click();
  const row = page.getByRole('listitem', { name: /wire-drop-/ });
  await expect(row).toContainText('Healthy');
  await expect(row).toContainText(folder);
  await expect(row.locator('.source-kind')).toHaveText('Folder');

  // Dropped in after: the watcher brings it without a sync being asked for.
  copyFileSync(fixturePath('ninjs', 'examples', '3.0', 'ntb_text.json'), join(folder, 'ntb.json'));
  writeFileSync(join(folder, 'half-written.json'), '{"uri": "urn:newsml:x", "headline": ');
  await expect(row).toContainText('Needs attention');
  await expect(row.locator('.source-error')).toContainText('"half-written.json" looks like JSON but could not be read');
  await page.screenshot({ path: screenshotPath('17-watched-folder') });

  await page.getByRole('button', { name: /^All articles/ }).click();
  await expect(page.getByRole('option')).toHaveCount(2);

  // The story file is edited where it lies: the same article, updated, its first text kept.
  const story = join(folder, 'blinken.txt');
  writeFileSync(story, readFileSync(story, 'utf8').replace('In an interview with Fox News', 'In a long interview with Fox News'));
  await page.getByRole('option', { name: /Prisoner Swap/ }).click();
  const article = page.getByRole('article');
  await expect(article).toContainText('In a long interview with Fox News');
  await expect(article.getByRole('note')).toContainText('1 earlier version kept');
  await expect(page.getByRole('option')).toHaveCount(2);
});
