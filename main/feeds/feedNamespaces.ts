/**
 * Namespace URIs → the short keys the readers match on. Feeds spell the same
 * namespace several ways (with and without a trailing slash, old drafts), and
 * RSS 0.90/1.0 and Userland's RSS 2.0 namespaces all mean "plain RSS".
 */
const NAMESPACES: Record<string, string> = {
  '': 'rss',
  'http://purl.org/rss/1.0/': 'rss',
  'http://my.netscape.com/rdf/simple/0.9/': 'rss',
  'http://backend.userland.com/rss': 'rss',
  'http://backend.userland.com/rss2': 'rss',
  'http://blogs.law.harvard.edu/tech/rss': 'rss',
  'http://www.w3.org/2005/atom': 'atom',
  'http://purl.org/atom/ns#': 'atom03',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/elements/1.0/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://search.yahoo.com/mrss/': 'media',
  'http://search.yahoo.com/rss/': 'media',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  'http://www.itunes.com/dtds/podcast-1.0.dtd/': 'itunes',
  'http://www.w3.org/1999/xhtml': 'xhtml',
  'http://www.w3.org/xml/1998/namespace': 'xml',
};

// Prefixes feeds use without declaring them; reading them as the usual namespace is what every feed reader does.
const CONVENTIONAL_PREFIXES = new Set(['rss', 'atom', 'dc', 'dcterms', 'content', 'media', 'rdf', 'itunes', 'xhtml', 'xml']);

/** The short key for a namespace URI (or, for an undeclared prefix, for the prefix itself). */
export function namespaceKey(uri: string): string {
  const lower = uri.toLowerCase();
  const known = NAMESPACES[lower] ?? NAMESPACES[`${lower}/`] ?? NAMESPACES[lower.replace(/\/$/, '')];
  if (known !== undefined) return known;
  if (CONVENTIONAL_PREFIXES.has(lower)) return lower;
  // RSS 1.0 module variants such as "http://purl.org/rss/1.0/modules/content" without the slash.
  if (lower.startsWith('http://purl.org/rss/1.0/modules/content')) return 'content';
  if (lower.startsWith('http://search.yahoo.com/mrss')) return 'media';
  if (lower.startsWith('http://backend.userland.com/rss')) return 'rss';
  return uri;
}
