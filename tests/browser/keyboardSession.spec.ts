import type { Page } from '@playwright/test';
import { newsArchive } from './newsArchive';
import { expect, screenshotPath, test } from './webHostFixture';

/** Every key the session presses, counted: the whole session is done from the keyboard. */
function keyboard(page: Page): { press: (key: string) => Promise<void>; type: (text: string) => Promise<void>; count: () => number } {
  let pressed = 0;
  return {
    press: async (key) => {
      pressed++;
      await page.keyboard.press(key);
    },
    type: async (text) => {
      for (const char of text) {
        pressed++;
        await page.keyboard.press(char === ' ' ? 'Space' : char);
      }
    },
    count: () => pressed,
  };
}

test('a 40-keystroke session without the mouse: palette, j/k, star, search, open, back, Starred, remap and use the new key', async ({ page, webHost }) => {
  const server = await newsArchive(page, webHost.url);
  const keys = keyboard(page);
  const list = page.locator('[data-pane="list"] [role="listbox"]');
  const article = page.getByRole('article');
  const selected = list.locator('[role="option"][aria-selected="true"]');
  await list.focus();

  // 1. The palette runs a command: Ctrl+K, "theme", Enter switches to the dark theme.
  await keys.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('combobox')).toBeFocused();
  await keys.type('theme');
  await expect(palette.getByRole('option').first()).toContainText('Switch light / dark theme');
  await keys.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // 2. j and k move through the list and show each article.
  await keys.press('j');
  await expect(selected).toHaveAttribute('aria-posinset', '1');
  const firstHeadline = (await selected.locator('.row-headline').textContent()) ?? '';
  await expect(article.locator('h1')).toHaveText(firstHeadline);
  await keys.press('j');
  await expect(selected).toHaveAttribute('aria-posinset', '2');
  await expect(article.locator('h1')).not.toHaveText(firstHeadline);
  await keys.press('k');
  await expect(selected).toHaveAttribute('aria-posinset', '1');
  await expect(article.locator('h1')).toHaveText(firstHeadline);

  // 3. s stars it: the row is marked and the Starred folder counts it.
  await keys.press('s');
  await expect(selected.locator('.mark-starred')).toBeVisible();
  const starredFolder = page.locator('.sidebar-item', { hasText: 'Starred' });
  await expect(starredFolder.locator('.count')).toHaveText('1');

  // 4. / searches; 5. ↓ ↓ and Enter open the second result (the first ↓ enters the results).
  await keys.press('/');
  const box = page.getByRole('searchbox', { name: 'Search the archive' });
  await expect(box).toBeFocused();
  await keys.type('wheat');
  const results = page.getByRole('listbox', { name: /results/i });
  await expect(results.getByRole('option').nth(1)).toBeVisible();
  // The results for "wheat" itself, not for "whea" still on screen while its answer comes.
  await expect(results).not.toHaveAttribute('aria-busy', 'true');
  const second = (await results.getByRole('option').nth(1).locator('.row-headline').textContent()) ?? '';
  await keys.press('ArrowDown');
  await keys.press('ArrowDown');
  await keys.press('Enter');
  await expect(article.locator('h1')).toHaveText(second);
  await expect(article.locator('mark.hit').first()).toHaveText(/wheat/i);

  // 6. Esc goes back: first out of the search to the list, then the article closes.
  await keys.press('Escape');
  await expect(box).toHaveValue('');
  await expect(list).toBeFocused();
  await keys.press('Escape');
  await expect(article).toBeHidden();
  await expect(page.getByText('Select an article to read it.')).toBeVisible();

  // 7. g then s: the Starred folder, holding the one starred article.
  await keys.press('g');
  await keys.press('s');
  await expect(page.locator('.list-pane .pane-header h2')).toHaveText('Starred');
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(list.getByRole('option')).toContainText(firstHeadline);

  // 8. Remap star to i in Settings, then use i: it unstars, and s no longer does anything.
  await keys.press('Control+,');
  const filter = page.getByRole('searchbox', { name: 'Find a command' });
  await expect(filter).toBeFocused();
  await keys.type('star or');
  await keys.press('Tab');
  await expect(page.getByRole('button', { name: 'Change the shortcut for Star or unstar' })).toBeFocused();
  await keys.press('Enter');
  await expect(page.getByRole('textbox', { name: /New shortcut for Star or unstar/ })).toBeFocused();
  await keys.press('i');
  await keys.press('Enter');
  await expect(page.getByRole('row', { name: /Star or unstar/ }).locator('kbd')).toHaveText('I');
  await keys.press('Escape');
  await expect(page.locator('.list-pane .pane-header h2')).toHaveText('Starred');
  await list.getByRole('option').first().waitFor();
  await keys.press('j');
  await keys.press('i');
  await expect(starredFolder.locator('.count')).toHaveText('0');
  await keys.press('s');
  await expect(page.locator('.list-empty')).toContainText('Nothing starred yet');
  await expect(starredFolder.locator('.count')).toHaveText('0');
  expect(keys.count()).toBeLessThanOrEqual(40);
  await page.screenshot({ path: screenshotPath('40-keyboard-session-end') });
  await server.close();
});
