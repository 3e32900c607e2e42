import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { readReutersStories } from '../bench/searchCorpus';
import { startFeedServer, type FeedServer } from '../support/feedServer';
import { subscribeTo } from './subscribeTo';
import { expect, fixturePath, screenshotPath, test } from './webHostFixture';

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const STORIES = 60;

/** A feed of 60 Reuters stories (1987), one a day, synced into a fresh archive. */
async function archiveOfStories(page: Page, url: string): Promise<FeedServer> {
  const stories = (readReutersStories(fixturePath('reuters21578')) ?? []).slice(0, STORIES);
  const server = await startFeedServer();
  const item = (i: number, title: string, body: string) =>
    `<item><guid>r${i}</guid><title>${esc(title)}</title><link>https://wire.example/r${i}</link><pubDate>${new Date(Date.UTC(1987, 2, 1 + Math.floor(i / 3), 12)).toUTCString()}</pubDate><description>${esc(body.split('\n').map((p) => `<p>${p}</p>`).join(''))}</description></item>`;
  server.route('/reuters.xml', (_req, res) =>
    res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Reuters 1987</title><link>https://wire.example/</link>
${stories.map((s, i) => item(i, s.title, s.body)).join('\n')}
</channel></rss>`),
  );
  await page.goto(url);
  await subscribeTo(page, server.url('/reuters.xml'), 'Reuters 1987');
  await page.getByRole('button', { name: /^All articles/ }).click();
  await expect(page.locator('.list-pane .pane-count')).toHaveText(String(STORIES));
  // The background pass finds the stories' names (after a quiet moment); wait for it, so suggestions and timelines hold still.
  await expect(page.locator('.names-status')).toBeVisible();
  await expect(page.locator('.names-status')).toHaveCount(0, { timeout: 20_000 });
  return server;
}

async function searchCount(page: Page, query: string): Promise<string> {
  const box = page.getByRole('searchbox', { name: 'Search the archive' });
  await box.fill(`${query} `);
  const header = page.locator('.search-header h2');
  await expect(header).toHaveText(/^\d+ results?$/);
  return (await header.textContent()) ?? '';
}

async function clearSearch(page: Page): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search the archive' }).fill('');
  await page.getByRole('listbox', { name: /Articles/ }).focus();
}

test('t tags the open article from the keyboard: autocomplete shows the topic path, Enter adds, Backspace removes; search sees tag: and topic:', async ({ page, webHost }) => {
  const server = await archiveOfStories(page, webHost.url);
  const list = page.getByRole('listbox', { name: /Articles/ });
  await list.focus();
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  const article = page.getByRole('article');
  await expect(article.locator('h1')).toBeVisible();

  await page.keyboard.press('t');
  const dialog = page.getByRole('dialog', { name: 'Tags on this article' });
  const input = dialog.getByRole('combobox', { name: 'Add a tag' });
  await expect(input).toBeFocused();
  await input.pressSequentially('armed conf');
  const first = dialog.getByRole('option').first();
  await expect(first).toContainText('armed conflict');
  await expect(first).toContainText('conflict, war and peace › armed conflict');
  await page.screenshot({ path: screenshotPath('21-tag-input') });
  await input.press('Enter');
  const chips = dialog.getByRole('list', { name: 'Tags now' });
  await expect(chips).toContainText('armed conflict');

  // Free text is a tag too, cleaned: control characters go, right-to-left text stays as written.
  await input.fill('Desk\u0007 review');
  await expect(dialog.getByRole('option', { name: /New tag “Desk review”/ })).toBeVisible();
  await input.press('Enter');
  await expect(chips).toContainText('Desk review');
  await input.fill('أخبار');
  await dialog.getByRole('option', { name: /New tag/ }).click();
  await expect(chips.locator('[dir="rtl"]')).toHaveText('أخبار');
  // Backspace in the empty box takes off the last tag added.
  await input.press('Backspace');
  await expect(chips).not.toContainText('أخبار');
  // Nothing useful, or far too long: a clear message, nothing added.
  const tagCount = await chips.getByRole('listitem').count();
  await input.fill('x'.repeat(10_000));
  await input.press('Enter');
  await expect(dialog.getByRole('alert')).toContainText('at most 120 characters; this one has 10,000');
  await input.fill('   ');
  await input.press('Enter');
  await expect(chips.getByRole('listitem')).toHaveCount(tagCount);
  await input.press('Escape');
  await expect(dialog).toBeHidden();

  // The article shows them, saying where each came from.
  await expect(article.getByRole('list', { name: 'Media Topics' })).toContainText('armed conflict');
  await expect(article.getByRole('list', { name: 'Tags' })).toContainText('Desk review');
  await expect(article.getByRole('list', { name: 'Media Topics' }).getByRole('listitem').first()).toHaveAttribute('title', /Media Topic · picked from the vocabulary · medtop:16000000|Media Topic · picked from the vocabulary/);

  expect(await searchCount(page, 'tag:"desk review"')).toBe('1 result');
  expect(await searchCount(page, 'topic:"armed conflict"')).toBe('1 result');
  await server.close();
});

test('bulk: x and Shift+J pick 50 articles, t tags them all, Ctrl+Z undoes and Ctrl+Shift+Z redoes; Ctrl+A and "Tag all" reach everything', async ({ page, webHost }) => {
  const server = await archiveOfStories(page, webHost.url);
  const list = page.getByRole('listbox', { name: /Articles/ });
  await list.focus();
  await page.keyboard.press('j');
  await page.keyboard.press('x');
  for (let i = 0; i < 49; i++) await page.keyboard.press('Shift+J');
  const bar = page.getByRole('region', { name: 'Selection' });
  await expect(bar).toContainText('50 selected');
  // The list is virtualized: the rows on screen around the 50th show where the picking ends.
  await expect(list.locator('[aria-posinset="50"]')).toHaveAttribute('aria-checked', 'true');
  await expect(list.locator('[aria-posinset="49"]')).toHaveAttribute('aria-checked', 'true');
  await expect(list.locator('[aria-posinset="51"]')).toHaveAttribute('aria-checked', 'false');
  // Picked rows stay where the list put them: one row height apart, no gaps.
  const tops = await list.locator('[aria-posinset="49"], [aria-posinset="50"], [aria-posinset="51"]').evaluateAll((rows) => rows.map((row) => row.getBoundingClientRect().top).sort((a, b) => a - b));
  expect(tops.slice(1).map((top, i) => top - (tops[i] ?? 0))).toEqual([72, 72]);
  await page.screenshot({ path: screenshotPath('22-bulk-selection') });

  await page.keyboard.press('t');
  const dialog = page.getByRole('dialog', { name: 'Tags on 50 articles selected' });
  await dialog.getByRole('combobox').fill('Morning file');
  await dialog.getByRole('combobox').press('Enter');
  await expect(dialog.getByRole('list', { name: 'Tags now' })).toContainText('Morning file');
  await dialog.getByRole('combobox').press('Escape');
  await expect(page.getByRole('status').filter({ hasText: 'Tagged 50 articles “Morning file”' })).toBeVisible();
  expect(await searchCount(page, 'tag:"morning file"')).toBe('50 results');

  await clearSearch(page);
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').filter({ hasText: 'Undone: Tagged 50 articles' })).toBeVisible();
  expect(await searchCount(page, 'tag:"morning file"')).toBe('0 results');
  await clearSearch(page);
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByRole('status').filter({ hasText: 'Redone' })).toBeVisible();
  expect(await searchCount(page, 'tag:"morning file"')).toBe('50 results');

  // Esc clears the picking; Ctrl+A picks the whole list.
  await clearSearch(page);
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  await page.keyboard.press('Control+a');
  await expect(bar).toContainText(`${STORIES} selected`);
  // Bulk untag: the selection's tags show how many carry each; × takes one off them all.
  await page.keyboard.press('t');
  const picked = page.getByRole('dialog', { name: `Tags on ${STORIES} articles selected` });
  const morning = picked.getByRole('list', { name: 'Tags now' }).getByRole('listitem').filter({ hasText: 'Morning file' });
  await expect(morning).toContainText(`50/${STORIES}`);
  await morning.getByRole('button', { name: 'Remove Morning file' }).click();
  await expect(morning).toHaveCount(0);
  await picked.getByRole('combobox').press('Escape');
  await expect(page.getByRole('status').filter({ hasText: `Took “Morning file” off ${STORIES} articles` })).toBeVisible();
  await page.keyboard.press('Escape');
  expect(await searchCount(page, 'tag:"morning file"')).toBe('0 results');
  await clearSearch(page);

  // Everything a search matches, in one step.
  const wheat = await searchCount(page, 'wheat');
  await page.getByRole('button', { name: 'Tag all…' }).click();
  const all = page.getByRole('dialog', { name: /Tags on all \d+ articles matching “wheat”/ });
  await all.getByRole('combobox').fill('grain desk');
  await all.getByRole('combobox').press('Enter');
  await all.getByRole('combobox').press('Escape');
  await expect(page.getByRole('status').filter({ hasText: `Tagged ${wheat.replace(' results', '')} articles “grain desk”` })).toBeVisible();
  expect(await searchCount(page, 'tag:"grain desk"')).toBe(wheat);
  await server.close();
});

test('the tag browser: counts, merge on rename after confirming, a timeline with the names beside it; export, delete and import back; a bad CSV changes nothing', async ({ page, webHost }, testInfo) => {
  const server = await archiveOfStories(page, webHost.url);
  const list = page.getByRole('listbox', { name: /Articles/ });
  const tagFirst = async (count: number, label: string, skip = 0) => {
    await page.getByRole('button', { name: /^All articles/ }).click();
    await list.getByRole('option').first().click();
    for (let i = 0; i < skip; i++) await page.keyboard.press('j');
    await page.keyboard.press('x');
    for (let i = 1; i < count; i++) await page.keyboard.press('Shift+J');
    await page.keyboard.press('t');
    const input = page.getByRole('dialog').getByRole('combobox');
    await input.fill(label);
    await page.getByRole('dialog').getByRole('option', { name: new RegExp(`New tag “${label}”`) }).click();
    await expect(page.getByRole('dialog').getByRole('list', { name: 'Tags now' })).toContainText(label);
    await input.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('region', { name: 'Selection' })).toBeHidden();
  };
  await tagFirst(4, 'Grain');
  await tagFirst(3, 'grains trade', 2);

  await page.getByRole('button', { name: 'Tags', exact: true }).click();
  const tags = page.getByRole('list', { name: 'Tags with their article counts' });
  await expect(tags.getByRole('button', { name: /^Grain/ })).toContainText('4');
  await tags.getByRole('button', { name: /^grains trade/ }).click();
  await page.getByRole('button', { name: 'Rename…' }).click();
  await page.getByLabel('New name').fill('grain');
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(page.getByRole('alertdialog')).toContainText('“Grain” already exists on 4 articles. Merge “grains trade” (3) into it?');
  await page.getByRole('button', { name: 'Merge' }).click();
  // Two articles carried both: 4 + 3 - 2.
  await expect(tags.getByRole('button', { name: /^Grain/ })).toContainText('5');
  await expect(tags.getByRole('button', { name: /^grains trade/ })).toHaveCount(0);
  await expect(page.getByText('Also called: “grains trade”')).toBeVisible();

  // The timeline, by day and by month, and the names found beside the tag.
  const timeline = page.getByRole('region', { name: 'Timeline of Grain' });
  await expect(timeline.getByRole('heading', { level: 4 })).toHaveCount(2);
  await timeline.getByRole('button', { name: 'By month' }).click();
  await expect(timeline.getByRole('heading', { level: 4 })).toHaveText([/March 1987\s*5/]);
  // Synced articles got their names from the background pass; the timeline lists them beside the tag.
  const beside = page.getByRole('complementary', { name: 'Names beside this tag' });
  await expect(beside.getByRole('listitem').first()).toBeVisible();
  await expect(beside.getByRole('listitem').filter({ hasText: 'Argentina' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('23-tag-timeline') });

  // Export, delete, import back: the same tags, and importing again changes nothing.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csvPath = testInfo.outputPath('tags.csv');
  await (await download).saveAs(csvPath);
  const csv = readFileSync(csvPath, 'utf8');
  expect(csv.split('\r\n')[0]).toBe('article_id,headline,tag,kind,code,entity,added_at,via');
  expect(csv.match(/,Grain,archivist,/g)).toHaveLength(5);
  await page.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(tags.getByRole('button', { name: /^Grain/ })).toHaveCount(0);
  const importInput = page.getByTestId('tag-import-input');
  await importInput.setInputFiles(csvPath);
  await expect(page.getByRole('status').filter({ hasText: /^Imported 5 tags from tags\.csv/ })).toBeVisible();
  await expect(tags.getByRole('button', { name: /^Grain/ })).toContainText('5');
  await importInput.setInputFiles(csvPath);
  await expect(page.getByRole('status').filter({ hasText: /Imported 0 tags .*nothing to change/ })).toBeVisible();

  // A malformed file: every problem by line, and nothing applied.
  const lines = csv.trim().split('\r\n');
  const bad = [lines[0], lines[1], 'only-two,cells', lines.find((line) => line.includes(',Grain,archivist,'))?.replace(',archivist,', ',sticker,'), '"never closed,x,y,archivist,,,,'].join('\r\n');
  await importInput.setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  const problems = page.getByRole('alert').filter({ hasText: 'broken.csv was not imported' });
  await expect(problems).toContainText('Line 3: 2 cells where the header has 8');
  await expect(problems).toContainText('Line 4: kind "sticker" is not one of');
  await expect(problems).toContainText('Line 5: a quoted cell is never closed');
  await expect(tags.getByRole('button', { name: /^Grain/ })).toContainText('5');
  await page.screenshot({ path: screenshotPath('24-tag-import-problems') });
  await server.close();
});

test('suggested topics: + accepts the first, - rejects it, and a rejection outlives a reload', async ({ page, webHost }) => {
  const server = await archiveOfStories(page, webHost.url);
  await page.getByRole('listbox', { name: /Articles/ }).focus();
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  const suggestions = page.getByRole('region', { name: 'Suggested Media Topics' });
  await expect(suggestions.getByRole('listitem').first()).toBeVisible();
  await expect(suggestions).toContainText('suggested because of');
  await page.screenshot({ path: screenshotPath('25-topic-suggestions') });
  const firstTopic = (await suggestions.locator('.suggestion-label').first().textContent()) ?? '';
  await page.keyboard.press('+');
  await expect(page.getByRole('article').getByRole('list', { name: 'Media Topics' })).toContainText(firstTopic);
  const next = (await suggestions.locator('.suggestion-label').first().textContent()) ?? '';
  await page.keyboard.press('-');
  await expect(suggestions.locator('.suggestion-label').first()).not.toHaveText(next);
  // A rejection is a step like any other: Ctrl+Z offers the topic again, Ctrl+Shift+Z rejects it again.
  await page.keyboard.press('Control+z');
  await expect(suggestions.locator('.suggestion-label').first()).toHaveText(next);
  await page.keyboard.press('Control+Shift+z');
  await expect(suggestions.locator('.suggestion-label').first()).not.toHaveText(next);
  await page.reload();
  await page.getByRole('listbox', { name: /Articles/ }).focus();
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article').getByRole('list', { name: 'Media Topics' })).toContainText(firstTopic);
  await expect(suggestions.locator('.suggestion-label')).not.toContainText([next]);
  await expect(suggestions.getByRole('button', { name: /Offer the 1 rejected topic again/ })).toBeVisible();

  // The tag browser's Media Topic tree counts the topic under each of its ancestors.
  await page.getByRole('button', { name: 'Tags', exact: true }).click();
  await page.getByRole('tab', { name: 'Media Topics' }).click();
  const tree = page.getByRole('list', { name: 'Media Topics with counts' });
  await expect(tree.getByRole('button', { name: firstTopic, exact: true })).toBeVisible();
  await expect(tree.locator('> li').first().locator('.count').first()).toHaveText('1');
  await page.screenshot({ path: screenshotPath('26-topic-tree') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await tree.getByRole('button', { name: firstTopic, exact: true }).click();
  await expect(page.getByRole('region', { name: `Timeline of ${firstTopic}` })).toBeVisible();
  await page.screenshot({ path: screenshotPath('27-tag-browser-dark') });
  await server.close();
});


test('Ctrl+Z pressed the moment a change shows undoes it, and Ctrl+Shift+Z the moment the undo shows redoes it', async ({ page, webHost }) => {
  const server = await archiveOfStories(page, webHost.url);
  await page.getByRole('listbox', { name: /Articles/ }).focus();
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  const suggestions = page.getByRole('region', { name: 'Suggested Media Topics' });
  const topic = (await suggestions.locator('.suggestion-label').first().textContent()) ?? '';
  const tagged = page.getByRole('article').getByRole('list', { name: 'Media Topics' });
  // No waiting between: each key goes as soon as the step before it is on screen (the search index may still be taking it in).
  await page.keyboard.press('+');
  await expect(tagged).toContainText(topic);
  await page.keyboard.press('Control+z');
  // The article had no topic before: the list goes with the one it gained.
  await expect(tagged.filter({ hasText: topic })).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(tagged).toContainText(topic);
  await server.close();
});
