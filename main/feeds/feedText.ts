import { ASCII_SPACE, escapeHtml, htmlToText, looksLikeHtml, sanitizeFeedHtml } from './feedHtml';
import type { XmlElement } from './xmlTree';
import { attributeOf, textOf } from './xmlTree';

/** A piece of feed text and whether it is HTML or plain text. */
export interface FeedText {
  html: boolean;
  value: string;
}

const VOID_ELEMENTS = new Set(['area', 'br', 'col', 'hr', 'img', 'input', 'source', 'track', 'wbr']);
const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Inline XHTML (Atom type="xhtml", Atom 0.3 mode="xml", RSS xhtml:body) back into HTML markup. */
export function serializeChildren(element: XmlElement): string {
  const out: string[] = [];
  const walk = (node: XmlElement): void => {
    for (const child of node.children) {
      if (typeof child === 'string') {
        out.push(child.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
        continue;
      }
      const name = child.name.includes(':') ? child.local : child.name;
      const attributes = child.attributes
        .filter((attribute) => attribute.ns === '')
        .map((attribute) => ` ${attribute.local}="${escapeAttribute(attribute.value)}"`)
        .join('');
      if (VOID_ELEMENTS.has(child.local) && child.children.length === 0) {
        out.push(`<${name}${attributes} />`);
        continue;
      }
      out.push(`<${name}${attributes}>`);
      walk(child);
      out.push(`</${name}>`);
    }
  };
  walk(element);
  return out.join('');
}

function hasElementChildren(element: XmlElement): boolean {
  return element.children.some((child) => typeof child !== 'string');
}

function xhtmlValue(element: XmlElement, stripWrapper: boolean): string {
  // Atom 1.0 §3.1.1.3: the content is wrapped in one xhtml:div, which is not part of it.
  const elements = element.children.filter((child): child is XmlElement => typeof child !== 'string');
  const onlyDiv = elements.length === 1 && elements[0]?.local === 'div' && element.children.every((child) => typeof child !== 'string' || child.trim() === '');
  return stripWrapper && onlyDiv && elements[0] ? serializeChildren(elements[0]) : serializeChildren(element);
}

/**
 * Reads an Atom text construct (RFC 4287 §3.1) or Atom 0.3 content: `type`
 * text/html/xhtml or a MIME type, and 0.3's `mode` escaped/xml/base64.
 */
export function readTextConstruct(element: XmlElement): FeedText {
  const type = (attributeOf(element, 'type') ?? '').trim().toLowerCase();
  const mode = (attributeOf(element, 'mode') ?? '').trim().toLowerCase();
  if (mode === 'base64') {
    const decoded = Buffer.from(textOf(element).replace(/\s+/g, ''), 'base64').toString('utf8');
    return { html: type.includes('html') || (type === '' && looksLikeHtml(decoded)), value: decoded };
  }
  if (type === 'xhtml' || type === 'application/xhtml+xml' || mode === 'xml' || (type === '' && hasElementChildren(element))) {
    return { html: true, value: xhtmlValue(element, type === 'xhtml') };
  }
  if (type === 'html' || type === 'text/html') return { html: true, value: textOf(element) };
  // Atom 0.3 defaulted to text/plain, but its feeds put escaped HTML in untyped elements; guess as feedparser does.
  if (mode === 'escaped' || (type === '' && element.ns === 'atom03')) {
    const value = textOf(element);
    return { html: mode === 'escaped' || looksLikeHtml(value), value };
  }
  // 'plain' is Media RSS's name for text.
  if (type === '' || type === 'text' || type === 'plain' || type.startsWith('text/')) return { html: false, value: textOf(element) };
  // Other media types (images, application/*) are not text to show.
  return { html: false, value: '' };
}

/** RSS fields that are HTML by definition (description, content:encoded), or carry XHTML children. */
export function readHtmlElement(element: XmlElement): FeedText {
  if (hasElementChildren(element)) return { html: true, value: xhtmlValue(element, false) };
  return { html: true, value: textOf(element) };
}

/** RSS titles are plain text, but many carry escaped markup or entities; those are read as HTML. */
export function readRssTitle(element: XmlElement): FeedText {
  if (hasElementChildren(element)) return { html: true, value: xhtmlValue(element, false) };
  const value = textOf(element);
  return { html: looksLikeHtml(value), value };
}

/** Plain text for titles and descriptions. */
export function asPlainText(text: FeedText | null): string | null {
  if (text === null) return null;
  const plain = text.html ? htmlToText(text.value) : text.value.replace(ASCII_SPACE, ' ').trim();
  return plain === '' ? null : plain;
}

/** Sanitized HTML for summaries and content. */
export function asSafeHtml(text: FeedText | null, base: string | null): string | null {
  if (text === null) return null;
  const html = text.html ? sanitizeFeedHtml(text.value, base) : escapeHtml(text.value.trim());
  return html === '' ? null : html;
}
