/**
 * The one allowlist for article HTML, applied by DOMPurify in main before an
 * article is stored and again in the renderer before it is shown. Pure data,
 * so both sides import it. No scripts, handlers, iframes, forms, inline
 * styles or remote fonts: only the structure of a story.
 */
export const ARTICLE_ALLOWED_TAGS = [
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'dfn', 'div', 'dl', 'dt',
  'em', 'figcaption', 'figure', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark',
  'ol', 'p', 'pre', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'time', 'tr', 'u', 'ul',
] as const;

export const ARTICLE_ALLOWED_ATTR = [
  'href', 'src', 'alt', 'title', 'datetime', 'cite', 'colspan', 'rowspan', 'lang', 'dir', 'width', 'height',
] as const;

/** Links in articles may only point at the web or mail; everything else is dropped. */
export const ARTICLE_ALLOWED_URI = /^(?:https?:|mailto:|#)/i;

/** Marks a link so both hosts open it in the OS browser, never inside the app. */
export const EXTERNAL_LINK_ATTRS = { target: '_blank', rel: 'noopener noreferrer' } as const;
