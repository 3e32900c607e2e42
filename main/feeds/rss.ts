import { feedLink } from './feedUrls';
import { parseFeedDate } from './feedDates';
import { alternateLink, atomCategories, firstOf, firstText, itunesCategories, languageTag, linkHref, mediaCategories, minutes, personName, rssCategories, uniqueNames } from './feedItemFields';
import { asPlainText, asSafeHtml, readHtmlElement, readRssTitle, readTextConstruct } from './feedText';
import type { FeedFormat, FeedItem, ParsedFeed } from './feedTypes';
import { readImages } from './mediaRss';
import type { XmlElement } from './xmlTree';
import { attributeOf, childElements, firstChild, textOf } from './xmlTree';

/**
 * RSS 0.9x, 2.0 and 1.0 (RDF). They share element names (RSS 1.0 puts them
 * in its namespace, which feedNamespaces.ts reads as plain RSS); RSS 1.0
 * keeps items beside the channel rather than in it.
 */

function readTitle(element: XmlElement): string | null {
  const title = firstOf(element, [['rss', 'title'], ['dc', 'title'], ['media', 'title']]);
  return title ? asPlainText(title.ns === 'rss' ? readRssTitle(title) : readTextConstruct(title)) : null;
}

function readItem(item: XmlElement, feedLinkValue: string | null): FeedItem {
  const guidElement = firstChild(item, 'rss', 'guid');
  const guidText = guidElement ? textOf(guidElement).trim() : '';
  const about = attributeOf(item, 'about', 'rdf');
  const guid = guidText || about?.trim() || firstText(item, [['dc', 'identifier']]) || null;

  const atomLink = alternateLink(item, 'atom');
  // Without xml:base or the feed's address, a relative item link is read against the channel's link.
  let link = feedLink(firstText(item, [['rss', 'link']]), item.base ?? feedLinkValue) ?? (atomLink ? feedLink(linkHref(atomLink), atomLink.base ?? feedLinkValue) : null);
  // RSS 2.0: a guid is a permalink unless it says isPermaLink="false".
  if (link === null && guidText !== '' && attributeOf(guidElement ?? item, 'ispermalink')?.trim().toLowerCase() !== 'false' && /^https?:\/\//i.test(guidText)) link = guidText;
  if (link === null && about && /^https?:\/\//i.test(about)) link = about.trim();

  // Relative URLs in the body are read against xml:base, else the item's own page.
  const htmlBase = (element: XmlElement): string | null => element.base ?? link ?? feedLinkValue;
  const description = firstOf(item, [['rss', 'description'], ['dc', 'description'], ['atom', 'summary'], ['itunes', 'summary']]);
  const content = firstOf(item, [['content', 'encoded'], ['xhtml', 'body'], ['rss', 'body'], ['atom', 'content'], ['rss', 'fullitem']]);
  const readBody = (element: XmlElement | null): string | null => {
    if (!element) return null;
    const text = element.ns === 'atom' ? readTextConstruct(element) : element.ns === 'itunes' ? { html: false, value: textOf(element) } : readHtmlElement(element);
    return asSafeHtml(text, htmlBase(element));
  };

  const authors = uniqueNames([
    ...childElements(item, 'rss', 'author').map((author) => personName(textOf(author))),
    ...childElements(item, 'dc', 'creator').map((creator) => personName(textOf(creator))),
    ...childElements(item, 'dc', 'author').map((author) => personName(textOf(author))),
    ...childElements(item, 'atom', 'author').map((author) => firstText(author, [['atom', 'name'], ['atom', 'email']])),
  ]);
  const itunesAuthor = firstText(item, [['itunes', 'author']]);

  return {
    guid,
    link,
    title: readTitle(item),
    summaryHtml: readBody(description),
    contentHtml: readBody(content),
    publishedAt: parseFeedDate(firstText(item, [['rss', 'pubdate'], ['dc', 'date'], ['dcterms', 'issued'], ['dcterms', 'created'], ['atom', 'published']])),
    updatedAt: parseFeedDate(firstText(item, [['dcterms', 'modified'], ['atom', 'updated']])),
    authors: authors.length > 0 ? authors : uniqueNames([itunesAuthor]),
    categories: [...rssCategories(item), ...atomCategories(item, 'atom'), ...mediaCategories(item), ...itunesCategories(item)],
    images: readImages(item),
  };
}

export function readRss(root: XmlElement): ParsedFeed {
  const isRdf = root.local === 'rdf';
  const channel = firstChild(root, 'rss', 'channel') ?? root;
  const atomLink = alternateLink(channel, 'atom');
  const link =
    feedLink(firstText(channel, [['rss', 'link']]), channel.base) ??
    (atomLink ? feedLink(linkHref(atomLink), atomLink.base) : null) ??
    feedLink(attributeOf(channel, 'about', 'rdf'), channel.base);
  const descriptionElement = firstOf(channel, [['rss', 'description'], ['dc', 'description'], ['itunes', 'summary'], ['itunes', 'subtitle']]);
  // Items are in the channel (RSS 2.0) or beside it (RSS 1.0); some feeds do both.
  const items = channel === root ? childElements(root, 'rss', 'item') : [...childElements(channel, 'rss', 'item'), ...childElements(root, 'rss', 'item')];
  const format: FeedFormat = isRdf ? 'rss1' : 'rss2';
  return {
    format,
    title: readTitle(channel),
    link,
    description: descriptionElement ? asPlainText(readHtmlElement(descriptionElement)) : null,
    language: languageTag(firstText(channel, [['rss', 'language'], ['dc', 'language']]) ?? channel.lang ?? root.lang),
    ttlMinutes: minutes(firstText(channel, [['rss', 'ttl']])),
    items: items.map((item) => readItem(item, link)),
  };
}
