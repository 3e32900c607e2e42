import type { FeedCategory } from './feedTypes';
import type { XmlElement } from './xmlTree';
import { attributeOf, childElements, firstChild, textOf } from './xmlTree';

/** Fields RSS and Atom items share through the same modules (Dublin Core, Atom-in-RSS). */

/** The first non-blank text among these children, in order of preference. */
export function firstText(element: XmlElement, names: Array<[ns: string, local: string]>): string | null {
  for (const [ns, local] of names) {
    for (const child of childElements(element, ns, local)) {
      const text = textOf(child).trim();
      if (text !== '') return text;
    }
  }
  return null;
}

/** The first of these children that exists, in order of preference. */
export function firstOf(element: XmlElement, names: Array<[ns: string, local: string]>): XmlElement | null {
  for (const [ns, local] of names) {
    const child = firstChild(element, ns, local);
    if (child) return child;
  }
  return null;
}

/**
 * A person as RSS writes them: "jane@example.com (Jane Doe)", "Jane Doe (jane@example.com)", "Jane Doe <jane@example.com>",
 * or just a name. Returns the name, or the address when there is no name.
 */
export function personName(raw: string): string | null {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  const parenthesised = /^\S+@\S+\s*\((.+)\)$/.exec(text);
  if (parenthesised?.[1]) return parenthesised[1].trim();
  const trailing = /^(.+?)\s*\(\S+@\S+\)$/.exec(text);
  if (trailing?.[1]) return trailing[1].trim();
  const angled = /^(.+?)\s*<[^<>@\s]+@[^<>\s]+>$/.exec(text);
  if (angled?.[1]) return angled[1].replace(/^"|"$/g, '').trim();
  return text;
}

/** Unique names, in order. */
export function uniqueNames(names: Array<string | null>): string[] {
  return [...new Set(names.filter((name): name is string => name !== null && name !== ''))];
}

/** RSS `<category domain="…">` and Dublin Core `dc:subject`. */
export function rssCategories(item: XmlElement): FeedCategory[] {
  const categories: FeedCategory[] = [];
  for (const category of childElements(item, 'rss', 'category')) {
    const label = textOf(category).replace(/\s+/g, ' ').trim();
    if (label !== '') categories.push({ label, code: null, scheme: attributeOf(category, 'domain')?.trim() || null });
  }
  for (const subject of childElements(item, 'dc', 'subject')) {
    const label = textOf(subject).replace(/\s+/g, ' ').trim();
    if (label !== '') categories.push({ label, code: null, scheme: null });
  }
  return categories;
}

/** iTunes `<itunes:category text="…">`, nested for subcategories, as podcast feeds file themselves. */
export function itunesCategories(element: XmlElement): FeedCategory[] {
  const categories: FeedCategory[] = [];
  const walk = (parent: XmlElement): void => {
    for (const category of childElements(parent, 'itunes', 'category')) {
      const label = attributeOf(category, 'text')?.trim() ?? '';
      if (label !== '') categories.push({ label, code: null, scheme: 'http://www.itunes.com/' });
      walk(category);
    }
  };
  walk(element);
  return categories;
}

/** Media RSS `<media:category scheme label>term</media:category>`. */
export function mediaCategories(element: XmlElement): FeedCategory[] {
  return childElements(element, 'media', 'category').flatMap((category) => {
    const term = textOf(category).replace(/\s+/g, ' ').trim();
    const label = attributeOf(category, 'label')?.trim() || term;
    // The spec's default scheme (Media RSS §5.2).
    const scheme = attributeOf(category, 'scheme')?.trim() || 'http://search.yahoo.com/mrss/category_schema';
    return label === '' ? [] : [{ label, code: term !== '' && term !== label ? term : null, scheme }];
  });
}

/** A language tag as BCP 47 writes it: "en_US" → "en-US". */
export function languageTag(value: string | null): string | null {
  const tag = value?.trim().replace(/_/g, '-') ?? '';
  return tag === '' ? null : tag;
}

/** Atom `<category term label scheme>` (also used inside RSS items). */
export function atomCategories(element: XmlElement, ns: string): FeedCategory[] {
  const categories: FeedCategory[] = [];
  for (const category of childElements(element, ns, 'category')) {
    const term = attributeOf(category, 'term')?.trim() ?? '';
    const label = attributeOf(category, 'label')?.trim() || term || textOf(category).trim();
    if (label === '') continue;
    categories.push({ label, code: term !== '' && term !== label ? term : null, scheme: attributeOf(category, 'scheme')?.trim() || null });
  }
  return categories;
}

/** The `rel="alternate"` link among Atom links (rel defaults to alternate), preferring HTML. */
export function alternateLink(element: XmlElement, ns: string): XmlElement | null {
  const alternates = childElements(element, ns, 'link').filter((link) => (attributeOf(link, 'rel') ?? 'alternate').trim().toLowerCase() === 'alternate' && linkHref(link) !== null);
  return alternates.find((link) => /html/i.test(attributeOf(link, 'type') ?? 'text/html')) ?? alternates[0] ?? null;
}

/** An Atom link's address: `href`, or the element's text in some Atom 0.3 feeds. */
export function linkHref(link: XmlElement): string | null {
  return attributeOf(link, 'href') ?? (textOf(link).trim() || null);
}

/** A positive whole number of minutes (RSS `ttl`), else null. */
export function minutes(text: string | null): number | null {
  if (text === null || !/^\d+$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value > 0 ? value : null;
}
