import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS, MAX_TERMS, parseQuery } from '../../../shared/search/parseQuery';
import type { QueryNode, SearchField } from '../../../shared/search/searchQuery';

const NOW = Date.UTC(2026, 10, 28, 12);
const root = (query: string, typing = false): QueryNode => parseQuery(query, { now: NOW, typing }).root;
const word = (w: string, prefix = false, field: SearchField = 'text'): QueryNode => ({ type: 'word', field, word: w, prefix });

describe('the query language', () => {
  it('words must all match; OR binds tighter than the space between words; - excludes', () => {
    expect(root('a b OR c d')).toEqual({ type: 'and', children: [word('a'), { type: 'or', children: [word('b'), word('c')] }, word('d')] });
    expect(root('oil -gas')).toEqual({ type: 'and', children: [word('oil'), { type: 'not', child: word('gas') }] });
    expect(root('wheat -(corn OR soybean)')).toEqual({ type: 'and', children: [word('wheat'), { type: 'not', child: { type: 'or', children: [word('corn'), word('soybean')] } }] });
    // Lower-case "or" is a word.
    expect(root('war or peace')).toEqual({ type: 'and', children: [word('war'), word('or'), word('peace')] });
  });

  it('phrases, prefixes, and the word still being typed', () => {
    expect(root('"Prisoner Swap"')).toEqual({ type: 'phrase', field: 'text', words: ['prisoner', 'swap'] });
    expect(root('negotiat*')).toEqual(word('negotiat', true));
    expect(root('talks resu', true)).toEqual({ type: 'and', children: [word('talks'), word('resu', true)] });
    // A space ends the word; an exclusion is never a prefix.
    expect(root('talks resu ', true)).toEqual({ type: 'and', children: [word('talks'), word('resu')] });
    expect(root('talks -resu', true)).toEqual({ type: 'and', children: [word('talks'), { type: 'not', child: word('resu') }] });
    // Punctuation inside a word makes a phrase of its parts.
    expect(root('U.S.')).toEqual({ type: 'phrase', field: 'text', words: ['u', 's'] });
  });

  it('field filters, case-insensitive, with words, phrases and prefixes', () => {
    expect(root('Person:Blinken')).toEqual(word('blinken', false, 'person'));
    expect(root('by:doe')).toEqual(word('doe', false, 'author'));
    expect(root('author:"Jane Doe"')).toEqual({ type: 'phrase', field: 'author', words: ['jane', 'doe'] });
    expect(root('title:talk*')).toEqual(word('talk', true, 'title'));
    expect(root('topic:medtop:11000000')).toEqual({ type: 'phrase', field: 'topic', words: ['medtop', '11000000'] });
    for (const field of ['tag', 'place', 'org', 'section', 'source', 'credit'] as const) expect(root(`${field}:x`)).toEqual(word('x', false, field));
  });

  it('dates: a year, a month, a day, or how long ago; before, after and on', () => {
    expect(root('before:2023')).toEqual({ type: 'date', from: null, to: Date.UTC(2023, 0, 1) });
    expect(root('after:2023-05')).toEqual({ type: 'date', from: Date.UTC(2023, 5, 1), to: null });
    expect(root('on:2023-05-29')).toEqual({ type: 'date', from: Date.UTC(2023, 4, 29), to: Date.UTC(2023, 4, 30) });
    expect(root('after:7d')).toEqual({ type: 'date', from: NOW - 7 * 86_400_000, to: null });
    expect(root('before:1y')).toEqual({ type: 'date', from: null, to: Date.UTC(2025, 10, 28, 12) });
    const bad = parseQuery('before:yesterdayish oil', { now: NOW });
    expect(bad.root).toEqual(word('oil'));
    expect(bad.notes[0]).toMatch(/“before:yesterdayish” was left out: dates are written 2023/);
    expect(root('on:2023-02-30')).toEqual({ type: 'all' });
  });

  it('flags', () => {
    expect(root('is:unread is:starred is:updated has:image')).toEqual({ type: 'and', children: ['unread', 'starred', 'updated', 'image'].map((flag) => ({ type: 'flag', flag })) });
    expect(root('has:photo')).toEqual({ type: 'flag', flag: 'image' });
    expect(parseQuery('is:pinned').notes[0]).toMatch(/use is:unread, is:starred, is:updated or has:image/);
  });

  it('only exclusions: everything else', () => {
    expect(root('-oil')).toEqual({ type: 'and', children: [{ type: 'all' }, { type: 'not', child: word('oil') }] });
  });

  it('highlights the positive words, not the excluded ones', () => {
    expect(parseQuery('"prisoner swap" talks -moscow title:geneva').highlight).toEqual([['prisoner', 'swap'], ['talks'], ['geneva']]);
  });

  it('Cyrillic and Greek are words like any other, folded', () => {
    expect(root('Москва')).toEqual(word('москва'));
    expect(root('Αθήνα')).toEqual(word('αθηνα'));
  });
});

describe('bad input gets a sensible reading, never an error', () => {
  const cases: Array<[string, QueryNode]> = [
    ['"unclosed phrase', { type: 'phrase', field: 'text', words: ['unclosed', 'phrase'] }],
    ['OR', { type: 'all' }],
    ['OR OR', { type: 'all' }],
    ['a OR', word('a')],
    ['OR a', word('a')],
    ['-', { type: 'all' }],
    ['*', { type: 'all' }],
    ['""', { type: 'all' }],
    ['(unbalanced', word('unbalanced')],
    ['stray)', word('stray')],
    ['(((a)))', word('a')],
    ['.*+?^${}()|[]\\', { type: 'all' }],
    ['foo:bar', { type: 'phrase', field: 'text', words: ['foo', 'bar'] }],
  ];
  for (const [input, expected] of cases) {
    it(JSON.stringify(input), () => {
      expect(root(input)).toEqual(expected);
    });
  }

  it('says how it read what it could not take as written', () => {
    expect(parseQuery('foo:bar').notes).toEqual(['There is no “foo:” filter, so “foo:bar” was searched as text.']);
    expect(parseQuery('(a').notes).toEqual(['A “(” was not closed; it was closed at the end.']);
    expect(parseQuery('a)').notes).toEqual(['A “)” with no “(” before it was passed over.']);
    expect(parseQuery('!!!').notes[0]).toMatch(/has no words to search for/);
  });

  it('a 10,000-character query is cut, quickly, with a note; so is a query of hundreds of terms', () => {
    const long = parseQuery('x'.repeat(10_000));
    // One 2,000-letter "word" is no word (see MAX_WORD_LENGTH): nothing to search for.
    expect(long.root).toEqual({ type: 'all' });
    expect(long.notes[0]).toContain(`first ${MAX_QUERY_CHARS.toLocaleString('en')} characters`);
    const many = parseQuery(Array.from({ length: 300 }, (_, i) => `w${i}`).join(' '));
    expect(many.root.type === 'and' ? many.root.children.length : 0).toBe(MAX_TERMS);
    expect(many.notes).toContain(`Only the first ${MAX_TERMS} terms of the search were used.`);
  });
});
