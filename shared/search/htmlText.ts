/**
 * The text of an archived body, for indexing and snippets, without a DOM
 * (the search worker has none). Bodies are sanitized before they are
 * stored, so tags are well formed and the entities are the few a
 * serializer writes; block ends become paragraph breaks.
 */
const BLOCK_END = /<\/(?:p|h[1-6]|li|blockquote|figcaption|pre|div|tr|dd|dt)>|<br\s*\/?>/gi;
const TAG = /<[^>]*>/g;
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function htmlText(html: string): string {
  return html
    .replace(BLOCK_END, '\n\n')
    .replace(TAG, '')
    .replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (name) return NAMED[name.toLowerCase()] ?? whole;
      const code = dec ? Number(dec) : parseInt(hex ?? '', 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
