const STYLE_ELEMENT = /<style\b[\s\S]*?<\/style\s*>/gi;
const STYLE_ATTRIBUTE = /\sstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi;
const HIDING = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * A page's HTML without its CSS. jsdom parses every style it meets, and a
 * value it can't parse (SCSS left in a live site's inline styles) throws
 * outside any caller's reach; nothing here needs styles, except to know what
 * a page hides, which becomes the `hidden` attribute Readability honours.
 */
export function withoutStyles(html: string): string {
  return html.replace(STYLE_ELEMENT, '').replace(STYLE_ATTRIBUTE, (_whole, value: string) => (HIDING.test(value) ? ' hidden' : ''));
}
