import { expect, fixturePath, screenshotPath, test } from './webHostFixture';

test('a bad file gets a clear message and the good ones in the same import still land', async ({ page, webHost }) => {
  await page.goto(webHost.url);
  await page.getByTestId('import-input').setInputFiles([fixturePath('articles', 'empty.txt'), fixturePath('articles', 'two-credits.txt'), fixturePath('articles', 'binary.txt')]);
  const report = page.getByRole('alert');
  await expect(report).toContainText('Imported 1 article from two-credits.txt');
  await expect(report).toContainText('2 files could not be imported');
  await expect(report).toContainText('"empty.txt" is empty');
  await expect(report).toContainText('"binary.txt" is not a text file');
  await page.screenshot({ path: screenshotPath('05-import-errors') });
  await expect(page.getByRole('option')).toHaveCount(1);
});

test('undo takes back what an import added', async ({ page, webHost }) => {
  await page.goto(webHost.url);
  await page.getByTestId('import-input').setInputFiles([fixturePath('articles', 'crlf.txt'), fixturePath('articles', 'dated.txt')]);
  await expect(page.getByRole('option')).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { name: 'Your archive is empty' })).toBeVisible();
});

test('files dropped on the window are imported', async ({ page, webHost }) => {
  await page.goto(webHost.url);
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['Dropped Story Headline\n\nThe first paragraph of the dropped story.'], 'dropped.txt', { type: 'text/plain' }));
    return transfer;
  });
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop articles, feeds or wire items to import them')).toBeVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.getByRole('option')).toContainText('Dropped Story Headline');
  await expect(page.getByText('Drop articles, feeds or wire items to import them')).toHaveCount(0);
});

test('j/k move through the list newest first, Enter opens, and focus is visible', async ({ page, webHost }) => {
  await page.goto(webHost.url);
  await page.getByTestId('import-input').setInputFiles([fixturePath('articles', 'dated.txt'), fixturePath('articles', 'two-credits.txt'), fixturePath('articles', 'no-byline.txt')]);
  await expect(page.getByRole('option')).toHaveCount(3);
  const rows = page.getByRole('option');
  // two-credits (2024) before dated (2023); the undated article sorts by its import time, today.
  await expect(rows.nth(1)).toContainText('Floods Force Thousands');
  await expect(rows.nth(2)).toContainText('Court Extends Detention');
  await page.getByRole('listbox').focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('k');
  await page.keyboard.press('k');
  await page.keyboard.press('k');
  await page.keyboard.press('j');
  await expect(page.getByRole('option', { selected: true })).toContainText('Floods Force Thousands');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText('Floods Force Thousands From Homes in Bavaria');
  const outline = await page.getByRole('listbox').evaluate((el) => getComputedStyle(el.querySelector('.is-selected') ?? el).outlineStyle);
  expect(outline).toBe('solid');
  await page.screenshot({ path: screenshotPath('06-keyboard') });
});

test('Ctrl+O opens the file picker in web mode', async ({ page, webHost }) => {
  await page.goto(webHost.url);
  // Once the host is connected the app has rendered twice, so its key handlers are attached.
  await expect(page.getByRole('status')).toContainText('Host connected');
  // And settled: the search worker has answered, so start-up work no longer competes with the key press.
  await expect(page.locator('.search-status')).toHaveText('Search ready');
  // Keys go to the focused page, as they would after a person clicks into the window.
  await page.getByRole('heading', { name: 'All articles' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+o');
  await (await chooser).setFiles(fixturePath('articles', 'cyrillic.txt'));
  await expect(page.getByRole('option')).toContainText('Переговоры об обмене');
});
