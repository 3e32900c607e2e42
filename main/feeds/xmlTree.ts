import { decodeHTMLStrict } from 'entities';
import sax from 'sax';
import { demoronize } from './decodeFeed';
import { readDoctypeEntities } from './doctypeEntities';
import { FeedError } from './feedError';
import { namespaceKey } from './feedNamespaces';
import { resolveUrl } from './feedUrls';
import { escapeStrayAmpersands } from './strayAmpersands';

export interface XmlAttribute {
  /** Namespace key (see feedNamespaces.ts); '' for an unprefixed attribute. */
  ns: string;
  /** Local name, lower case. */
  local: string;
  value: string;
}

export interface XmlElement {
  /** The name as written, for re-serialising XHTML content. */
  name: string;
  /** Local name, lower case: feeds disagree on case (`pubDate`, `pubdate`). */
  local: string;
  /** Namespace key (see feedNamespaces.ts). */
  ns: string;
  attributes: XmlAttribute[];
  children: XmlNode[];
  /** The xml:base in effect, resolved against the document's address. */
  base: string | null;
  /** The xml:lang in effect. */
  lang: string | null;
}

export type XmlNode = XmlElement | string;

export interface XmlDocument {
  root: XmlElement | null;
  /** The first well-formedness error ("line 12: Unexpected close tag"), or null. */
  error: string | null;
}

const XML_PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The biggest total text that declared entities may add to a document, so one modest entity used 100,000 times is refused too. */
const MAX_TOTAL_ENTITY_TEXT = 4_000_000;

const htmlEntityCache = new Map<string, string | null>();
/** An HTML named entity (`&aacute;`): feeds use them undeclared, and every reader accepts them. */
export function htmlEntity(name: string): string | null {
  let value = htmlEntityCache.get(name);
  if (value === undefined) {
    const decoded = decodeHTMLStrict(`&${name};`);
    value = decoded === `&${name};` ? null : decoded;
    htmlEntityCache.set(name, value);
  }
  return value;
}

/**
 * Parses XML into a small element tree with sax in strict mode, carrying on
 * past well-formedness errors the way feed readers must (the first error is
 * kept, like feedparser's "bozo" flag). Unknown closing tags become text
 * rather than closing the document, undeclared HTML entities are decoded,
 * and the DOCTYPE's entity declarations are vetted before any is used.
 */
export function parseXml(text: string, documentUrl: string | null): XmlDocument {
  const parser = sax.parser(true, { xmlns: true, position: true });
  let root: XmlElement | null = null;
  const stack: XmlElement[] = [];
  let error: string | null = null;
  let declared = new Map<string, string>();
  let entityText = 0;

  const note = (message: string): void => {
    error ??= `line ${parser.line + 1}: ${message.split('\n')[0] ?? message}`;
  };
  const lookup = (name: string): string | undefined => {
    if (name.startsWith('#')) return undefined;
    const own = declared.get(name);
    if (own !== undefined) {
      entityText += own.length;
      if (entityText > MAX_TOTAL_ENTITY_TEXT) {
        throw new FeedError('unsafe', 'The feed declares entities that expand to more than 4 million characters in all, the pattern of an entity-expansion attack; it was refused.');
      }
      return own;
    }
    const predefined = XML_PREDEFINED[name];
    if (predefined !== undefined) return predefined;
    const html = htmlEntity(name);
    if (html !== null) {
      note(`undeclared entity &${name};`);
      return html;
    }
    return undefined;
  };
  // sax looks entities up by property access; a proxy lets us answer from the
  // declared, predefined and HTML tables, and note the undeclared ones.
  parser.ENTITIES = new Proxy<Record<string, string>>({}, { get: (_target, name) => (typeof name === 'string' ? lookup(name) : undefined) });

  parser.onerror = (err: Error): void => {
    note(err.message);
    // sax stops at an error until it is cleared; carry on, as feed readers do.
    (parser as { error: Error | null }).error = null;
  };
  parser.ondoctype = (doctype: string): void => {
    declared = readDoctypeEntities(doctype, htmlEntity);
  };
  parser.onopentag = (tag): void => {
    const qualified = tag as sax.QualifiedTag;
    const parent = stack[stack.length - 1] ?? null;
    const attributes: XmlAttribute[] = [];
    let base = parent ? parent.base : documentUrl;
    let lang = parent ? parent.lang : null;
    for (const attribute of Object.values(qualified.attributes)) {
      if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
      const ns = attribute.prefix === '' ? '' : namespaceKey(attribute.uri);
      const local = attribute.local.toLowerCase();
      if (ns === 'xml' && local === 'base') base = resolveUrl(attribute.value, base) ?? base; // a relative base with nothing to resolve it against is no base
      else if (ns === 'xml' && local === 'lang') lang = attribute.value.trim().replace(/_/g, '-') || null; // en_US → en-US (BCP 47)
      attributes.push({ ns, local, value: attribute.value });
    }
    const element: XmlElement = { name: qualified.name, local: qualified.local.toLowerCase(), ns: namespaceKey(qualified.uri), attributes, children: [], base, lang };
    if (parent) parent.children.push(element);
    else if (root === null) root = element;
    else root.children.push(element); // a second root after a stray close tag: keep its content
    stack.push(element);
  };
  parser.onclosetag = (): void => {
    stack.pop();
  };
  const addText = (chunk: string): void => {
    stack[stack.length - 1]?.children.push(demoronize(chunk));
  };
  parser.ontext = addText;
  parser.oncdata = addText;

  const cleaned = escapeStrayAmpersands(text);
  if (cleaned.escaped > 0) error = `an unescaped "&" (${cleaned.escaped} in all)`;
  parser.write(cleaned.text).close();
  return { root, error };
}

/** The element's children with this namespace key and (lower-case) local name. */
export function childElements(element: XmlElement, ns: string, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of element.children) {
    if (typeof child !== 'string' && child.local === local && child.ns === ns) found.push(child);
  }
  return found;
}

export function firstChild(element: XmlElement, ns: string, local: string): XmlElement | null {
  for (const child of element.children) {
    if (typeof child !== 'string' && child.local === local && child.ns === ns) return child;
  }
  return null;
}

/** All text inside the element, markup dropped. */
export function textOf(element: XmlElement): string {
  const parts: string[] = [];
  const walk = (node: XmlElement): void => {
    for (const child of node.children) {
      if (typeof child === 'string') parts.push(child);
      else walk(child);
    }
  };
  walk(element);
  return parts.join('');
}

/** Trimmed text of the first such child, or null when absent or blank. */
export function childText(element: XmlElement, ns: string, local: string): string | null {
  const child = firstChild(element, ns, local);
  const text = child ? textOf(child).trim() : '';
  return text === '' ? null : text;
}

export function attributeOf(element: XmlElement, local: string, ns = ''): string | null {
  for (const attribute of element.attributes) {
    if (attribute.local === local && attribute.ns === ns) return attribute.value;
  }
  return null;
}
