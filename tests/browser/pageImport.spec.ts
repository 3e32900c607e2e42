import { expect, fixturePath, screenshotPath, test } from './webHostFixture';

test('a saved article page imports with its metadata, and its picture credit says where it came from and what else was said', async ({ page, webHost }) => {
  await page.goto(webHost.url);
  await page.getByTestId('import-input').setInputFiles([fixturePath('pages', 'figure-credits.html')]);
  await expect(page.getByRole('alert').filter({ hasText: 'Imported 1 article from figure-credits.html' })).toBeVisible();
  await page.getByRole('option', { name: /Talks on prisoner exchange continue/ }).click();
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText('Talks on prisoner exchange continue');
  await expect(article).toContainText('Jane Doe, John Smith');
  await expect(article).toContainText('Diplomats describe the channel as irregular but open.');
  await expect(article).not.toContainText('Sign up for our newsletter');
  const credit = article.locator('.credit');
  await expect(credit).toHaveText('Image: AP Photo/Evan Vucci');
  await expect(credit).toHaveAttribute('title', 'Credit from the picture’s caption on the page. Also credited: “AP” (the page’s schema.org data).');
  await expect(article.locator('figcaption .caption')).toHaveText('Delegates arrive for the talks.');
  await page.screenshot({ path: screenshotPath('14-saved-page') });
});
