import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../../shared/search/searchDocument';
import type { QueryNode, SearchField } from '../../../shared/search/searchQuery';
import { referenceSearch } from '../../support/referenceSearch';

/**
 * The brute-force reference is what the index is held to (searchExactness),
 * so its own reading of each node is checked here by hand, on three small
 * articles whose every expected hit can be worked out on paper.
 */
const doc = (id: string, fields: Partial<SearchDocument>): SearchDocument => ({
  id, headline: '', dek: '', body: '', tags: [], bylines: [], section: null, source: 'Wire', credits: [], date: 0, unread: false, starred: false, updated: false, hasImage: false, ...fields,
});

const MAY_29 = Date.UTC(2023, 4, 29);
const JUNE_15 = Date.UTC(2023, 5, 15);
const DOCS: SearchDocument[] = [
  doc('swap', {
    headline: 'Prisoner swap talks resume',
    dek: 'Officials met in Geneva',
    body: 'The U.S. and Russia exchanged lists.',
    tags: [
      { label: 'Antony Blinken', kind: 'entity', entity: 'person', code: null },
      { label: 'Geneva', kind: 'entity', entity: 'place', code: null },
      { label: 'Diplomacy', kind: 'topic', code: 'medtop:11000000' },
    ],
    bylines: ['Jane Doe'],
    section: 'World',
    source: 'Reuters',
    credits: ['AP Photo/John Smith'],
    date: MAY_29,
    unread: true,
    hasImage: true,
  }),
  doc('meet', {
    headline: 'Swap meet draws crowds',
    body: 'A talk about prisoner welfare.',
    tags: [
      { label: 'Prisoner welfare', kind: 'archivist', code: null },
      { label: 'OPEC', kind: 'entity', entity: 'org', code: null },
    ],
    bylines: ['John Doe', 'Ann Lee'],
    source: 'AP',
    date: JUNE_15,
    starred: true,
    updated: true,
  }),
  doc('moscow', {
    headline: 'Москва готовится',
    body: 'Oil policies change. News at eleven.',
    tags: [{ label: 'Energy', kind: 'source', code: 'medtop:20000204' }],
    date: Date.UTC(2024, 0, 1),
  }),
];

const word = (w: string, field: SearchField = 'text', prefix = false): QueryNode => ({ type: 'word', field, word: w, prefix });
const phrase = (text: string, field: SearchField = 'text'): QueryNode => ({ type: 'phrase', field, words: text.split(' ') });
const found = (node: QueryNode) => [...referenceSearch(DOCS, node)].sort();

describe('the brute-force reference', () => {
  it('a word matches any word with its stem; a prefix, any word starting with it', () => {
    expect(found(word('talk'))).toEqual(['meet', 'swap']);
    expect(found(word('policy'))).toEqual(['moscow']);
    // "news" is not the plural of "new".
    expect(found(word('new'))).toEqual([]);
    expect(found(word('pris'))).toEqual([]);
    expect(found(word('pris', 'text', true))).toEqual(['meet', 'swap']);
    // A prefix is not stemmed: "talks" does not start with "talks" in "talk".
    expect(found(word('talks', 'text', true))).toEqual(['swap']);
    expect(found(word('москва'))).toEqual(['moscow']);
  });

  it('text is the headline, the standfirst, tag labels (not codes) and the body', () => {
    expect(found(word('officials'))).toEqual(['swap']);
    expect(found(word('blinken'))).toEqual(['swap']);
    expect(found(word('exchanged'))).toEqual(['swap']);
    expect(found(word('medtop'))).toEqual([]);
    expect(found(word('reuters'))).toEqual([]);
  });

  it('a phrase is its exact words in order, within one headline, tag, byline or body, never across two', () => {
    expect(found(phrase('prisoner swap'))).toEqual(['swap']);
    expect(found(phrase('swap prisoner'))).toEqual([]);
    // Unstemmed: "prisoner swaps" is not "prisoner swap".
    expect(found(phrase('prisoner swaps'))).toEqual([]);
    expect(found(phrase('prisoner welfare'))).toEqual(['meet']);
    // The headline ends with "resume", the standfirst starts with "officials".
    expect(found(phrase('resume officials'))).toEqual([]);
    // Two tags side by side: "Antony Blinken", "Geneva".
    expect(found(phrase('blinken geneva'))).toEqual([]);
    // Two bylines: "John Doe", "Ann Lee".
    expect(found(phrase('doe ann', 'author'))).toEqual([]);
    expect(found(phrase('john doe', 'author'))).toEqual(['meet']);
    expect(found(phrase('u s'))).toEqual(['swap']);
  });

  it('title, author, section, source and credit each read only their own values', () => {
    expect(found(word('swap', 'title'))).toEqual(['meet', 'swap']);
    expect(found(word('officials', 'title'))).toEqual([]);
    expect(found(word('doe', 'author'))).toEqual(['meet', 'swap']);
    expect(found(word('world', 'section'))).toEqual(['swap']);
    expect(found(word('ap', 'source'))).toEqual(['meet']);
    expect(found(word('ap', 'credit'))).toEqual(['swap']);
    expect(found(phrase('john smith', 'credit'))).toEqual(['swap']);
    expect(found(phrase('john smith', 'author'))).toEqual([]);
  });

  it('tag fields: any tag, people, places, organizations, and topics by label or IPTC code', () => {
    expect(found(word('geneva', 'tag'))).toEqual(['swap']);
    expect(found(word('welfare', 'tag'))).toEqual(['meet']);
    expect(found(phrase('medtop 11000000', 'tag'))).toEqual(['swap']);
    expect(found(word('blinken', 'person'))).toEqual(['swap']);
    expect(found(word('geneva', 'person'))).toEqual([]);
    expect(found(word('geneva', 'place'))).toEqual(['swap']);
    expect(found(word('opec', 'org'))).toEqual(['meet']);
    expect(found(word('opec', 'place'))).toEqual([]);
    expect(found(word('diplomacy', 'topic'))).toEqual(['swap']);
    // A source's tag is a topic when its code is a Media Topic: both its label and its code match.
    expect(found(word('energy', 'topic'))).toEqual(['moscow']);
    expect(found(phrase('medtop 20000204', 'topic'))).toEqual(['moscow']);
    expect(found(word('opec', 'topic'))).toEqual([]);
  });

  it('dates match [from, to), either end open', () => {
    expect(found({ type: 'date', from: MAY_29, to: JUNE_15 })).toEqual(['swap']);
    expect(found({ type: 'date', from: MAY_29, to: JUNE_15 + 1 })).toEqual(['meet', 'swap']);
    expect(found({ type: 'date', from: MAY_29 + 1, to: null })).toEqual(['meet', 'moscow']);
    expect(found({ type: 'date', from: null, to: MAY_29 })).toEqual([]);
    expect(found({ type: 'date', from: null, to: null })).toEqual(['meet', 'moscow', 'swap']);
  });

  it('flags', () => {
    expect(found({ type: 'flag', flag: 'unread' })).toEqual(['swap']);
    expect(found({ type: 'flag', flag: 'starred' })).toEqual(['meet']);
    expect(found({ type: 'flag', flag: 'updated' })).toEqual(['meet']);
    expect(found({ type: 'flag', flag: 'image' })).toEqual(['swap']);
  });

  it('all, and, or, not', () => {
    expect(found({ type: 'all' })).toEqual(['meet', 'moscow', 'swap']);
    expect(found({ type: 'and', children: [word('talk'), word('welfare')] })).toEqual(['meet']);
    expect(found({ type: 'or', children: [word('welfare'), word('oil')] })).toEqual(['meet', 'moscow']);
    expect(found({ type: 'not', child: word('talk') })).toEqual(['moscow']);
    expect(found({ type: 'and', children: [{ type: 'all' }, { type: 'not', child: { type: 'flag', flag: 'unread' } }] })).toEqual(['meet', 'moscow']);
    expect(found({ type: 'and', children: [] })).toEqual(['meet', 'moscow', 'swap']);
    expect(found({ type: 'or', children: [] })).toEqual([]);
  });
});
