import type { Sample, TermsOf } from './benchQueries';
import type { Random } from './random';
import type { SearchDocument } from './searchDocument';

/**
 * "filter + term" queries: a field filter, date bound or flag that one
 * sampled article meets, and a word from that same article, so every query
 * has at least that hit.
 */

type Filter = (random: Random, doc: SearchDocument) => string | null;

/** A filter value as typed: bare when it is one word, quoted otherwise. */
function value(text: string): string {
  const lower = text.toLowerCase();
  return /^[\p{L}\p{N}]+$/u.test(lower) ? lower : `"${lower}"`;
}

function tagFilter(field: string, pick: (tag: SearchDocument['tags'][number]) => boolean): Filter {
  return (random, doc) => {
    const tags = doc.tags.filter(pick);
    return tags.length > 0 ? `${field}:${value(random.pick(tags).label)}` : null;
  };
}

const RELATIVE_FROM = Date.UTC(2026, 10, 15);
const RELATIVE_SPANS: ReadonlyArray<readonly [string, number]> = [['2y', 730], ['1y', 365], ['3m', 91], ['2w', 14]];

const day = (date: number): string => new Date(date).toISOString().slice(0, 10);

const FILTERS: Filter[] = [
  tagFilter('place', (tag) => tag.entity === 'place'),
  tagFilter('person', (tag) => tag.entity === 'person'),
  tagFilter('org', (tag) => tag.entity === 'org'),
  tagFilter('topic', (tag) => tag.kind === 'topic'),
  (random, doc) => {
    const topic = doc.tags.find((tag) => tag.kind === 'topic' && tag.code);
    return topic?.code ? `topic:${topic.code}` : null;
  },
  tagFilter('tag', () => true),
  (random, doc) => (doc.bylines.length > 0 ? `author:"${random.pick(doc.bylines)}"` : null),
  (random, doc) => (doc.bylines.length > 0 ? `by:${value(random.pick(doc.bylines).split(' ').at(-1) ?? '')}` : null),
  (_random, doc) => (doc.section ? `section:${value(doc.section)}` : null),
  (_random, doc) => `source:${value(doc.source)}`,
  (random, doc) => {
    const agency = doc.credits.length > 0 ? /\/(\p{L}+)/u.exec(random.pick(doc.credits))?.[1] : undefined;
    return agency ? `credit:${agency.toLowerCase()}` : null;
  },
  (random, doc) => {
    const words = doc.headline.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
    return words.length > 0 ? `title:${random.pick(words)}` : null;
  },
  (_random, doc) => `before:${new Date(doc.date).getUTCFullYear() + 1}`,
  // The month before the article's: it is after that month whether or not "after:" includes the month it names.
  (_random, doc) => {
    const date = new Date(doc.date);
    return `after:${day(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - 1, 1)).slice(0, 7)}`;
  },
  (_random, doc) => `on:${day(doc.date)}`,
  (random, doc) => {
    // Relative to when the benchmark runs: these have hits while that is not long after the corpus's last date (Nov 2026).
    const [span, days] = random.pick(RELATIVE_SPANS);
    return doc.date >= RELATIVE_FROM - days * 86_400_000 ? `after:${span}` : null;
  },
  (_random, doc) => (doc.date < Date.UTC(2016, 0, 1) ? 'before:10y' : null),
  (_random, doc) => (doc.starred ? 'is:starred' : null),
  (_random, doc) => (doc.unread ? 'is:unread' : null),
  (_random, doc) => (doc.updated ? 'is:updated' : null),
  (_random, doc) => (doc.hasImage ? 'has:image' : null),
];

/** The attempt-th filter kind (so every kind appears), on a sampled article that has it. */
export function filterQuery(random: Random, sample: Sample, attempt: number, terms: TermsOf): string | null {
  const filter = FILTERS[attempt % FILTERS.length];
  if (!filter) return null;
  // Rare filters (is:starred, person:) need more than one draw to find an article.
  for (let tries = 0; tries < 60; tries++) {
    const index = random.int(sample.docs.length);
    const doc = sample.docs[index];
    const text = doc ? filter(random, doc) : null;
    const candidates = text ? terms(index) : [];
    if (text && candidates.length > 0) return `${text} ${random.pick(candidates)}`;
  }
  return null;
}
