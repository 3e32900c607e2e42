import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { feedItemToArticle } from '../../../main/feeds/feedItemToArticle';
import type { FeedItem, ParsedFeed } from '../../../main/feeds/feedTypes';
import { parseFeed } from '../../../main/feeds/parseFeed';
import { articleId } from '../../../main/import/articleId';
import { readArticles } from '../../../main/import/importFile';

const root = join(__dirname, '../../..');
const source = { id: 'sub-1', name: 'Example News', kind: 'feed' as const };
const MEDIA = 'xmlns:media="http://search.yahoo.com/mrss/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"';
const parse = (items: string, channel = '<title>Example News</title><link>https://news.example.com/</link><language>en-gb</language>'): ParsedFeed =>
  parseFeed(Buffer.from(`<rss version="2.0" ${MEDIA}><channel>${channel}${items}</channel></rss>`), { url: null });
const first = (feed: ParsedFeed): FeedItem => {
  const [item] = feed.items;
  if (!item) throw new Error('no item');
  return item;
};
const toArticle = (items: string) => {
  const feed = parse(items);
  return feedItemToArticle(first(feed), feed, source);
};

describe('ids', () => {
  it('follow the guid within its source, stable across parses', () => {
    const item = '<item><guid isPermaLink="false">abc-123</guid><title>T</title><link>https://news.example.com/a</link></item>';
    expect(toArticle(item).id).toBe(articleId('feed', 'sub-1', 'abc-123'));
    expect(toArticle(item).id).toBe(toArticle(item).id);
    const feed = parse(item);
    expect(feedItemToArticle(first(feed), feed, { ...source, id: 'sub-2' }).id).not.toBe(toArticle(item).id);
  });

  it('without a guid, follow the canonical link: no fragment, no tracking parameters', () => {
    const a = toArticle('<item><title>T</title><link>https://News.Example.com/story?id=7&amp;utm_source=rss#comments</link></item>');
    const b = toArticle('<item><title>Other title</title><link>https://news.example.com/story?id=7</link></item>');
    expect(a.id).toBe(articleId('link', 'https://news.example.com/story?id=7'));
    expect(b.id).toBe(a.id);
  });

  it('without guid or link, hash the title and text', () => {
    const a = toArticle('<item><title>Same</title><description>Body one</description></item>');
    expect(a.id).toBe(articleId('hash', 'Same', 'Body one'));
    expect(toArticle('<item><title>Same</title><description>Body two</description></item>').id).not.toBe(a.id);
  });
});

describe('fields', () => {
  it('headline, dek from the summary when there is full content, bylines, dates, url, language, origin', () => {
    const article = toArticle(`<item><title>Talks in Geneva</title><link>https://news.example.com/geneva</link>
      <description>Ministers met for five hours.</description>
      <content:encoded><![CDATA[<p>Antony Blinken met Sergey Lavrov in Geneva on Friday.</p><p>They spoke for five hours.</p>]]></content:encoded>
      <dc:creator>Jane Doe</dc:creator><dc:creator>John Roe</dc:creator><pubDate>Fri, 21 Jan 2022 10:00:00 +0100</pubDate></item>`);
    expect(article).toMatchObject({
      headline: 'Talks in Geneva', dek: 'Ministers met for five hours.', section: null,
      bylines: ['Jane Doe', 'John Roe'], publishedAt: '2022-01-21T09:00:00.000Z', updatedAt: null,
      url: 'https://news.example.com/geneva', language: 'en-gb',
      bodyText: 'Antony Blinken met Sergey Lavrov in Geneva on Friday.\n\nThey spoke for five hours.',
      origin: { kind: 'feed', name: 'Example News' },
    });
    expect(article.tags).toEqual(expect.arrayContaining([
      { label: 'Antony Blinken', kind: 'entity', code: null, entity: 'person' },
      { label: 'Sergey Lavrov', kind: 'entity', code: null, entity: 'person' },
    ]));
  });

  it('no dek when the summary is the body, or only its opening cut short', () => {
    expect(toArticle('<item><title>T</title><description>Only a summary.</description></item>')).toMatchObject({ dek: null, bodyText: 'Only a summary.' });
    expect(toArticle('<item><title>T</title><description>The first words of the story…</description><content:encoded>&lt;p&gt;The first words of the story go on.&lt;/p&gt;</content:encoded></item>').dek).toBeNull();
  });

  it('a headline from the text when the item has no title, else "Untitled item"', () => {
    expect(toArticle('<item><description>One two three four five six seven eight nine ten eleven twelve thirteen fourteen</description></item>').headline).toBe('One two three four five six seven eight nine ten eleven twelve…');
    expect(toArticle('<item><link>https://news.example.com/x</link></item>')).toMatchObject({ headline: 'Untitled item', bodyText: '', bodyHtml: '' });
  });

  it('without the plain text (as sync asks), headline, standfirst and id still come from the text where they need it', () => {
    const withoutText = (items: string) => {
      const feed = parse(items);
      return feedItemToArticle(first(feed), feed, source, { text: false });
    };
    const untitled = '<item><description>One two three four five six seven eight nine ten eleven twelve thirteen</description></item>';
    expect(withoutText(untitled)).toMatchObject({ bodyText: '', headline: 'One two three four five six seven eight nine ten eleven twelve…' });
    expect(withoutText(untitled).id).toBe(toArticle(untitled).id);
    const cutShort = '<item><title>T</title><description>The first words of the story…</description><content:encoded>&lt;p&gt;The first words of the story go on.&lt;/p&gt;</content:encoded></item>';
    expect(withoutText(cutShort).dek).toBeNull();
    const separate = '<item><title>T</title><description>A standfirst of its own.</description><content:encoded>&lt;p&gt;The story.&lt;/p&gt;</content:encoded></item>';
    expect(withoutText(separate).dek).toBe('A standfirst of its own.');
  });

  it('categories become source tags, one per label whatever its case, keeping their code', () => {
    const article = toArticle(`<item><title>T</title><category domain="https://news.example.com/politics">Politics</category><category>politics</category><category>World</category></item>`);
    const atomFeed = parseFeed(Buffer.from('<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>T</title><category term="tech" label="Technology"/></entry></feed>'), {});
    expect(article.tags.filter((tag) => tag.kind === 'source')).toEqual([
      { label: 'Politics', kind: 'source', code: null },
      { label: 'World', kind: 'source', code: null },
    ]);
    expect(feedItemToArticle(first(atomFeed), atomFeed, source).tags).toEqual([{ label: 'Technology', kind: 'source', code: 'tech' }]);
  });

  it('media:credit and media:description reach the images, credited to Media RSS', () => {
    const article = toArticle(`<item><title>T</title><media:group><media:credit role="photographer">Jane Photo/Agency</media:credit>
      <media:content url="https://img.example.com/a-small.jpg" medium="image" width="140"/>
      <media:content url="https://img.example.com/a-large.jpg" medium="image" width="1200"><media:description>Ministers arrive.</media:description></media:content>
      </media:group><enclosure url="https://img.example.com/b.png" type="image/png" length="1"/><enclosure url="https://cdn.example.com/a.mp3" type="audio/mpeg" length="1"/></item>`);
    expect(article.images).toEqual([
      { src: 'https://img.example.com/a-large.jpg', caption: 'Ministers arrive.', credit: 'Jane Photo/Agency', creditSource: 'media-rss' },
      { src: 'https://img.example.com/b.png', caption: null, credit: null, creditSource: null },
    ]);
  });
});

describe('the body is safe HTML', () => {
  const article = toArticle(`<item><title>T</title><link>https://news.example.com/2024/story.html</link><content:encoded><![CDATA[
    <p onclick="steal()">See <a href="related.html">the related story</a> and <a href="/about">us</a>.</p>
    <img src="../pics/photo.jpg" alt="A photo"><script>alert(1)</script><iframe src="https://evil.example"></iframe>
    <p><a href="javascript:alert(2)">bad link</a></p>]]></content:encoded></item>`);

  it('relative URLs are made absolute against the item link', () => {
    expect(article.bodyHtml).toContain('href="https://news.example.com/2024/related.html"');
    expect(article.bodyHtml).toContain('href="https://news.example.com/about"');
    expect(article.bodyHtml).toContain('src="https://news.example.com/pics/photo.jpg"');
  });

  it('links open outside the app; scripts, handlers, iframes and javascript: URLs are gone', () => {
    expect(article.bodyHtml).toContain('<a href="https://news.example.com/about" target="_blank" rel="noopener noreferrer">us</a>');
    expect(article.bodyHtml).not.toMatch(/script|onclick|iframe|javascript:|steal|alert/);
    expect(article.bodyText).toContain('See the related story and us.');
  });
});

describe('newsroom parse reads feed files', () => {
  const heise = join(root, 'tests/fixtures/feeds/real-world/heise.atom');

  it('readArticles maps each item, with the file as origin and source', () => {
    const articles = readArticles(readFileSync(heise), 'heise.atom');
    expect(articles).toHaveLength(15);
    expect(articles[0]).toMatchObject({
      id: articleId('feed', 'file:heise.atom', 'http://heise.de/-3088438'),
      headline: 'Java-Anwendungsserver: Red Hat gibt WildFly 10 frei',
      bylines: ['heise online'],
      origin: { kind: 'file', name: 'heise.atom' },
    });
  });

  it('a feed file with no items, or a broken one, says so', () => {
    expect(() => readArticles(Buffer.from('<rss><channel><title>Quiet</title></channel></rss>'), 'quiet.xml')).toThrow(/"quiet\.xml" is a feed \("Quiet"\) with no items/);
    expect(() => readArticles(Buffer.from('<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss>&x;</rss>'), 'x.xml')).toThrow(/"x\.xml" looks like a feed but could not be read\. The feed declares an external entity/);
  });

  describe('from the command line', () => {
    const cli = join(root, 'dist/main/cli/newsroom.cjs');
    const newestSource = (dir: string): number =>
      Math.max(...readdirSync(dir).map((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
      }));

    beforeAll(() => {
      // The CLI is tested as users run it: the bundled file, rebuilt when main/ is newer.
      if (!existsSync(cli) || statSync(cli).mtimeMs < newestSource(join(root, 'main'))) execFileSync('node', ['main/bundle.mjs'], { cwd: root });
    });

    it('prints one article per item as JSON', () => {
      const run = spawnSync('node', [cli, 'parse', heise], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const articles = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
      expect(articles).toHaveLength(15);
      expect(articles[14]).toMatchObject({ headline: 'Apache Software Foundation bekommt ein neues Logo', origin: { kind: 'file', name: 'heise.atom' } });
    });
  });
});
