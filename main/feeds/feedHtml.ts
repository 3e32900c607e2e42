import { decodeHTML } from 'entities';
import { escapeHtml } from '../sanitize/escapeHtml';
import { sanitizeArticleHtml } from '../sanitize/sanitizeArticleHtml';
import { resolveUrl } from './feedUrls';

/**
 * Runs of ASCII white space to collapse into one space (a no-break or thin
 * space is the writer's choice and is kept). Runs that already are a single
 * space are left out: replacing them changed nothing but cost a new string
 * per word (3.5× slower on a 5 KB body, measured).
 */
export const ASCII_SPACE = /[\t\n\r\f][ \t\n\r\f]*| [ \t\n\r\f]+/g;

export { escapeHtml };

// Attributes whose value is a URL, inside a start tag, with the value in any of HTML's three quotings.
const URL_ATTRIBUTE = /(<[a-z][^\s/>]*\s(?:[^>"']|"[^"]*"|'[^']*')*?\b(?:href|src|cite|poster)\s*=\s*)("[^"]*"|'[^']*'|[^\s"'>]+)/gi;

/**
 * Relative URLs in href/src/cite made absolute against `base`. This runs
 * before sanitizing because the allowlist keeps only http(s)/mailto/# URLs:
 * a relative link would otherwise be dropped. A value this pass misreads is
 * only left unresolved; the sanitizer still has the last word on safety.
 */
export function absolutizeUrls(html: string, base: string | null): string {
  // indexOf first: most bodies have no attributes at all, and it is far cheaper than the regex.
  if (base === null || !html.includes('=') || !/\s(?:href|src|cite|poster)\s*=/i.test(html)) return html;
  return html.replace(URL_ATTRIBUTE, (whole, start: string, quoted: string) => {
    const quote = quoted[0] === '"' || quoted[0] === "'" ? quoted[0] : '';
    const value = quote ? quoted.slice(1, -1) : quoted;
    if (/^(?:[a-z][a-z0-9+.-]*:|#)/i.test(value.trim())) return whole;
    const absolute = resolveUrl(decodeHTML(value), base);
    return absolute === null ? whole : `${start}"${escapeHtml(absolute)}"`;
  });
}

// True except inside withRawHtml. Parsing is synchronous, so the scope is exact.
let sanitizing = true;

/**
 * Runs a (synchronous) parse that leaves feed HTML unsanitized, for sync:
 * the renderer sanitizes every body with Chromium's own parser before it
 * stores it, at a tenth of jsdom's cost (measured in `npm run bench -- sync`).
 */
export function withRawHtml<T>(parse: () => T): T {
  const before = sanitizing;
  sanitizing = false;
  try {
    return parse();
  } finally {
    sanitizing = before;
  }
}

/** Feed HTML made safe to store: URLs made absolute, then the article allowlist. */
export function sanitizeFeedHtml(html: string, base: string | null): string {
  // Text without markup or references is already safe HTML; skipping the DOM parse keeps 10,000-item feeds fast.
  if (!/[<&>]/.test(html)) return html.trim();
  const absolute = absolutizeUrls(html, base);
  return (sanitizing ? sanitizeArticleHtml(absolute) : absolute).trim();
}

const BLOCK_BREAK = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|tr|table|pre|figure|figcaption|hr|section|article)\b[^>]*>/gi;

/** The text a person reads in some HTML: tags dropped, entities decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
  return decodeHTML(
    html
      .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?(?:-->|$)/g, '') // an unclosed comment hides the rest, as in a browser
      .replace(BLOCK_BREAK, ' ')
      .replace(/<\/?[a-z!][^>]*>/gi, ''),
  )
    .replace(ASCII_SPACE, ' ')
    .trim();
}

// Tags that mark text as HTML rather than plain text, as feedparser's heuristic does for RSS titles.
const HTML_TAG = /<\/?(?:a|abbr|b|big|blockquote|br|cite|code|del|div|em|font|h[1-6]|hr|i|img|ins|kbd|li|ol|p|pre|q|s|small|span|strike|strong|sub|sup|table|td|th|tr|tt|u|ul)\b[^>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

/** Whether text that should be plain carries HTML (escaped markup in RSS titles is common). */
export const looksLikeHtml = (text: string): boolean => HTML_TAG.test(text);

const PARAGRAPH_BREAK = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|tr|table|pre|figure|figcaption|hr|section|article|dd|dt|dl)\b[^>]*>/gi;

/**
 * The paragraphs a person reads in some HTML, in order, each as plain text.
 * Sync runs this on every item, so each pass is skipped when its input
 * can't be there, and spaces are collapsed once over the whole text rather
 * than paragraph by paragraph (a fifth of the host's parse time before,
 * measured with `npm run bench -- sync` and BENCH_PROFILE).
 */
export function htmlToParagraphs(html: string): string[] {
  // The break marker is NUL, not U+2029: a character outside Latin-1 would
  // turn the whole body into a two-byte string and slow every pass after it.
  // NUL can't occur in XML text; from elsewhere it is dropped.
  let marked = html.includes('\u0000') ? html.replaceAll('\u0000', '') : html;
  if (/<(?:script|style|template)\b/i.test(marked)) marked = marked.replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  if (marked.includes('<!--')) marked = marked.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  if (marked.includes('<')) marked = marked.replace(PARAGRAPH_BREAK, '\u0000').replace(/<\/?[a-z!][^>]*>/gi, '');
  if (marked.includes('&')) marked = decodeHTML(marked);
  return marked
    .replace(ASCII_SPACE, ' ')
    .split('\u0000')
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}
