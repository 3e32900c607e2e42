/**
 * Tags that carry no attributes and no behaviour: text structure only. No
 * links or pictures (they have URLs), nothing from SVG or MathML, and no
 * raw-text elements (script, style, textarea, title…), which is where
 * mutation XSS lives.
 */
const STRUCTURE_TAGS =
  'p|br|hr|em|strong|b|i|u|s|q|sub|sup|small|mark|code|kbd|abbr|dfn|cite|del|ins|pre|blockquote|ul|ol|li|dl|dt|dd|h[2-6]|figcaption';

/** At a `<` or `&`: a structure tag with no attributes, or a complete character reference. */
const SAFE_TOKEN = new RegExp(`<\\/?(?:${STRUCTURE_TAGS})\\s*\\/?>|&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});`, 'y');

/**
 * True when `html` is nothing but text, character references and
 * attribute-free structure tags. Such markup has nothing a sanitizer would
 * remove (DOMPurify would only re-serialize it), so storing it as it is
 * skips a DOM parse per article, which set the pace of sync
 * (`npm run bench -- sync`). Anything else, including a lone `<`, goes
 * through DOMPurify. Linear: one indexOf-driven scan, no backtracking.
 */
export function isPlainMarkup(html: string): boolean {
  const special = /[<&]/g;
  for (let match = special.exec(html); match; match = special.exec(html)) {
    SAFE_TOKEN.lastIndex = match.index;
    const token = SAFE_TOKEN.exec(html);
    if (!token) return false;
    special.lastIndex = match.index + token[0].length;
  }
  return true;
}
