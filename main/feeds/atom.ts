import { feedLink } from './feedUrls';
import { parseFeedDate } from './feedDates';
import { alternateLink, atomCategories, firstOf, firstText, languageTag, linkHref, mediaCategories, personName, uniqueNames } from './feedItemFields';
import { asPlainText, asSafeHtml, readHtmlElement, readTextConstruct } from './feedText';
import type { FeedItem, ParsedFeed } from './feedTypes';
import { readImages } from './mediaRss';
import type { XmlElement } from './xmlTree';
import { attributeOf, childElements, firstChild, textOf } from './xmlTree';

/**
 * Atom 1.0 (RFC 4287) and the older Atom 0.3 still found in the wild, whose
 * names differ (tagline, issued, modified, content mode="escaped"). `ns` is
 * the feed's namespace key: 'atom', 'atom03', or 'rss' for a feed that
 * forgot its namespace.
 */

function names(element: XmlElement, ns: string): string[] {
  return uniqueNames(childElements(element, ns, 'author').map((author) => firstText(author, [[ns, 'name'], [ns, 'email']])));
}

/** The alternate link; without xml:base or the feed's address, a relative one is read against `fallbackBase`. */
function linkOf(element: XmlElement, ns: string, fallbackBase: string | null): string | null {
  const alternate = alternateLink(element, ns);
  return alternate ? feedLink(linkHref(alternate), alternate.base ?? fallbackBase) : null;
}

function readEntry(entry: XmlElement, ns: string, feedAuthors: string[], feedLinkValue: string | null): FeedItem {
  const link = linkOf(entry, ns, feedLinkValue);
  const title = firstChild(entry, ns, 'title') ?? firstChild(entry, 'media', 'title');
  const summary = firstOf(entry, [[ns, 'summary'], ['rss', 'description']]);
  // Content with a src is elsewhere (RFC 4287 §4.1.3.2): nothing to show here.
  const content = childElements(entry, ns, 'content').find((element) => attributeOf(element, 'src') === null) ?? firstChild(entry, 'content', 'encoded');
  const readBody = (element: XmlElement | undefined | null): string | null =>
    element ? asSafeHtml(element.ns === 'content' ? readHtmlElement(element) : readTextConstruct(element), element.base ?? link ?? feedLinkValue) : null;
  const source = firstChild(entry, ns, 'source');
  const authors = uniqueNames([...names(entry, ns), ...childElements(entry, 'dc', 'creator').map((creator) => personName(textOf(creator)))]);
  return {
    guid: firstText(entry, [[ns, 'id']]),
    link,
    title: title ? asPlainText(readTextConstruct(title)) : null,
    summaryHtml: readBody(summary),
    contentHtml: readBody(content),
    publishedAt: parseFeedDate(firstText(entry, [[ns, 'published'], [ns, 'issued'], [ns, 'created'], ['dc', 'date']])),
    updatedAt: parseFeedDate(firstText(entry, [[ns, 'updated'], [ns, 'modified']])),
    // RFC 4287 §4.2.1: an entry without authors has its source's, else the feed's.
    authors: authors.length > 0 ? authors : source && names(source, ns).length > 0 ? names(source, ns) : feedAuthors,
    categories: [...atomCategories(entry, ns), ...mediaCategories(entry)],
    images: readImages(entry),
  };
}

export function readAtom(root: XmlElement): ParsedFeed {
  const ns = root.ns;
  const title = firstChild(root, ns, 'title');
  const subtitle = firstOf(root, [[ns, 'subtitle'], [ns, 'tagline']]);
  const self = childElements(root, ns, 'link').find((element) => attributeOf(element, 'rel') === 'self');
  const link = linkOf(root, ns, self ? feedLink(attributeOf(self, 'href'), self.base) : null);
  const authors = names(root, ns);
  return {
    format: 'atom',
    title: title ? asPlainText(readTextConstruct(title)) : null,
    link,
    description: subtitle ? asPlainText(readTextConstruct(subtitle)) : null,
    language: languageTag(root.lang ?? firstText(root, [['dc', 'language']])),
    ttlMinutes: null,
    items: childElements(root, ns, 'entry').map((entry) => readEntry(entry, ns, authors, link)),
  };
}
