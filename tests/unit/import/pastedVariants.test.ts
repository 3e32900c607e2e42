import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile, readArticles } from '../../../main/import/importFile';

const fixture = (name: string): Buffer => readFileSync(join(__dirname, '../../fixtures/articles', name));
const only = (name: string) => {
  const [article] = readArticles(fixture(name), name);
  if (!article) throw new Error(`${name} gave no article`);
  return article;
};

describe('other pasted articles', () => {
  it('no byline: the rest still parses, and the byline stays empty', () => {
    const a = only('no-byline.txt');
    expect(a.headline).toBe('Heatwave Closes Schools Across Northern Italy');
    expect(a.dek).toMatch(/^Authorities in Lombardy/);
    expect(a.bylines).toEqual([]);
    expect(a.images.map((i) => i.credit)).toEqual(['Reuters']);
    expect(a.bodyText.split('\n\n')).toHaveLength(2);
  });

  it('two credits, a kicker above the headline, two bylines and a dated line at the end', () => {
    const a = only('two-credits.txt');
    expect(a.section).toBe('World');
    expect(a.headline).toBe('Floods Force Thousands From Homes in Bavaria');
    expect(a.dek).toBe('Rescue teams worked through the night as rivers burst their banks across southern Germany.');
    expect(a.bylines).toEqual(['Anna Schmidt', 'Tom Walker']);
    expect(a.images.map((i) => i.credit)).toEqual(['Jane Doe/Reuters', 'AP Photo/Matthias Schrader']);
    expect(a.publishedAt).toBe('2024-06-03T06:15:00.000Z');
    expect(a.bodyText).not.toMatch(/Photo|Published/);
  });

  it('CRLF line endings read exactly like LF', () => {
    const a = only('crlf.txt');
    expect(a.headline).toBe('Markets Rally as Inflation Cools');
    expect(a.section).toBe('Business');
    expect(a.bylines).toEqual(['Market Desk']);
    expect(a.images.map((i) => i.credit)).toEqual(['Getty Images']);
    expect(a.bodyText).not.toContain('\r');
    expect(a.bodyHtml).toContain('<p>The S&amp;P 500 gained 1.8 per cent by the close in New York.</p>');
  });

  it('Cyrillic text keeps its structure, and yields no junk tags', () => {
    const a = only('cyrillic.txt');
    expect(a.headline).toBe('Переговоры об обмене заключёнными идут нерегулярно');
    expect(a.dek).toMatch(/^Госсекретарь США Энтони Блинкен/);
    expect(a.section).toBe('Мир');
    expect(a.bylines).toEqual(['Редакция']);
    expect(a.bodyText.split('\n\n')).toEqual([
      'По словам Блинкена, контакты поддерживаются через посольство в Москве.',
      'Министр иностранных дел России Сергей Лавров сообщил о специальном канале связи.',
    ]);
    expect(a.tags).toEqual([]);
  });

  it('extra blank lines change nothing', () => {
    const a = only('extra-blank-lines.txt');
    expect(a.headline).toBe('Council Approves New Cycle Lanes');
    expect(a.section).toBe('Local News');
    expect(a.bylines).toEqual(['City Desk']);
    expect(a.bodyText.split('\n\n')).toHaveLength(2);
    expect(a.tags.map((t) => t.label)).toEqual(['King Street']);
  });

  it('filled date lines become ISO dates, the time zone applied', () => {
    const a = only('dated.txt');
    expect(a.updatedAt).toBe('2023-05-29T09:00:00.000Z');
    expect(a.publishedAt).toBe('2023-05-29');
  });

  it('hard-wrapped paragraphs are joined; no metadata means no invented standfirst', () => {
    const a = only('hard-wrapped.txt');
    expect(a.headline).toBe('Storm Warning Issued for the Coast');
    expect(a.dek).toBeNull();
    expect(a.bodyText.split('\n\n')).toHaveLength(2);
    expect(a.bodyText).toMatch(/^The weather service warned on Tuesday that a storm would reach the coast by evening,/);
  });

  it('keeps unrecognised text in the body: nothing is lost', () => {
    const text = 'A Headline\n\nUS News\n| Written By\n\nSome line with ~~odd~~ marks\n\nAdvertisement\n\nThe end of the story, which goes on a while.';
    const [a] = readArticles(Buffer.from(text), 'odd.txt');
    const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);
    const kept = [a?.headline, a?.dek, a?.section, ...(a?.bylines ?? []), a?.bodyText].join(' ');
    for (const word of words('Some line with ~~odd~~ marks Advertisement The end of the story')) expect(kept).toContain(word);
  });

  it('uses the file name as the headline when the text has none', () => {
    const long = 'x '.repeat(200);
    const [a] = readArticles(Buffer.from(`${long}\n\nSecond paragraph.`), 'Budget_talks.txt');
    expect(a?.headline).toBe('Budget talks');
    expect(a?.bodyText.startsWith('x x')).toBe(true);
  });

  it.each([
    ['empty.txt', /"empty\.txt" is empty/],
    ['blank.txt', /"blank\.txt" holds only blank space/],
    ['binary.txt', /"binary\.txt" is not a text file/],
  ])('%s gets a clear error that names the file and says what to do', (name, message) => {
    const result = importFile(fixture(name), name);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expect(result.error).toMatch(/Choose|Save/);
    }
  });

  it('reads Windows-1252 text (older newsroom systems) without mojibake', () => {
    const bytes = Buffer.from('Caf\xe9 Owners Protest\n\nThe owners said the rules were \x93unfair\x94.', 'latin1');
    const [a] = readArticles(bytes, 'cafe.txt');
    expect(a?.headline).toBe('Café Owners Protest');
    expect(a?.bodyText).toContain('“unfair”');
  });

  it('refuses a 30 MB page at once, saying why', () => {
    const huge = `<!doctype html><html><body>${'<p>filler text of a giant page</p>'.repeat(1_000_000)}</body></html>`;
    // Refused before any DOM is built: the test's own time limit is what "at once" is held to.
    const result = importFile(Buffer.from(huge), 'giant.html');
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^"giant\.html" is a web page of 3\d MB, too large to be one article/) });
  });

  it('refuses a web page with no article in it, saying what to do', () => {
    const result = importFile(Buffer.from('<!DOCTYPE html><html><body><script>app()</script></body></html>'), 'page.html');
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/"page\.html" is a web page, but no article could be found in it .* Save the story's own page/) });
  });
});
