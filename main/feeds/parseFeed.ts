import { readAtom } from './atom';
import { decodeFeed } from './decodeFeed';
import { FeedError } from './feedError';
import { withRawHtml } from './feedHtml';
import type { ParsedFeed } from './feedTypes';
import { isJsonFeed, readJsonFeed } from './jsonFeed';
import { readRss } from './rss';
import { documentStart, isFeedRootName, mediaTypeOf } from './sniffFeed';
import { parseXml } from './xmlTree';

export { discoverFeedLinks } from './discoverFeedLinks';
export { looksLikeFeed } from './sniffFeed';

/** A parsed feed with what parseFeed does not return: the encoding used, and the first thing that was wrong ("bozo", as feedparser calls it). */
export interface FeedReading {
  feed: ParsedFeed;
  encoding: string;
  /** Null for a well-formed feed; otherwise what was wrong, though the feed could still be read. */
  bozo: string | null;
}

const XML_OR_JSON = /xml|json/;

const WEB_PAGE =
  'This address returned a web page, not a feed. Open the page in a browser and look for its RSS or Atom link, or subscribe to the site’s address and let the reader find the feed.';

function readJson(text: string, url: string | null): ParsedFeed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (text.includes('jsonfeed.org/version')) {
      throw new FeedError('malformed', `The JSON Feed is not valid JSON (${error instanceof Error ? error.message : String(error)}). The site may be sending a broken feed; try again later.`);
    }
    throw new FeedError('not-a-feed', 'This address returned JSON data that is not a feed.');
  }
  if (!isJsonFeed(value)) throw new FeedError('not-a-feed', 'This address returned JSON data that is not a JSON Feed (it has no jsonfeed.org "version").');
  return readJsonFeed(value, url);
}

/** parseFeed, keeping the encoding and any well-formedness problem (for tests and diagnostics). */
export function readFeed(bytes: Uint8Array, options: { contentType?: string | null; url?: string | null }): FeedReading {
  // Only a web address can be a base for the feed's relative links.
  const url = options.url && /^https?:\/\//i.test(options.url) ? options.url : null;
  if (bytes.length === 0) throw new FeedError('not-a-feed', 'This address returned nothing at all (an empty response), not a feed.');
  const decoded = decodeFeed(bytes, options.contentType);
  const mediaType = mediaTypeOf(options.contentType);
  const servedAs = mediaType !== '' && !XML_OR_JSON.test(mediaType) ? `The server says this is ${mediaType}, not XML.` : null;
  const start = documentStart(decoded.text);
  if (start.kind === 'json') return { feed: readJson(decoded.text, url), encoding: decoded.encoding, bozo: decoded.problem };
  if (start.kind === 'html') throw new FeedError('not-a-feed', WEB_PAGE);
  if (start.kind === 'other' && !decoded.text.trimStart().startsWith('<')) {
    throw new FeedError('not-a-feed', 'This address returned something that is neither a feed nor a web page (no XML or JSON in it).');
  }
  if (start.kind === 'element' && !isFeedRootName(start.name)) {
    throw new FeedError('not-a-feed', `This address returned an XML document whose root is <${start.name}>, not a feed (RSS, Atom or RDF).`);
  }

  const xml = parseXml(decoded.text, url);
  const root = xml.root;
  if (root === null) {
    throw new FeedError('malformed', `The feed is not well-formed XML (${xml.error ?? 'no root element'}), and nothing could be read from it.`);
  }
  const bozo = decoded.problem ?? xml.error ?? servedAs;
  if (root.local === 'html') throw new FeedError('not-a-feed', WEB_PAGE);
  if ((root.local === 'rss' || root.local === 'channel') && root.ns === 'rss') return { feed: readRss(root), encoding: decoded.encoding, bozo };
  if (root.local === 'rdf' && (root.ns === 'rdf' || root.ns === 'rss')) return { feed: readRss(root), encoding: decoded.encoding, bozo };
  // Atom 1.0, Atom 0.3, an Atom feed that forgot its namespace, or one of the drafts' namespaces.
  if (root.local === 'feed') return { feed: readAtom(root), encoding: decoded.encoding, bozo };
  throw new FeedError('not-a-feed', `This address returned an XML document whose root is <${root.name}>, not a feed (RSS, Atom or RDF).`);
}

/**
 * A feed's bytes → the feed: RSS 0.9x/1.0/2.0, Atom 0.3/1.0 or JSON Feed,
 * decoded by HTTP charset, BOM or XML declaration, all HTML sanitized.
 * Tolerates what feed readers must (a stray `&`, an undeclared entity or
 * prefix, a truncated end) and throws FeedError for what is not a feed,
 * cannot be read at all, or tries an entity attack.
 */
export function parseFeed(bytes: Uint8Array, options: { contentType?: string | null; url?: string | null; sanitize?: boolean }): ParsedFeed {
  if (options.sanitize === false) return withRawHtml(() => readFeed(bytes, options).feed);
  return readFeed(bytes, options).feed;
}
