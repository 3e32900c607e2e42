import type { FeedError } from '../../../../main/feeds/feedError';
import type { FeedReading } from '../../../../main/feeds/parseFeed';
import type { PyValue } from './pythonExpression';
import { CharsetName, HtmlText } from './pythonExpression';

/**
 * A feedparser-shaped view of what parseFeed returns, so feedparser's own
 * expectations can be checked against it. Only keys ParsedFeed can answer
 * are present (SCHEMA lists them); a key that is absent raises KeyError, as
 * in feedparser. Aliases follow feedparser's FeedParserDict keymap
 * (description → summary/subtitle, tagline → subtitle, guid → id,
 * modified/date → updated, issued → published).
 */

/** What a view key holds: plain text, sanitized HTML, or anything compared as is. */
export type Leaf = 'text' | 'html' | 'value';
export type Schema = Leaf | { [key: string]: Schema } | [Schema];

const detail = (leaf: Leaf): Schema => ({ value: leaf });

// Typed as plain dictionaries so their keys are not read as string methods (String#link).
const FEED_SCHEMA: { [key: string]: Schema } = {
  title: 'text', title_detail: detail('text'), link: 'value', language: 'value', ttl: 'value',
  subtitle: 'text', description: 'text', tagline: 'text', subtitle_detail: detail('text'), description_detail: detail('text'), tagline_detail: detail('text'),
};

const ENTRY_SCHEMA: { [key: string]: Schema } = {
  title: 'text', title_detail: detail('text'), link: 'value', id: 'value', guid: 'value',
  summary: 'html', description: 'html', summary_detail: detail('html'), description_detail: detail('html'),
  content: [{ value: 'html' }],
  authors: [{ name: 'text' }], author_detail: { name: 'text' },
  published_parsed: 'value', issued_parsed: 'value', updated_parsed: 'value', modified_parsed: 'value', date_parsed: 'value',
  tags: [{ term: 'value', scheme: 'value', label: 'value' }], category: 'value',
};

export const SCHEMA: Schema = { bozo: 'value', encoding: 'value', feed: FEED_SCHEMA, entries: [ENTRY_SCHEMA] };

type Dict = { [key: string]: PyValue };

/** Python's time.struct_time as a tuple, for an ISO date (read as UTC when it has no zone, as feedparser does). */
function structTime(iso: string | null): PyValue {
  if (iso === null) return null;
  const full = /^\d{4}$/.test(iso) ? `${iso}-01-01` : /^\d{4}-\d{2}$/.test(iso) ? `${iso}-01` : iso;
  const date = new Date(/[zZ]|[+-]\d{2}:\d{2}$/.test(full) || full.length === 10 ? full : `${full}Z`);
  const startOfYear = Date.UTC(date.getUTCFullYear(), 0, 1);
  const yday = Math.floor((date.getTime() - startOfYear) / 86_400_000) + 1;
  const wday = (date.getUTCDay() + 6) % 7; // Python: Monday is 0
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), wday, yday, 0];
}

function put(target: Dict, keys: string[], value: PyValue | undefined): void {
  if (value === null || value === undefined) return;
  for (const key of keys) target[key] = value;
}

export function feedparserView(result: FeedReading | FeedError): Dict {
  if (!('feed' in result)) return { bozo: 1, feed: {}, entries: [] };
  const { feed } = result;
  const feedView: Dict = {};
  put(feedView, ['title'], feed.title);
  put(feedView, ['title_detail'], feed.title === null ? null : { value: feed.title });
  put(feedView, ['link'], feed.link);
  put(feedView, ['language'], feed.language);
  put(feedView, ['ttl'], feed.ttlMinutes === null ? null : String(feed.ttlMinutes));
  put(feedView, ['subtitle', 'description', 'tagline'], feed.description);
  put(feedView, ['subtitle_detail', 'description_detail', 'tagline_detail'], feed.description === null ? null : { value: feed.description });

  const entries = feed.items.map((item) => {
    const entry: Dict = {};
    put(entry, ['title'], item.title);
    put(entry, ['title_detail'], item.title === null ? null : { value: item.title });
    put(entry, ['link'], item.link);
    put(entry, ['id', 'guid'], item.guid);
    // feedparser copies content into summary when an entry has no summary of its own.
    const summary = item.summaryHtml ?? item.contentHtml;
    put(entry, ['summary', 'description'], summary === null ? null : new HtmlText(summary));
    put(entry, ['summary_detail', 'description_detail'], summary === null ? null : { value: new HtmlText(summary) });
    put(entry, ['content'], item.contentHtml === null ? null : [{ value: new HtmlText(item.contentHtml) }]);
    if (item.authors.length > 0) {
      entry['authors'] = item.authors.map((name) => ({ name }));
      entry['author_detail'] = { name: item.authors[0] ?? null };
    }
    put(entry, ['published_parsed', 'issued_parsed'], structTime(item.publishedAt));
    // feedparser 6 answers "updated" with the published date when there is no other.
    put(entry, ['updated_parsed', 'modified_parsed', 'date_parsed'], structTime(item.updatedAt ?? item.publishedAt));
    if (item.categories.length > 0) {
      entry['tags'] = item.categories.map((c) => ({ term: c.code ?? c.label, scheme: c.scheme, label: c.code === null ? null : c.label }));
      entry['category'] = item.categories[0]?.code ?? item.categories[0]?.label ?? null;
    }
    return entry;
  });
  return { bozo: result.bozo === null ? 0 : 1, encoding: new CharsetName(result.encoding), feed: feedView, entries };
}
