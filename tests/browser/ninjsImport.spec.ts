import { expect, fixturePath, screenshotPath, test } from './webHostFixture';

test('wire items import with their status: a canceled one is marked in the list and on the article, an invalid one imports with a warning', async ({ page, webHost }) => {
  await page.goto(webHost.url);
  await page.getByTestId('import-input').setInputFiles([
    fixturePath('ninjs', 'examples', '3.0', 'tt_text_image_3.json'),
    fixturePath('ninjs', 'validation', '1.0', 'should_pass', '023_pubstatus_canceled.json'),
    fixturePath('ninjs', 'validation', '1.0', 'should_fail', '006_version_must_be_string.json'),
  ]);
  const report = page.getByRole('alert').filter({ hasText: 'Imported 3 articles' });
  await expect(report).toContainText('Imported, with a problem');
  await expect(report).toContainText('"006_version_must_be_string.json", item "Untitled wire item": not valid ninjs 1.6: version must be string');
  await expect(page.getByRole('option')).toHaveCount(3);

  const canceled = page.getByRole('option').filter({ hasText: 'Canceled' });
  await expect(canceled).toHaveCount(1);
  await canceled.click();
  await expect(page.getByRole('article').getByRole('alert')).toHaveText('Canceled by the agency: this story must not be used.');

  await page.getByRole('option', { name: /Militärövning/ }).click();
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText('Militärövning i jätteformat hålls 2023');
  await expect(article).toContainText('Inrikes · militärövning · urgency 3');
  await expect(article).toContainText('Karl Melander/TT');
  await page.screenshot({ path: screenshotPath('13-ninjs-wire-item') });
});

test('a folder of wire items imports in one go, subfolders too, with progress and one report', async ({ page, webHost }) => {
  await page.goto(webHost.url);
  await page.getByTestId('import-folder-input').setInputFiles(fixturePath('ninjs', 'examples', '3.0'));
  const report = page.getByRole('alert').filter({ hasText: /Imported \d+ articles from 19 files/ });
  await expect(report).toBeVisible();
  // 18 items and a collection of 14 in a subfolder; two files are the same item (one uri), so one article.
  await expect(page.locator('.list-pane .pane-count')).toHaveText('31');
  await expect(report).toContainText('Imported 32 articles from 19 files');
});
