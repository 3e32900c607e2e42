import { decodeHTML } from 'entities';
import { resolveUrl } from './feedUrls';

/** A feed a web page points to. */
export interface FeedLink {
  url: string;
  title: string | null;
  type: string;
}

// JSON Feed 1.0 pages announce application/json; 1.1 uses application/feed+json.
const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/feed+json', 'application/json']);
const TAG = /<(link|base)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeHTML(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

/**
 * The feeds an HTML page announces with `<link rel="alternate" type="…">`
 * (RSS autodiscovery), in page order, with absolute URLs (honouring `<base href>`).
 */
export function discoverFeedLinks(html: string, baseUrl: string): FeedLink[] {
  const page = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '');
  let base = baseUrl;
  const links: FeedLink[] = [];
  const seen = new Set<string>();
  for (const match of page.matchAll(TAG)) {
    const attributes = attributesOf(match[2] ?? '');
    const href = attributes.get('href');
    if ((match[1] ?? '').toLowerCase() === 'base') {
      if (href) base = resolveUrl(href, baseUrl) ?? base;
      continue;
    }
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    const type = (attributes.get('type') ?? '').trim().toLowerCase();
    if (!rel.includes('alternate') || !FEED_TYPES.has(type) || !href) continue;
    const url = resolveUrl(href, base);
    if (url === null || !/^https?:/i.test(url) || seen.has(url)) continue;
    seen.add(url);
    links.push({ url, title: attributes.get('title')?.trim() || null, type });
  }
  return links;
}
