// A reference XML knows how to read: &name; &#10; &#x0A;.
const REFERENCE = /^&(?:[A-Za-z_:][\w.:-]*|#\d+|#x[0-9a-fA-F]+);/;
const LONGEST_REFERENCE = 64;

/**
 * Escapes the `&`s that start no reference ("AT&T", "?a=1&b=2"), outside
 * CDATA sections and comments. Feeds are full of them, and sax, meeting one
 * just before a `<`, would swallow the tag that follows. Linear: one scan
 * with indexOf, no backtracking, so a 10 MB feed costs one pass.
 */
export function escapeStrayAmpersands(text: string): { text: string; escaped: number } {
  const parts: string[] = [];
  let escaped = 0;
  let copied = 0;
  let i = 0;
  // Next CDATA section and comment, searched again only once passed: -1 stays -1, so the scan stays linear.
  let cdata = text.indexOf('<![CDATA[');
  let comment = text.indexOf('<!--');
  for (;;) {
    const amp = text.indexOf('&', i);
    if (cdata >= 0 && cdata < i) cdata = text.indexOf('<![CDATA[', i);
    if (comment >= 0 && comment < i) comment = text.indexOf('<!--', i);
    const skipStart = cdata < 0 ? comment : comment < 0 ? cdata : Math.min(cdata, comment);
    if (amp < 0) break;
    if (skipStart >= 0 && skipStart < amp) {
      const closer = skipStart === cdata ? ']]>' : '-->';
      const end = text.indexOf(closer, skipStart + 4);
      if (end < 0) break;
      i = end + closer.length;
      continue;
    }
    const candidate = text.slice(amp, amp + LONGEST_REFERENCE);
    if (/^&#X[0-9a-fA-F]+;/.test(candidate)) {
      // XML forbids the uppercase X that HTML allows; read it as HTML would.
      parts.push(text.slice(copied, amp), '&#x');
      copied = amp + 3;
      escaped++;
    } else if (!REFERENCE.test(candidate)) {
      parts.push(text.slice(copied, amp), '&amp;');
      copied = amp + 1;
      escaped++;
    }
    i = amp + 1;
  }
  if (escaped === 0) return { text, escaped };
  parts.push(text.slice(copied));
  return { text: parts.join(''), escaped };
}
