import type { ArticleImage } from '../../shared/model';
import { feedLink } from './feedUrls';
import { htmlToText } from './feedHtml';
import type { XmlElement } from './xmlTree';
import { attributeOf, childElements, textOf } from './xmlTree';

/**
 * Pictures of an item from Media RSS (media:content, media:thumbnail,
 * media:group, with media:credit and media:description inherited from the
 * group or item, as the spec says) and from image enclosures.
 * https://www.rssboard.org/media-rss
 */

const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|webp|avif|bmp|svg)(?:[?#]|$)/i;

interface Candidate {
  src: string;
  width: number;
  credit: string | null;
  caption: string | null;
  isDefault: boolean;
}

function isImage(element: XmlElement, url: string): boolean {
  const medium = (attributeOf(element, 'medium') ?? '').toLowerCase();
  const type = (attributeOf(element, 'type') ?? '').toLowerCase();
  if (medium !== '') return medium === 'image';
  if (type !== '') return type.startsWith('image/');
  return IMAGE_EXTENSION.test(url);
}

/** media:credit texts, joined: photographers first is how the spec's examples list them, so keep the order. */
function creditOf(element: XmlElement): string | null {
  const credits = [...new Set(childElements(element, 'media', 'credit').map((credit) => textOf(credit).replace(/\s+/g, ' ').trim()).filter((text) => text !== ''))];
  return credits.length > 0 ? credits.join(', ') : null;
}

function captionOf(element: XmlElement): string | null {
  const description = childElements(element, 'media', 'description')[0];
  if (!description) return null;
  const raw = textOf(description);
  const text = (attributeOf(description, 'type') ?? '').toLowerCase() === 'html' ? htmlToText(raw) : raw.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

function candidate(element: XmlElement, inherited: { credit: string | null; caption: string | null }): Candidate | null {
  const src = feedLink(attributeOf(element, 'url'), element.base);
  if (src === null) return null;
  return {
    src,
    width: Number(attributeOf(element, 'width')) || 0,
    credit: creditOf(element) ?? inherited.credit,
    caption: captionOf(element) ?? inherited.caption,
    isDefault: attributeOf(element, 'isdefault') === 'true',
  };
}

/** The images in one context (the item, or one media:group), thumbnails only when it has no full picture. */
function imagesIn(context: XmlElement, inherited: { credit: string | null; caption: string | null }): Candidate[] {
  const own = { credit: creditOf(context) ?? inherited.credit, caption: captionOf(context) ?? inherited.caption };
  const contents = childElements(context, 'media', 'content');
  const pictures = contents.filter((content) => isImage(content, attributeOf(content, 'url') ?? ''));
  const found = pictures.map((content) => candidate(content, own)).filter((c): c is Candidate => c !== null);
  if (found.length > 0) return found;
  // A video's thumbnail stands in for the picture, with the video's credit.
  const thumbnails = [
    ...childElements(context, 'media', 'thumbnail').map((thumbnail) => candidate(thumbnail, own)),
    ...contents.flatMap((content) => childElements(content, 'media', 'thumbnail').map((thumbnail) => candidate(thumbnail, { credit: creditOf(content) ?? own.credit, caption: captionOf(content) ?? own.caption }))),
  ];
  return thumbnails.filter((c): c is Candidate => c !== null).slice(0, 1);
}

/** "Same picture, another size": Guardian-style renditions share a path and differ in query (?w=140, ?w=460). */
function renditionKey(src: string): string {
  try {
    const url = new URL(src);
    return `${url.origin}${url.pathname}`;
  } catch {
    return src;
  }
}

/** Keeps the widest rendition of each picture, in first-seen order. */
function widest(candidates: Candidate[]): Candidate[] {
  const byKey = new Map<string, Candidate>();
  for (const c of candidates) {
    const key = renditionKey(c.src);
    const seen = byKey.get(key);
    if (!seen || c.width > seen.width) byKey.set(key, seen ? { ...c, credit: c.credit ?? seen.credit, caption: c.caption ?? seen.caption } : c);
  }
  return [...byKey.values()];
}

function enclosures(item: XmlElement): Candidate[] {
  const found: Candidate[] = [];
  const rssEnclosures = childElements(item, 'rss', 'enclosure');
  const atomEnclosures = [...childElements(item, 'atom', 'link'), ...childElements(item, 'atom03', 'link')].filter((link) => attributeOf(link, 'rel') === 'enclosure');
  for (const enclosure of [...rssEnclosures, ...atomEnclosures]) {
    const raw = attributeOf(enclosure, 'url') ?? attributeOf(enclosure, 'href') ?? '';
    const type = (attributeOf(enclosure, 'type') ?? '').toLowerCase();
    if (!(type.startsWith('image/') || (type === '' && IMAGE_EXTENSION.test(raw)))) continue;
    const src = feedLink(raw, enclosure.base);
    if (src !== null) found.push({ src, width: 0, credit: null, caption: null, isDefault: false });
  }
  return found;
}

export function readImages(item: XmlElement): ArticleImage[] {
  const inherited = { credit: creditOf(item), caption: captionOf(item) };
  const fromGroups = childElements(item, 'media', 'group').map((group) => {
    const images = imagesIn(group, inherited);
    // A group holds one picture in several renditions: the default one, else the widest.
    return images.find((image) => image.isDefault) ?? images.reduce<Candidate | undefined>((best, image) => (!best || image.width > best.width ? image : best), undefined);
  });
  const all = widest([...fromGroups.filter((c): c is Candidate => c !== undefined), ...imagesIn(item, inherited), ...enclosures(item)]);
  return all.map((c) => ({ src: c.src, caption: c.caption, credit: c.credit, creditSource: c.credit === null ? null : 'media-rss' }));
}
