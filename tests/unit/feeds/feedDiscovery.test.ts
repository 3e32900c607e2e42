import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverFeedLinks, looksLikeFeed } from '../../../main/feeds/parseFeed';

const fixture = (name: string): Buffer => readFileSync(join(__dirname, '../../fixtures/feeds/real-world', name));

describe('looksLikeFeed', () => {
  it('knows feeds by media type or by their first element, past declarations and comments', () => {
    expect(looksLikeFeed(Buffer.from('anything'), 'application/rss+xml; charset=utf-8')).toBe(true);
    for (const name of ['guardian.rss', 'heise.atom', 'rss-1.rss', 'uolNoticias.rss']) expect(looksLikeFeed(fixture(name)), name).toBe(true);
    expect(looksLikeFeed(Buffer.from('<?xml version="1.0"?>\n<!-- generator -->\n<?xml-stylesheet href="x.xsl"?>\n<feed xmlns="http://www.w3.org/2005/Atom"/>'))).toBe(true);
    expect(looksLikeFeed(Buffer.from('{"version":"https://jsonfeed.org/version/1.1","items":[]}'), 'application/json')).toBe(true);
  });

  it('says no to web pages, other XML and other JSON', () => {
    expect(looksLikeFeed(fixture('unrecognized.rss'), 'text/html')).toBe(false);
    expect(looksLikeFeed(Buffer.from('<!DOCTYPE html><html><head></head></html>'))).toBe(false);
    expect(looksLikeFeed(Buffer.from('<?xml version="1.0"?><svg/>'))).toBe(false);
    expect(looksLikeFeed(Buffer.from('{"items":[]}'))).toBe(false);
    expect(looksLikeFeed(Buffer.alloc(0))).toBe(false);
  });
});

describe('discoverFeedLinks', () => {
  it('finds RSS, Atom and JSON Feed alternates, absolute, in page order, honouring <base>', () => {
    const page = `<!doctype html><html><head>
      <link rel="stylesheet" href="/style.css">
      <link rel="alternate" type="application/rss+xml" title="News &amp; Views" href="/feeds/news.xml">
      <LINK REL="Alternate feed" TYPE="application/atom+xml" HREF='atom.xml'>
      <!-- <link rel="alternate" type="application/rss+xml" href="/commented-out.xml"> -->
      <link rel="alternate" type="application/feed+json" href="https://cdn.example.org/feed.json" title=" JSON ">
      <link rel="alternate" type="application/rss+xml" href="/feeds/news.xml">
      <link rel="alternate" hreflang="de" href="/de/">
      </head><body></body></html>`;
    expect(discoverFeedLinks(page, 'https://example.org/section/page.html')).toEqual([
      { url: 'https://example.org/feeds/news.xml', title: 'News & Views', type: 'application/rss+xml' },
      { url: 'https://example.org/section/atom.xml', title: null, type: 'application/atom+xml' },
      { url: 'https://cdn.example.org/feed.json', title: 'JSON', type: 'application/feed+json' },
    ]);
    expect(discoverFeedLinks('<base href="https://other.example/x/"><link rel="alternate" type="application/json" href="feed.json">', 'https://example.org/')).toEqual([
      { url: 'https://other.example/x/feed.json', title: null, type: 'application/json' },
    ]);
  });

  it('finds nothing in a page without feed links, and ignores javascript: hrefs', () => {
    expect(discoverFeedLinks('<html><head><title>x</title></head></html>', 'https://example.org/')).toEqual([]);
    expect(discoverFeedLinks('<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">', 'https://example.org/')).toEqual([]);
  });
});
