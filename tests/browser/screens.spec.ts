import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ARABIC_HEADLINE, newsArchive } from './newsArchive';
import { expect, screenshotPath, test } from './webHostFixture';

/** Serious and critical axe-core findings on the page as it is now, in words a failing test can show. */
async function axeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Looks at a screen: a screenshot to look at, and an accessibility audit that must find nothing serious. */
async function look(page: Page, name: string, scheme: 'light' | 'dark'): Promise<void> {
  // Settled: no half-drawn rows, no transitions.
  await expect(page.locator('.article-row.is-loading')).toHaveCount(0);
  await page.screenshot({ path: screenshotPath(`${name}-${scheme}`) });
  expect(await axeProblems(page), `${name} in the ${scheme} theme`).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every main screen in the ${scheme} theme: screenshots, and axe-core finds nothing serious or critical`, async ({ page, webHost }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    const server = await newsArchive(page, webHost.url);
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    const list = page.locator('[data-pane="list"] [role="listbox"]');
    await list.focus();

    // List and article: a story with its picture and credit.
    await page.keyboard.press('j');
    await expect(page.getByRole('article').locator('figure.picture img')).toHaveAttribute('src', /^blob:/);
    await expect(list.locator('.row-thumb').first()).toHaveAttribute('src', /^blob:/);
    await look(page, '50-list-and-article', scheme);

    // A right-to-left article is set right to left.
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('article')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('article').locator('h1')).toHaveText(ARABIC_HEADLINE);
    await look(page, '51-right-to-left-article', scheme);

    // Search results.
    await page.keyboard.press('/');
    await page.keyboard.type('wheat export');
    await expect(page.locator('.search-header h2')).toHaveText(/\d+ results?/);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('article').locator('mark.hit').first()).toBeVisible();
    await look(page, '52-search-results', scheme);
    await page.keyboard.press('Escape');

    // Tag browser, sources, settings.
    await page.keyboard.press('g');
    await page.keyboard.press('t');
    await expect(page.getByRole('main', { name: 'Tags' })).toBeVisible();
    await look(page, '53-tag-browser', scheme);
    await page.keyboard.press('g');
    await page.keyboard.press('f');
    await expect(page.getByRole('main', { name: 'Sources' })).toBeVisible();
    await look(page, '54-sources', scheme);
    await page.keyboard.press('Control+,');
    await expect(page.getByRole('main', { name: 'Settings' })).toBeVisible();
    await look(page, '55-settings', scheme);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');

    // The palette, with commands and a headline found.
    await page.keyboard.press('Control+k');
    await page.keyboard.type('whea');
    await expect(page.getByRole('dialog', { name: 'Command palette' }).locator('.kind-article').first()).toBeVisible();
    await look(page, '56-palette', scheme);
    await page.keyboard.press('Escape');

    // The shortcut sheet.
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await look(page, '57-shortcut-sheet', scheme);
    await page.keyboard.press('Escape');
    await server.close();
  });
}

test('the panes: h and l move the focus, which always shows; widths, collapsed panes and reading mode are remembered', async ({ page, webHost }) => {
  const server = await newsArchive(page, webHost.url);
  const list = page.locator('[data-pane="list"] [role="listbox"]');
  await list.focus();
  await page.keyboard.press('j');
  await expect(page.locator('[data-pane="list"]')).toHaveClass(/pane-focused/);
  await page.keyboard.press('l');
  await expect(page.locator('[data-pane="article"]')).toBeFocused();
  await expect(page.locator('[data-pane="article"]')).toHaveClass(/pane-focused/);
  await page.keyboard.press('h');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('[data-pane="sidebar"]')).toHaveClass(/pane-focused/);
  await expect(page.locator('[data-pane="sidebar"] :focus')).toHaveCount(1);

  // The list's width, by keyboard on its resize handle.
  const handle = page.getByRole('separator', { name: 'Resize the article list' });
  const before = Number(await handle.getAttribute('aria-valuenow'));
  await handle.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(handle).toHaveAttribute('aria-valuenow', String(before + 32));

  // Ctrl+B hides the sidebar; f is reading mode; both survive a reload.
  await list.focus();
  await page.keyboard.press('Control+b');
  await expect(page.locator('[data-pane="sidebar"]')).toHaveCount(0);
  await page.keyboard.press('f');
  await expect(page.locator('[data-pane="list"]')).toHaveCount(0);
  await expect(page.locator('.app')).toHaveClass(/is-reading-mode/);
  await page.screenshot({ path: screenshotPath('58-reading-mode') });
  await page.reload();
  await expect(page.locator('.app')).toHaveClass(/is-reading-mode/);
  // h from the article brings the list back, with its width kept.
  await page.locator('[data-pane="article"]').focus();
  await page.keyboard.press('h');
  await expect(page.locator('[data-pane="list"]')).toBeVisible();
  await expect(page.getByRole('separator', { name: 'Resize the article list' })).toHaveAttribute('aria-valuenow', String(before + 32));
  await expect(page.locator('[data-pane="sidebar"]')).toHaveCount(0);
  await server.close();
});

test('reading settings apply at once and are remembered: theme, size, typeface, line width', async ({ page, webHost }) => {
  const server = await newsArchive(page, webHost.url);
  await page.keyboard.press('Control+,');
  const settings = page.getByRole('main', { name: 'Settings' });
  await settings.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await settings.getByRole('radio', { name: 'Sans serif' }).check();
  await settings.getByRole('radio', { name: 'Wide' }).check();
  await settings.getByRole('slider', { name: /Text size/ }).fill('21');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const list = page.locator('[data-pane="list"] [role="listbox"]');
  await list.focus();
  await page.keyboard.press('j');
  const body = page.locator('.article-body');
  await expect(body).toHaveCSS('font-size', '21px');
  await expect(body).toHaveCSS('font-family', /system-ui|sans/);
  // Ctrl+= and Ctrl+- step the size.
  await page.keyboard.press('Control+=');
  await expect(body).toHaveCSS('font-size', '22px');
  await page.keyboard.press('Control+-');
  await page.keyboard.press('Control+-');
  await expect(body).toHaveCSS('font-size', '20px');
  await server.close();
});
