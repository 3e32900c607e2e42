import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FeedError } from '../../../main/feeds/feedError';
import { parseFeed, readFeed } from '../../../main/feeds/parseFeed';

/** The 31 real feeds of the rss-parser project (MIT, tests/fixtures/feeds/real-world): read them fully and sensibly. */

const dir = join(__dirname, '../../fixtures/feeds/real-world');
const files = readdirSync(dir).filter((name) => !name.startsWith('LICENSE')).sort();
const read = (name: string): Buffer => readFileSync(join(dir, name));
/** The items a person would count in the file: <item> and <entry> start tags. */
const itemsInFile = (name: string): number => (read(name).toString('latin1').match(/<(?:item|entry)[\s>]/g) ?? []).length;
// Two Atom files test missing fields: their one entry has nothing to show, on purpose.
const EMPTY_BY_DESIGN = new Set(['incomplete-fields.atom', 'missing-fields.atom']);

describe('real-world feeds', () => {
  it('are all here', () => {
    expect(files).toHaveLength(31);
  });

  for (const name of files.filter((file) => file !== 'unrecognized.rss')) {
    it(`${name} parses completely with sensible fields`, () => {
      const { feed, bozo } = readFeed(read(name), {});
      expect(feed.items).toHaveLength(itemsInFile(name));
      expect(feed.items.length).toBeGreaterThan(0);
      if (!EMPTY_BY_DESIGN.has(name)) {
        expect(feed.title).toEqual(expect.any(String));
        for (const item of feed.items) expect(item.title ?? item.link, `${name}: an item with neither title nor link`).toEqual(expect.any(String));
      }
      for (const item of feed.items) {
        for (const date of [item.publishedAt, item.updatedAt]) if (date !== null) expect(Number.isNaN(Date.parse(date)), `${name}: ${date}`).toBe(false);
        if (item.link !== null) expect(item.link).toMatch(/^https?:\/\//);
        for (const html of [item.summaryHtml, item.contentHtml]) if (html !== null) expect(html).not.toMatch(/<script|\son\w+=/i);
      }
      // Only the feed with undeclared Latin-1 is not squeaky clean.
      expect(bozo === null || name === 'uolNoticias.rss', `${name}: ${bozo ?? ''}`).toBe(true);
    });
  }

  it('every item that carries a date in the file gets it parsed', () => {
    for (const name of files.filter((file) => file !== 'unrecognized.rss')) {
      const blocks = read(name).toString('latin1').match(/<(item|entry)[\s>][\s\S]*?<\/\1>/g) ?? [];
      const datedInFile = blocks.filter((block) => /<(?:pubDate|dc:date|published|updated|issued|modified)>\s*\S/.test(block)).length;
      const datedParsed = parseFeed(read(name), {}).items.filter((item) => item.publishedAt !== null || item.updatedAt !== null).length;
      expect(datedParsed, name).toBe(datedInFile);
    }
  });

  it('unrecognized.rss is a web page ("Document Moved"), refused as not a feed', () => {
    expect(() => parseFeed(read('unrecognized.rss'), {})).toThrow(FeedError);
    try {
      parseFeed(read('unrecognized.rss'), {});
    } catch (error) {
      expect(error).toMatchObject({ kind: 'not-a-feed', message: expect.stringMatching(/web page, not a feed/) });
    }
  });
});

describe('spot checks against the files', () => {
  it('Guardian: media:content renditions become one picture with its credit; categories keep their domain', () => {
    const feed = parseFeed(read('guardian.rss'), {});
    expect(feed).toMatchObject({ format: 'rss2', title: 'The Guardian', link: 'https://www.theguardian.com/us', language: 'en-gb' });
    expect(feed.items).toHaveLength(55);
    const [first] = feed.items;
    expect(first).toMatchObject({
      guid: 'https://www.theguardian.com/us-news/2018/jan/31/donald-trump-state-of-the-union-address-unity-discord',
      title: 'Trump State of the Union address promised unity but emphasized discord',
      publishedAt: '2018-01-31T07:26:05.000Z',
      authors: ['David Smith in Washington'],
    });
    expect(first?.images).toEqual([{
      src: 'https://i.guim.co.uk/img/media/b73c8752cd4667c923dff7f1542f1fb20089e421/0_108_3000_1799/master/3000.jpg?w=460&q=55&auto=format&usm=12&fit=max&s=a606a273a90104e57b1e09bc4c0a1e11',
      caption: null,
      credit: 'Photograph: Networ/Sipa USA/REX/Shutterstock',
      creditSource: 'media-rss',
    }]);
    expect(first?.categories[0]).toEqual({ label: 'Donald Trump', code: null, scheme: 'https://www.theguardian.com/us-news/donaldtrump' });
    expect(first?.summaryHtml).toMatch(/^<p>The president’s ‘new American moment’ speech/);
  });

  it('heise: Atom with html summary and content, dates with +01:00 read as UTC instants', () => {
    const feed = parseFeed(read('heise.atom'), {});
    expect(feed).toMatchObject({ format: 'atom', title: 'heise developer neueste Meldungen', link: 'http://www.heise.de/developer/', description: 'Informationen für Entwickler' });
    expect(feed.items).toHaveLength(15);
    expect(feed.items[0]).toMatchObject({
      guid: 'http://heise.de/-3088438',
      title: 'Java-Anwendungsserver: Red Hat gibt WildFly 10 frei',
      publishedAt: '2016-02-01T16:22:00.000Z',
      updatedAt: '2016-02-01T16:54:50.000Z',
      authors: ['heise online'],
    });
    expect(feed.items[0]?.contentHtml).toContain('<img src="http://www.heise.de/scale/geometry/264/q80/imgs/18/1/7/3/9/9/2/1/wildfly-2bf4ffd2935e38b6-90200def80b152e9-5ba35d3770232d92.jpeg" alt="WildFly 10">');
    expect(feed.items[14]?.title).toBe('Apache Software Foundation bekommt ein neues Logo');
  });

  it('UOL: undeclared Latin-1 is read correctly, and Portuguese dates ("Seg, 24 Set 2018") parse', () => {
    const { feed, encoding } = readFeed(read('uolNoticias.rss'), {});
    expect(encoding).toBe('iso-8859-1');
    expect(feed).toMatchObject({ title: 'UOL Noticias', link: 'http://noticias.uol.com.br/', description: 'Últimas Notícias' });
    expect(feed.items[0]).toMatchObject({
      title: 'Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno',
      link: 'https://noticias.uol.com.br/politica/eleicoes/2018/noticias/2018/09/24/ibope-bolsonaro-perde-de-haddad-ciro-e-alckmin-em-simulacoes-de-2-turno.htm',
      publishedAt: '2018-09-24T22:42:40.000Z',
    });
    expect(feed.items[0]?.summaryHtml).toContain('Líder na pesquisa Ibope');
  });

  it('Reddit: RSS with media:thumbnail, and the Atom home feed with xhtml content', () => {
    const rss = parseFeed(read('reddit.rss'), {});
    expect(rss.items[0]).toMatchObject({
      title: 'The water is too deep, so he improvises',
      link: 'https://www.reddit.com/r/funny/comments/3skxqc/the_water_is_too_deep_so_he_improvises/',
      publishedAt: '2015-11-12T21:16:39.000Z',
      categories: [{ label: 'funny', code: null, scheme: null }],
      images: [{ src: 'https://b.thumbs.redditmedia.com/z4zzFBqZ54WT-rFfKXVor4EraZtJVw7AodDvOZ7kitQ.jpg', caption: null, credit: null, creditSource: null }],
    });
    const atom = parseFeed(read('reddit-home.rss'), {});
    expect(atom.format).toBe('atom');
    expect(atom.items[0]).toMatchObject({ guid: 't3_42tizy', authors: ['/u/AngryRedditorsBelow'], categories: [{ label: '/r/funny', code: 'funny', scheme: null }] });
    expect(atom.items[0]?.contentHtml).toMatch(/^<table><tbody><tr><td><a href="https:\/\/www\.reddit\.com\/r\/funny\/comments\/42tizy\//);
  });

  it('RSS 1.0 (RDF): items beside the channel, rdf:about as guid, Dublin Core creator, subject and date', () => {
    const feed = parseFeed(read('rss-1.rss'), {});
    expect(feed).toMatchObject({ format: 'rss1', title: 'Science twis', link: 'http://science.sciencemag.org', description: 'Science RSS feed -- recent twis articles' });
    expect(feed.items).toHaveLength(69);
    expect(feed.items[0]).toMatchObject({
      guid: 'http://science.sciencemag.org/cgi/content/short/356/6343/1134-a?rss=1',
      link: 'http://science.sciencemag.org/cgi/content/short/356/6343/1134-a?rss=1',
      title: 'Food for fungi',
      publishedAt: '2017-06-15T17:29:47.000Z',
      authors: ['Hines, P. J.'],
      categories: [{ label: 'Botany, Microbiology', code: null, scheme: null }],
    });
    expect(feed.items[68]?.guid).toBe('http://science.sciencemag.org/cgi/content/short/356/6340/816-o?rss=1');
  });

  it('reads the largest feed (giantbomb, 1.6 MB, 730 items) in well under a second', () => {
    const bytes = read('giantbomb-podcast.rss');
    const started = performance.now();
    const feed = parseFeed(bytes, {});
    const elapsed = performance.now() - started;
    console.info(`giantbomb-podcast.rss: ${(bytes.length / 1e6).toFixed(1)} MB, ${feed.items.length} items in ${elapsed.toFixed(0)} ms`);
    expect(feed.items).toHaveLength(730);
    expect(elapsed).toBeLessThan(1_500);
  });
});
