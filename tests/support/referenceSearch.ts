import type { SearchDocument } from '../../shared/search/searchDocument';
import type { QueryNode, SearchField } from '../../shared/search/searchQuery';
import { stem, words } from '../../shared/search/tokenize';

/**
 * The brute-force reference the index is checked against: every article's
 * fields split into word sequences (a headline, one tag, one byline…) and
 * every query node tested against them directly, with no index at all.
 */
type Sequences = Map<SearchField, { words: string[][]; stems: string[][] }>;
/** Each article is split once; a query then only compares. */
const split = new WeakMap<SearchDocument, Sequences>();

const isTopic = (tag: SearchDocument['tags'][number]) => tag.kind === 'topic' || (tag.code?.startsWith('medtop:') ?? false);

function sequencesOf(doc: SearchDocument): Sequences {
  const known = split.get(doc);
  if (known) return known;
  const seq = (values: ReadonlyArray<string | null>) => {
    const list = values.filter((v): v is string => v !== null && v !== '').map((v) => words(v));
    return { words: list, stems: list.map((sequence) => sequence.map(stem)) };
  };
  const tagValues = (keep: (tag: SearchDocument['tags'][number]) => boolean) => doc.tags.filter(keep).flatMap((t) => [t.label, t.code]);
  const fields: Sequences = new Map([
    ['text', seq([doc.headline, doc.dek, ...doc.tags.map((t) => t.label), doc.body])],
    ['title', seq([doc.headline])],
    ['author', seq(doc.bylines)],
    ['section', seq([doc.section])],
    ['source', seq([doc.source])],
    ['credit', seq(doc.credits)],
    ['tag', seq(tagValues(() => true))],
    ['person', seq(tagValues((t) => t.entity === 'person'))],
    ['place', seq(tagValues((t) => t.entity === 'place'))],
    ['org', seq(tagValues((t) => t.entity === 'org'))],
    ['topic', seq(tagValues(isTopic))],
  ]);
  split.set(doc, fields);
  return fields;
}

function matches(node: QueryNode, doc: SearchDocument, fields: Sequences): boolean {
  switch (node.type) {
    case 'all':
      return true;
    case 'and':
      return node.children.every((c) => matches(c, doc, fields));
    case 'or':
      return node.children.some((c) => matches(c, doc, fields));
    case 'not':
      return !matches(node.child, doc, fields);
    case 'date':
      return (node.from === null || doc.date >= node.from) && (node.to === null || doc.date < node.to);
    case 'flag':
      return { unread: doc.unread, starred: doc.starred, updated: doc.updated, image: doc.hasImage }[node.flag];
    case 'word': {
      const field = fields.get(node.field);
      if (!field) return false;
      if (node.prefix) return field.words.some((sequence) => sequence.some((w) => w.startsWith(node.word)));
      const want = stem(node.word);
      return field.stems.some((sequence) => sequence.includes(want));
    }
    case 'phrase':
      return (fields.get(node.field)?.words ?? []).some((sequence) => sequence.some((_, i) => node.words.every((w, k) => sequence[i + k] === w)));
  }
}

/** The ids of the articles a query matches, found by looking at every one. */
export function referenceSearch(docs: readonly SearchDocument[], query: QueryNode): Set<string> {
  const out = new Set<string>();
  for (const doc of docs) if (matches(query, doc, sequencesOf(doc))) out.add(doc.id);
  return out;
}
