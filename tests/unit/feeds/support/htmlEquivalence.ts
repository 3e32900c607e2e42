import { JSDOM } from 'jsdom';
import { ARTICLE_ALLOWED_ATTR, ARTICLE_ALLOWED_TAGS, ARTICLE_ALLOWED_URI, EXTERNAL_LINK_ATTRS } from '../../../../shared/model/sanitizePolicy';

/**
 * HTML compared by meaning, not spelling: `<img src="x" />` and `<img src="x">`,
 * `AT&T` and `AT&amp;T` are the same. feedparser writes XHTML-style markup and
 * its own escaping; DOMPurify serializes HTML5. Both sides are parsed and
 * re-serialized canonically (attributes sorted, whitespace runs collapsed).
 * The target/rel the app puts on every external link are set aside, since
 * feedparser never adds them.
 */

const { document } = new JSDOM('').window;

/** Parsed as DOMPurify parses: into a body, so HTML5's rules apply (a lone <td> is dropped). */
function fragment(html: string): HTMLElement {
  const body = document.createElement('body');
  body.innerHTML = html;
  return body;
}

/** URLs compared parsed: "http://any.test/\u00c0" and "http://any.test/%C3%80" are one address. */
function canonicalUrl(value: string): string {
  try {
    return new URL(value.trim()).href;
  } catch {
    return value;
  }
}

function canonical(node: Node): string {
  let out = '';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) out += (child.textContent ?? '').replace(/\s+/g, ' ');
    else if (child.nodeType === 1) {
      const element = child as Element;
      const attributes = Array.from(element.attributes)
        .filter((a) => !(element.localName === 'a' && ((a.name === 'target' && a.value === EXTERNAL_LINK_ATTRS.target) || (a.name === 'rel' && a.value === EXTERNAL_LINK_ATTRS.rel))))
        .map((a) => ` ${a.name}="${['href', 'src', 'cite'].includes(a.name) ? canonicalUrl(a.value) : a.value}"`)
        .sort()
        .join('');
      out += `<${element.localName}${attributes}>${canonical(element)}</${element.localName}>`;
    }
  }
  return out;
}

export function htmlEquivalent(html: string, other: string): boolean {
  return canonical(fragment(html)).trim() === canonical(fragment(other)).trim();
}

const TAGS = new Set<string>(ARTICLE_ALLOWED_TAGS);
const ATTRIBUTES = new Set<string>(ARTICLE_ALLOWED_ATTR);

/**
 * What in this expected HTML the app's allowlist would drop but feedparser's
 * keeps (an element, attribute, or URL scheme), or null when nothing.
 */
export function beyondAllowlist(html: string): string | null {
  for (const element of Array.from(fragment(html).querySelectorAll('*'))) {
    if (!TAGS.has(element.localName)) return `<${element.localName}>`;
    for (const attribute of Array.from(element.attributes)) {
      if (!ATTRIBUTES.has(attribute.name)) return `the ${attribute.name}= attribute`;
      if (['href', 'src', 'cite'].includes(attribute.name) && !ARTICLE_ALLOWED_URI.test(attribute.value.trim())) return `a ${attribute.name} of ${JSON.stringify(attribute.value)}`;
    }
  }
  return null;
}

/** An element written in this HTML that an HTML5 parser does not keep where it stands (`<tr>` outside a table), or null. */
export function lostInHtml5(html: string): string | null {
  const parsed = fragment(html);
  for (const match of html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)) {
    const name = (match[1] ?? '').toLowerCase();
    if (parsed.getElementsByTagName(name).length === 0) return `<${name}>`;
  }
  return null;
}
