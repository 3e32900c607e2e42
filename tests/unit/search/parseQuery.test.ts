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

describe('the query language, more closely', () => {
  const notes = (query: string, typing = false) => parseQuery(query, { now: NOW, typing }).notes;

  it('a word typed with punctuation inside is a phrase of its parts, in its field', () => {
    expect(root('e-mail')).toEqual({ type: 'phrase', field: 'text', words: ['e', 'mail'] });
    expect(root('title:U.S.')).toEqual({ type: 'phrase', field: 'title', words: ['u', 's'] });
    expect(root('"oil"')).toEqual({ type: 'phrase', field: 'text', words: ['oil'] });
  });

  it('excludes phrases, filters and groups', () => {
    const all: QueryNode = { type: 'all' };
    expect(root('-"prisoner swap"')).toEqual({ type: 'and', children: [all, { type: 'not', child: { type: 'phrase', field: 'text', words: ['prisoner', 'swap'] } }] });
    expect(root('oil -title:gas')).toEqual({ type: 'and', children: [word('oil'), { type: 'not', child: word('gas', false, 'title') }] });
    expect(root('oil -is:unread')).toEqual({ type: 'and', children: [word('oil'), { type: 'not', child: { type: 'flag', flag: 'unread' } }] });
    expect(root('oil - gas')).toEqual({ type: 'and', children: [word('oil'), word('gas')] });
  });

  it('groups nest, and OR joins groups as it joins words', () => {
    expect(root('(a OR b) (c OR (d e))')).toEqual({
      type: 'and',
      children: [{ type: 'or', children: [word('a'), word('b')] }, { type: 'or', children: [word('c'), { type: 'and', children: [word('d'), word('e')] }] }],
    });
    expect(root('a OR b OR c')).toEqual({ type: 'or', children: [word('a'), word('b'), word('c')] });
    expect(root('a (b c) d')).toEqual({ type: 'and', children: [word('a'), word('b'), word('c'), word('d')] });
  });

  it('a field before a group applies to the words in it', () => {
    expect(root('title:(cocoa OR "raw sugar")')).toEqual({ type: 'or', children: [word('cocoa', false, 'title'), { type: 'phrase', field: 'title', words: ['raw', 'sugar'] }] });
    expect(root('-title:(cocoa author:doe)')).toEqual({
      type: 'and',
      children: [{ type: 'all' }, { type: 'not', child: { type: 'and', children: [word('cocoa', false, 'title'), word('doe', false, 'author')] } }],
    });
    expect(root('is:(unread OR starred)')).toEqual({ type: 'or', children: [{ type: 'flag', flag: 'unread' }, { type: 'flag', flag: 'starred' }] });
    const unknown = parseQuery('foo:(a b)');
    expect(unknown.root).toEqual({ type: 'and', children: [word('a'), word('b')] });
    expect(unknown.notes).toEqual(['There is no “foo:” filter, so “foo:(…)” was searched as text.']);
  });

  it('field names ignore case; has: takes picture and photo too', () => {
    expect(root('TITLE:Cocoa')).toEqual(word('cocoa', false, 'title'));
    expect(root('IS:Unread')).toEqual({ type: 'flag', flag: 'unread' });
    expect(root('has:picture')).toEqual({ type: 'flag', flag: 'image' });
    expect(root('has:photo')).toEqual({ type: 'flag', flag: 'image' });
  });

  it('the word being typed is a prefix only when it is a bare word at the very end', () => {
    expect(root('title:tal', true)).toEqual(word('tal', true, 'title'));
    expect(root('(oil OR ga', true)).toEqual({ type: 'or', children: [word('oil'), word('ga', true)] });
    expect(root('(oil OR ga)', true)).toEqual({ type: 'or', children: [word('oil'), word('ga')] });
    expect(root('"prisoner sw', true)).toEqual({ type: 'phrase', field: 'text', words: ['prisoner', 'sw'] });
    expect(root('is:unread', true)).toEqual({ type: 'flag', flag: 'unread' });
    expect(root('tal', false)).toEqual(word('tal'));
    // A query cut at the length limit ends where the cut fell, not in a word being typed.
    const padding = ' '.repeat(MAX_QUERY_CHARS - 3);
    expect(root(`${padding}bcd`, true)).toEqual(word('bcd', true));
    expect(root(`${padding}bcdef`, true)).toEqual(word('bcd'));
  });

  it('a filter with nothing after its colon is left out, with a note once it is no longer being typed', () => {
    expect(root('title: oil')).toEqual(word('oil'));
    expect(notes('title: oil')).toEqual(['“title:” was left out: put what to look for right after the colon, as in title:cocoa.']);
    expect(notes('oil title:', true)).toEqual([]);
    // Not a filter: just a word followed by a colon.
    expect(root('note: budget')).toEqual({ type: 'and', children: [word('note'), word('budget')] });
    expect(notes('note: budget')).toEqual([]);
  });

  it('names that are properties of every JavaScript object are no filters', () => {
    expect(root('constructor:x')).toEqual({ type: 'phrase', field: 'text', words: ['constructor', 'x'] });
    expect(root('is:constructor')).toEqual({ type: 'all' });
    expect(root('is:__proto__ oil')).toEqual(word('oil'));
    expect(notes('is:constructor')).toEqual(['“is:constructor” was left out: use is:unread, is:starred, is:updated or has:image.']);
  });

  it('dates: after: starts after the day or month named, before: ends before it; relative dates are moments', () => {
    expect(root('after:2023-05-29')).toEqual({ type: 'date', from: Date.UTC(2023, 4, 30), to: null });
    expect(root('before:2023-05-29')).toEqual({ type: 'date', from: null, to: Date.UTC(2023, 4, 29) });
    expect(root('on:2023-05')).toEqual({ type: 'date', from: Date.UTC(2023, 4, 1), to: Date.UTC(2023, 5, 1) });
    expect(root('on:2023')).toEqual({ type: 'date', from: Date.UTC(2023, 0, 1), to: Date.UTC(2024, 0, 1) });
    expect(root('after:2023-12')).toEqual({ type: 'date', from: Date.UTC(2024, 0, 1), to: null });
    expect(root('before:2w')).toEqual({ type: 'date', from: null, to: NOW - 14 * 86_400_000 });
    expect(root('after:3m')).toEqual({ type: 'date', from: Date.UTC(2026, 7, 28, 12), to: null });
    // on: a relative date is the whole day it falls in.
    expect(root('on:7d')).toEqual({ type: 'date', from: Date.UTC(2026, 10, 21), to: Date.UTC(2026, 10, 22) });
    expect(root('after:2023 before:2024-02')).toEqual({ type: 'and', children: [{ type: 'date', from: Date.UTC(2024, 0, 1), to: null }, { type: 'date', from: null, to: Date.UTC(2024, 1, 1) }] });
  });

  it('months back from the 31st land on the month’s last day, and years before 100 are not read as 19xx', () => {
    const may31 = Date.UTC(2026, 4, 31, 12);
    expect(parseQuery('after:3m', { now: may31 }).root).toEqual({ type: 'date', from: Date.UTC(2026, 1, 28, 12), to: null });
    expect(parseQuery('after:1y', { now: Date.UTC(2024, 1, 29) }).root).toEqual({ type: 'date', from: Date.UTC(2023, 1, 28), to: null });
    const year23 = new Date(0);
    year23.setUTCFullYear(23, 0, 1);
    expect(root('before:0023')).toEqual({ type: 'date', from: null, to: year23.getTime() });
  });

  it('dates that are no dates are left out, with a note', () => {
    for (const bad of ['on:2023-13', 'on:2023-00', 'before:2023-04-31', 'after:7x', 'after:-7d', 'on:23-05-29']) {
      const parsed = parseQuery(`${bad} oil`, { now: NOW });
      expect(parsed.root, bad).toEqual(word('oil'));
      expect(parsed.notes, bad).toEqual([`“${bad}” was left out: dates are written 2023, 2023-05, 2023-05-29, or 7d, 2w, 3m, 1y for days, weeks, months or years ago.`]);
    }
  });

  it('highlights prefixes as typed and both sides of an OR, but nothing excluded or outside the text and title', () => {
    const parsed = parseQuery('(talks OR negotiat*) -(moscow -kyiv) author:doe "u.s. envoy" title:gene', { now: NOW, typing: true });
    // Excluded twice is wanted again: -(moscow -kyiv) is "not moscow, or kyiv", so kyiv is highlighted.
    expect(parsed.highlight).toEqual([['talks'], ['negotiat'], ['kyiv'], ['u', 's', 'envoy'], ['gene']]);
  });

  it('Cyrillic with operators and filters', () => {
    expect(root('Москва OR Киев -"Санкт-Петербург"')).toEqual({
      type: 'and',
      children: [{ type: 'or', children: [word('москва'), word('киев')] }, { type: 'not', child: { type: 'phrase', field: 'text', words: ['санкт', 'петербург'] } }],
    });
    expect(root('place:Москва')).toEqual(word('москва', false, 'place'));
    expect(root('Моск', true)).toEqual(word('моск', true));
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
    ['http://x', { type: 'phrase', field: 'text', words: ['http', 'x'] }],
    ['((a)', word('a')],
    ['a OR ()', word('a')],
    // An empty group excluded excludes nothing: it must not empty the result.
    ['-()', { type: 'all' }],
    ['a OR OR b', { type: 'or', children: [word('a'), word('b')] }],
    ['a*b*', { type: 'phrase', field: 'text', words: ['a', 'b'] }],
    ['😀', { type: 'all' }],
    ['😀 oil 🛢️', word('oil')],
    ['oil\u0000gas', { type: 'phrase', field: 'text', words: ['oil', 'gas'] }],
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
    expect(parseQuery('((a)').notes).toEqual(['A “(” was not closed; it was closed at the end.']);
    expect(parseQuery('http://x').notes).toEqual(['There is no “http:” filter, so “http://x” was searched as text.']);
    expect(parseQuery('a OR b').notes).toEqual([]);
  });

  it('stays quick and keeps its shape on 10,000 characters of anything', () => {
    const nasty = ['('.repeat(10_000), ')'.repeat(10_000), '-('.repeat(5000), '"'.repeat(10_000), '*'.repeat(10_000), 'OR '.repeat(3000), 'a:'.repeat(5000), '\\'.repeat(5000), '.*+?^${}()|[]\\'.repeat(700), '😀'.repeat(5000), `${'-'.repeat(9999)}a`];
    for (const input of nasty) {
      const started = performance.now();
      const parsed = parseQuery(input, { now: NOW, typing: true });
      expect(performance.now() - started, input.slice(0, 12)).toBeLessThan(500);
      expect(parsed.notes[0], input.slice(0, 12)).toContain('first 2,000 characters');
    }
    // 1,999 unclosed groups around one word being typed: the word, no stack overflow.
    expect(root(`${'('.repeat(1999)}a`, true)).toEqual(word('a', true));
  });

  it('only terms that search for something count towards the cap', () => {
    const parsed = parseQuery(`${'"" '.repeat(100)}${'is:pinned '.repeat(10)}oil`);
    expect(parsed.root).toEqual(word('oil'));
    expect(parsed.notes).not.toContain(`Only the first ${MAX_TERMS} terms of the search were used.`);
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
