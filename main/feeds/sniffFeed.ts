import { decodeFeed } from './decodeFeed';

/** What the start of a document is, after its XML declaration, comments and DOCTYPE. */
export type DocumentStart = { kind: 'element'; name: string } | { kind: 'json' } | { kind: 'html' } | { kind: 'other' };

const FEED_MEDIA_TYPES = /^application\/(?:rss\+xml|atom\+xml|feed\+json|rdf\+xml)$/;

/** The media type of a Content-Type header, lower case, without parameters. */
export function mediaTypeOf(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * Skips what may come before a document's first element: BOM, whitespace,
 * the XML declaration and other processing instructions, comments and the
 * DOCTYPE (with its internal subset), in any order, as feeds put them.
 */
export function documentStart(text: string): DocumentStart {
  let i = 0;
  const length = text.length;
  // Feeds too carry an XHTML DOCTYPE now and then; the root element decides.
  let htmlDoctype = false;
  for (;;) {
    while (i < length && /[\s\uFEFF]/.test(text[i] ?? '')) i++;
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i);
      if (end < 0) return { kind: 'other' };
      i = end + 2;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return { kind: 'other' };
      i = end + 3;
    } else if (/^<!doctype/i.test(text.slice(i, i + 9))) {
      htmlDoctype ||= /^<!doctype\s+html\b/i.test(text.slice(i, i + 20));
      const subset = text.indexOf('[', i);
      const close = text.indexOf('>', i);
      const end = subset >= 0 && subset < close ? text.indexOf(']', subset) : close;
      const after = end < 0 ? -1 : text.indexOf('>', end);
      if (after < 0) return { kind: 'other' };
      i = after + 1;
    } else {
      break;
    }
  }
  const rest = text.slice(i, i + 200);
  if (rest.startsWith('{')) return { kind: 'json' };
  const element = /^<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)/.exec(rest);
  if (!element?.[1]) return htmlDoctype ? { kind: 'html' } : { kind: 'other' };
  const name = element[1];
  if (/^(?:html|head|body)$/i.test(name) || (htmlDoctype && !isFeedRootName(name))) return { kind: 'html' };
  return { kind: 'element', name };
}

/** Whether the root element's name is one a feed has. */
export function isFeedRootName(name: string): boolean {
  const local = name.slice(name.indexOf(':') + 1).toLowerCase();
  return local === 'rss' || local === 'feed' || local === 'rdf' || local === 'channel';
}

/**
 * A cheap guess at whether these bytes are a feed: by media type, then by
 * the first element (or a JSON Feed's version URL). It reads only the start,
 * except to look for a JSON Feed's version, so it can run on every response.
 */
export function looksLikeFeed(bytes: Uint8Array, contentType?: string | null): boolean {
  if (FEED_MEDIA_TYPES.test(mediaTypeOf(contentType))) return true;
  const start = documentStart(decodeFeed(bytes.subarray(0, 4096), contentType).text);
  if (start.kind === 'json') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('jsonfeed.org/version');
  return start.kind === 'element' && isFeedRootName(start.name);
}
