import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../../../main/import/importFile';

const SEED = join(__dirname, '../../fixtures/seed/000_5991ad5017234ee2.txt');

describe('the seed article, pasted from a news site', () => {
  const [article] = readArticles(readFileSync(SEED), '000_5991ad5017234ee2.txt');
  if (!article) throw new Error('the seed gave no article');

  it('reads the headline, standfirst, section and byline', () => {
    expect(article.headline).toBe('US-Russia Prisoner Swap Talks Irregular: US Secretary Of State Antony Blinken');
    expect(article.dek).toBe(
      'The United States and Russia are engaged in a dialogue on prisoner swap, but the talks are irregular, US Secretary of State Antony Blinken told Fox News.',
    );
    expect(article.section).toBe('US News');
    expect(article.bylines).toEqual(['Digital Desk']);
  });

  it('keeps the image credit "AP" with where it came from, and no invented picture', () => {
    expect(article.images).toEqual([{ src: null, caption: null, credit: 'AP', creditSource: 'text-credit-line' }]);
  });

  it('invents no dates from the empty "Last Updated:" and "First Published:" lines', () => {
    expect(article.publishedAt).toBeNull();
    expect(article.updatedAt).toBeNull();
    expect(article.url).toBeNull();
  });

  it('keeps every paragraph, in order, with the subheading, and none of the metadata lines', () => {
    const blocks = article.bodyHtml.split('\n');
    expect(blocks).toHaveLength(10);
    expect(blocks[0]).toMatch(/^<p>In an interview with Fox News/);
    expect(blocks[4]).toBe('<h2>Focus on Whelan &amp; Gershkovich</h2>');
    expect(blocks[9]).toMatch(/sentenced him to 16 years in a strict regime penal colony\.<\/p>$/);
    expect(article.bodyText).not.toMatch(/Last Updated|First Published|Written By|Image: AP|Digital Desk/);
    expect(article.bodyText.split('\n\n')).toHaveLength(10);
  });

  it('tags the people, places and organisations it names', () => {
    const labels = (entity: string): string[] => article.tags.filter((t) => t.entity === entity).map((t) => t.label);
    expect(labels('person')).toEqual(expect.arrayContaining(['Antony Blinken', 'Sergey Lavrov', 'Evan Gershkovich', 'Paul Whelan']));
    expect(labels('place')).toEqual(expect.arrayContaining(['Russia', 'Moscow', 'United States']));
    expect(labels('org')).toEqual(expect.arrayContaining(['FSB', 'Wall Street Journal']));
    expect(article.tags.every((t) => t.kind === 'entity' && t.code === null)).toBe(true);
  });

  it('has no junk tags: no fragments, lone first names, surnames beside full names, or demonyms', () => {
    const all = article.tags.map((t) => t.label);
    for (const junk of ['State Antony', 'Gershkovich', 'Whelan', 'Evan', 'Russian', 'In', 'US', 'Whelan & Gershkovich', 'Wall Street']) {
      expect(all).not.toContain(junk);
    }
    expect(all.every((label) => /^[\p{Lu}\d]/u.test(label) && !/[,.;:"()]$/.test(label))).toBe(true);
    expect(new Set(all.map((l) => l.toLowerCase())).size).toBe(all.length);
  });

  it('gets the same id every time, so a re-import replaces rather than doubles', () => {
    const [again] = readArticles(readFileSync(SEED), 'copy of the seed.txt');
    expect(again?.id).toBe(article.id);
  });
});
