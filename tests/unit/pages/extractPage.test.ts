import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../main/pages/extractPage';
import { extractionCorpus, type CorpusPage } from '../../support/extractionCorpus';
import { scoreAll, scorePage } from '../../support/extractionScore';

const corpus = extractionCorpus();
const page = (idPrefix: string): CorpusPage => {
  const found = corpus.find((p) => p.id.startsWith(idPrefix));
  if (!found) throw new Error(`no page ${idPrefix}`);
  return found;
};
const extract = (p: CorpusPage) => extractPage(p.html, { url: p.url, name: p.url, entities: false });

describe('article bodies on 131 real pages (the article-extraction benchmark)', () => {
  it('score F1 ≥ 0.95 on 4-word shingles against the human-marked bodies', () => {
    const scores = corpus.map((p) => scorePage(extract(p).bodyText, p.truth));
    const { f1, precision, recall } = scoreAll(scores);
    expect(f1, `F1 ${f1.toFixed(4)} (P ${precision.toFixed(4)}, R ${recall.toFixed(4)})`).toBeGreaterThanOrEqual(0.95);
  }, 240_000);
});

describe('metadata from real pages, in order of trust', () => {
  it('JSON-LD: several authors, the publication date and the section', () => {
    const article = extract(page('a1fca19b'));
    expect(article).toMatchObject({ bylines: ['Lia Eustachewich', 'Yaron Steinbuch'], publishedAt: '2019-11-19T09:20:50.000Z', section: 'news' });
    expect(article.headline).toMatch(/Taliban/);
  });

  it('JSON-LD inside @graph', () => {
    const article = extract(page('bc13ff87'));
    expect(article).toMatchObject({ bylines: ['Kevin Rebong', 'David Jeans'], publishedAt: '2019-11-18T17:02:02.000Z', section: 'Commercial Real Estate' });
  });

  it('the lead picture with its credit from JSON-LD', () => {
    const article = extract(page('7f93c194'));
    expect(article.images[0]).toMatchObject({ credit: 'Getty', creditSource: 'json-ld' });
    expect(article.images[0]?.src).toMatch(/^https:\/\//);
    expect(article.section).toBe('Health');
  });

  it('a byline read from the page: two names split, a date glued to it dropped, no date invented', () => {
    expect(extract(page('776a1c04'))).toMatchObject({ bylines: ['Lisa Kaczke', 'Trevor J. Mitchell'], publishedAt: null });
    expect(extract(page('bdb56ac8')).bylines).toEqual(['Carrie Arnold']);
  });
});

describe('pages built by hand', () => {
  const html = (head: string, body: string): string => `<!doctype html><html lang="en-GB"><head>${head}</head><body>${body}</body></html>`;
  const story = '<article><h1>Talks resume</h1>' + Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the story, long enough to read as prose, with a <a href="/more/${i}">link</a> in it and several words besides.</p>`).join('') + '</article>';

  it('JSON-LD beats Open Graph; an invalid date is left out rather than guessed; relative links become absolute', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: 'Page' }, { '@type': ['NewsArticle'], headline: 'From JSON-LD', author: [{ '@type': 'Person', name: 'Ada Byline' }, 'Bo Second'], datePublished: 'not a date', articleSection: ['World'] }] });
    const article = extractPage(html(`<meta property="og:title" content="From OG"><script type="application/ld+json">${ld}</script>`, story), { url: 'https://news.example.com/2026/story', name: 'x' });
    expect(article).toMatchObject({ headline: 'From JSON-LD', bylines: ['Ada Byline', 'Bo Second'], publishedAt: null, section: 'World', language: 'en-GB', url: 'https://news.example.com/2026/story' });
    expect(article.bodyHtml).toContain('href="https://news.example.com/more/0"');
    expect(article.bodyHtml).toContain('target="_blank"');
  });

  it('Open Graph and article:* when there is no JSON-LD, and a <time> for the date', () => {
    const article = extractPage(html('<meta property="og:title" content="OG headline"><meta property="article:section" content="Politics"><meta name="author" content="Cy Writer">', `<time datetime="2026-11-27T08:00:00Z">Yesterday</time>${story}`), { url: null, name: 'saved.html' });
    expect(article).toMatchObject({ headline: 'OG headline', section: 'Politics', bylines: ['Cy Writer'], publishedAt: '2026-11-27T08:00:00.000Z', url: null, origin: { kind: 'page', name: 'saved.html' } });
  });

  it('keeps no scripts, handlers, frames, forms or inline styles, and takes captions out of the text', () => {
    const dirty = `<article>${story}<p onclick="x()">Clickable paragraph that is also long enough to count as a paragraph of the story here.</p><script>alert(1)</script><iframe src="https://evil.example"></iframe><form><input></form><figure><img src="/p.jpg"><figcaption>A caption (AP Photo/Jane Doe)</figcaption></figure></article>`;
    const article = extractPage(html('', dirty), { url: 'https://news.example.com/a', name: 'x' });
    expect(article.bodyHtml).not.toMatch(/onclick|<script|<iframe|<form|<input|style=/);
    expect(article.bodyText).not.toContain('AP Photo');
  });

  it('a page of SCSS in inline styles, which jsdom cannot parse, still reads', () => {
    const article = extractPage(html('', `<div style="width: calc(($a - $b) / 2)">${story}</div>`), { url: null, name: 'scss.html' });
    expect(article.bodyText).toContain('Paragraph 5 of the story');
  });
});
