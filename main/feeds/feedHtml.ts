import { decodeHTML } from 'entities';
import { escapeHtml } from '../sanitize/escapeHtml';
import { sanitizeArticleHtml } from '../sanitize/sanitizeArticleHtml';
import { resolveUrl } from './feedUrls';

/** Runs of ASCII whitespace; a no-break or thin space is the writer's choice and is kept. */
export const ASCII_SPACE = /[ \t\n\r\f]+/g;

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
  if (base === null || !/\s(?:href|src|cite|poster)\s*=/i.test(html)) return html;
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

/** The paragraphs a person reads in some HTML, in order, each as plain text. */
export function htmlToParagraphs(html: string): string[] {
  const marked = html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(PARAGRAPH_BREAK, '\u2029')
    .replace(/<\/?[a-z!][^>]*>/gi, '');
  return decodeHTML(marked)
    .split('\u2029')
    .map((paragraph) => paragraph.replace(ASCII_SPACE, ' ').trim())
    .filter((paragraph) => paragraph !== '');
}
