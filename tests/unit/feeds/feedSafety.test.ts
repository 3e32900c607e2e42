import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { FeedError } from '../../../main/feeds/feedError';
import { parseFeed, readFeed } from '../../../main/feeds/parseFeed';

const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');

/** The FeedError parseFeed throws for this input (fails the test if it returns). */
function refusal(input: Uint8Array, contentType: string | null = null): FeedError {
  try {
    parseFeed(input, { contentType, url: null });
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
  throw new Error('parseFeed accepted it');
}

const rss = (items: string, channel = '<title>Example</title>'): string => `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>${channel}${items}</channel></rss>`;

describe('entity attacks are refused quickly, with nothing read', () => {
  it('billion laughs', () => {
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('\n');
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY lol0 "lol">\n${levels}\n]>\n<rss version="2.0"><channel><title>&lol9;</title></channel></rss>`;
    const started = performance.now();
    const error = refusal(bytes(bomb));
    expect(performance.now() - started).toBeLessThan(250);
    expect(error.kind).toBe('unsafe');
    expect(error.message).toMatch(/declares entities that expand .*; it was refused/);
  });

  it('one modest entity used a hundred thousand times (quadratic blowup)', () => {
    const blowup = `<!DOCTYPE rss [<!ENTITY a "${'a'.repeat(9_000)}">]><rss><channel><title>${'&a;'.repeat(100_000)}</title></channel></rss>`;
    const started = performance.now();
    expect(refusal(bytes(blowup)).kind).toBe('unsafe');
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('external entities (XXE), general or parameter, never reach the file', () => {
    const secretFile = join(mkdtempSync(join(tmpdir(), 'xxe-')), 'secret.txt');
    writeFileSync(secretFile, 'TOP-SECRET-CONTENT-1234');
    const general = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://${secretFile}">]><rss version="2.0"><channel><title>&xxe;</title><item><title>&xxe;</title></item></channel></rss>`;
    const parameter = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % xxe SYSTEM "file://${secretFile}"> %xxe;]><rss version="2.0"><channel><title>x</title></channel></rss>`;
    const publicId = `<!DOCTYPE rss [<!ENTITY xxe PUBLIC "-//X//Y//EN" "http://attacker.example/x">]><rss><channel><title>&xxe;</title></channel></rss>`;
    for (const attack of [general, parameter, publicId]) {
      const started = performance.now();
      const error = refusal(bytes(attack));
      expect(performance.now() - started).toBeLessThan(250);
      expect(error.kind).toBe('unsafe');
      expect(error.message).toMatch(/external entity .*refused, and nothing was read/);
      expect(JSON.stringify(error)).not.toContain('TOP-SECRET');
      expect(error.message).not.toContain('TOP-SECRET');
    }
  });

  it('still reads a harmless declared entity, and the W3C XHTML entity sets old RDF feeds declare', () => {
    const declared = `<!DOCTYPE rss [<!ENTITY site "https://example.com">]><rss><channel><title>x</title><item><link>&site;/a</link></item></channel></rss>`;
    expect(parseFeed(bytes(declared), {}).items[0]?.link).toBe('https://example.com/a');
    const xhtmlSets = `<!DOCTYPE rdf:RDF [<!ENTITY % HTMLlat1 PUBLIC "-//W3C//ENTITIES Latin 1 for XHTML//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml-lat1.ent"> %HTMLlat1;]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>Caf&eacute;</title></channel></rdf:RDF>`;
    expect(parseFeed(bytes(xhtmlSets), {}).title).toBe('Café');
  });
});

describe('size', () => {
  it('reads fields a megabyte long', () => {
    const big = 'word '.repeat(210_000);
    const feed = parseFeed(bytes(rss(`<item><title>${'T'.repeat(1_048_576)}</title><description>${big}</description><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p>${big}</p>]]></content:encoded></item>`)), {});
    expect(feed.items[0]?.title).toHaveLength(1_048_576);
    expect(feed.items[0]?.summaryHtml?.length).toBeGreaterThan(1_000_000);
    expect(feed.items[0]?.contentHtml?.length).toBeGreaterThan(1_000_000);
  });

  it('reads 10,000 items, in time that grows linearly', () => {
    const feedOf = (count: number): Buffer =>
      bytes(rss(Array.from({ length: count }, (_, i) => `<item><guid>id-${i}</guid><title>Item ${i}</title><link>https://example.com/${i}</link><pubDate>Sat, 07 Sep 2002 00:00:01 GMT</pubDate><description>Text of item ${i}</description></item>`).join('\n')));
    const time = (input: Buffer): { ms: number; items: number } => {
      const started = performance.now();
      const items = parseFeed(input, {}).items.length;
      return { ms: performance.now() - started, items };
    };
    time(feedOf(500)); // warm up
    const quarter = time(feedOf(2_500));
    const full = time(feedOf(10_000));
    expect(full.items).toBe(10_000);
    expect(quarter.items).toBe(2_500);
    // Four times the items: linear is ~4x; quadratic would be ~16x.
    expect(full.ms).toBeLessThan(Math.max(quarter.ms * 8, 400));
  });
});

describe('what is not a feed, or not well-formed', () => {
  it('an HTML page is "not-a-feed", with what to do', () => {
    for (const page of ['<!DOCTYPE html><html><head><title>Hi</title></head><body>x</body></html>', '<html><body><p>Moved</p></body></html>', '<head><title>Document Moved</title></head>']) {
      const error = refusal(bytes(page));
      expect(error.kind).toBe('not-a-feed');
      expect(error.message).toMatch(/^This address returned a web page, not a feed\./);
    }
  });

  it('garbage, empty responses, other XML and other JSON are refused as not feeds', () => {
    expect(refusal(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0xff])).kind).toBe('not-a-feed');
    expect(refusal(Buffer.alloc(0)).message).toMatch(/nothing at all/);
    expect(refusal(bytes('just some words')).kind).toBe('not-a-feed');
    expect(refusal(bytes('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>')).message).toMatch(/root is <svg>, not a feed/);
    expect(refusal(bytes('{"hello": "world"}')).kind).toBe('not-a-feed');
  });

  it('XML broken before any element is "malformed", with the line', () => {
    const error = refusal(bytes('<?xml version="1.0"?>\n<!-- a comment -->\n<<rss>'));
    expect(error.kind).toBe('malformed');
    expect(error.message).toMatch(/^The feed is not well-formed XML \(line 3: .+\)/);
  });

  it('an ill-formed feed still yields what can be read, and says what was wrong', () => {
    const reading = readFeed(bytes('<rss version="2.0"><channel><title>AT&T news</title><item><title>One</title><link>http://example.com/?a=1&b=2</link></item><item><title>Two</tit'), {});
    expect(reading.feed.title).toBe('AT&T news');
    expect(reading.feed.items.map((item) => item.title)).toEqual(['One', 'Two']);
    expect(reading.feed.items[0]?.link).toBe('http://example.com/?a=1&b=2');
    expect(reading.bozo).toMatch(/unescaped "&"/);
  });

  it('a stray closing tag inside an item does not end the feed', () => {
    const feed = parseFeed(bytes(rss('<item><title>One</p> still one</title></item><item><title>Two</title></item>')), {});
    // The stray tag is kept as text (then read as markup in a title), and the second item still follows.
    expect(feed.items.map((item) => item.title)).toEqual(['One still one', 'Two']);
  });
});

describe('encodings', () => {
  const ru = 'Министр иностранных дел России провёл переговоры со своим китайским коллегой в Москве. Стороны обсудили торговлю, энергетику и безопасность в регионе.';
  const russian = (declaration: string): string => `<?xml version="1.0"${declaration}?><rss version="2.0"><channel><title>Новости</title><item><title>Переговоры в Москве</title><description>${ru}</description></item></channel></rss>`;

  for (const encoding of ['koi8-r', 'windows-1251']) {
    it(`${encoding}, declared in the XML declaration`, () => {
      const reading = readFeed(iconv.encode(russian(` encoding="${encoding}"`), encoding), {});
      expect(reading).toMatchObject({ encoding, bozo: null, feed: { title: 'Новости' } });
      expect(reading.feed.items[0]?.summaryHtml).toBe(ru);
    });

    it(`${encoding}, undeclared: recognised from the bytes`, () => {
      const reading = readFeed(iconv.encode(russian(''), encoding), {});
      expect(reading.encoding).toBe(encoding);
      expect(reading.feed.items[0]?.title).toBe('Переговоры в Москве');
      expect(reading.bozo).toMatch(/declares no encoding/);
    });
  }

  it('the HTTP charset wins over the XML declaration', () => {
    const reading = readFeed(iconv.encode(russian(' encoding="iso-8859-1"'), 'koi8-r'), { contentType: 'application/rss+xml; charset="KOI8-R"' });
    expect(reading.encoding).toBe('koi8-r');
    expect(reading.feed.title).toBe('Новости');
  });

  it('windows-1252 gets its curly quotes and euro sign (not the C1 controls Latin-1 would give)', () => {
    const text = rss('<item><title>\u201cQuoted\u201d \u2013 \u20ac5</title></item>').replace('utf-8', 'windows-1252');
    const reading = readFeed(iconv.encode(text, 'windows-1252'), {});
    expect(reading.feed.items[0]?.title).toBe('\u201cQuoted\u201d \u2013 \u20ac5');
    // Declared Latin-1 that is really Windows-1252, as servers send it.
    expect(parseFeed(iconv.encode(text.replace('windows-1252', 'iso-8859-1'), 'windows-1252'), {}).items[0]?.title).toBe('\u201cQuoted\u201d \u2013 \u20ac5');
  });

  it('UTF-16 with a BOM (both byte orders) and without one', () => {
    const text = rss('<item><title>Grüße — 東京</title></item>').replace('utf-8', 'utf-16');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    const bare = Buffer.from(text, 'utf16le');
    for (const [input, encoding] of [[le, 'utf-16le'], [be, 'utf-16be'], [bare, 'utf-16le']] as const) {
      const reading = readFeed(input, {});
      expect(reading.encoding).toBe(encoding);
      expect(reading.feed.items[0]?.title).toBe('Grüße — 東京');
    }
  });

  it('undeclared bytes that are not UTF-8 fall back to a sensible guess, never to replacement characters', () => {
    const text = rss('<item><title>Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e \u00e0 la fran\u00e7aise</title></item>').replace(' encoding="utf-8"', '');
    const reading = readFeed(iconv.encode(text, 'windows-1252'), {});
    expect(reading.feed.items[0]?.title).toBe('Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e \u00e0 la fran\u00e7aise');
  });
});

describe('JSON Feed', () => {
  it('1.1: authors, content_html (sanitized), tags, image, language', () => {
    const feed = parseFeed(bytes(JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'My Example Feed', home_page_url: 'https://example.org/', language: 'en_GB',
      authors: [{ name: 'Feed Author' }],
      items: [
        { id: '2', url: 'https://example.org/second-item', title: 'Second', content_html: '<p>Hello, <a href="/world">world</a>!</p><script>alert(1)</script>', summary: 'A summary', date_published: '2020-08-07T11:44:36-05:00', tags: ['news', 'world'], image: 'https://example.org/pic.jpg', authors: [{ name: 'Jane Doe' }] },
        { id: 1, content_text: 'This is <plain> text.', date_modified: '2020-08-08T00:00:00Z' },
      ],
    })), { contentType: 'application/feed+json' });
    expect(feed).toMatchObject({ format: 'json', title: 'My Example Feed', link: 'https://example.org/', language: 'en-GB' });
    expect(feed.items[0]).toMatchObject({
      guid: '2', link: 'https://example.org/second-item', title: 'Second', summaryHtml: 'A summary',
      publishedAt: '2020-08-07T16:44:36.000Z', authors: ['Jane Doe'],
      categories: [{ label: 'news', code: null, scheme: null }, { label: 'world', code: null, scheme: null }],
      images: [{ src: 'https://example.org/pic.jpg', caption: null, credit: null, creditSource: null }],
    });
    expect(feed.items[0]?.contentHtml).toBe('<p>Hello, <a href="https://example.org/world" target="_blank" rel="noopener noreferrer">world</a>!</p>');
    expect(feed.items[1]).toMatchObject({ guid: '1', contentHtml: 'This is &lt;plain&gt; text.', updatedAt: '2020-08-08T00:00:00.000Z', authors: ['Feed Author'] });
  });

  it('1.0: a single author object, external_url when there is no url', () => {
    const feed = parseFeed(bytes(JSON.stringify({
      version: 'https://jsonfeed.org/version/1', title: 'Old', author: { name: 'Solo Writer' },
      items: [{ id: 'a', external_url: 'https://elsewhere.example/x', title: 'Linked', content_text: 'Text' }],
    })), {});
    expect(feed.items[0]).toMatchObject({ guid: 'a', link: 'https://elsewhere.example/x', authors: ['Solo Writer'], contentHtml: 'Text' });
  });

  it('a JSON Feed that is not valid JSON is "malformed"; one without items is too', () => {
    expect(refusal(bytes('{"version": "https://jsonfeed.org/version/1.1", "items": [')).kind).toBe('malformed');
    expect(refusal(bytes('{"version": "https://jsonfeed.org/version/1.1", "title": "x"}')).message).toMatch(/no "items" list/);
  });
});
