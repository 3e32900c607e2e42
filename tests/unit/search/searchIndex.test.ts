import { describe, expect, it } from 'vitest';
import { roundTripIndex as roundTrip } from '../../support/roundTripIndex';
import type { SearchDocument } from '../../../shared/search/searchDocument';
import type { QueryNode } from '../../../shared/search/searchQuery';
import { SearchIndex } from '../../../shared/search/searchIndex';

const doc = (id: string, fields: Partial<SearchDocument>): SearchDocument => ({
  id, headline: '', dek: '', body: '', tags: [], bylines: [], section: null, source: 'Wire', credits: [], date: 0, unread: true, starred: false, updated: false, hasImage: false, ...fields,
});
const word = (w: string, prefix = false): QueryNode => ({ type: 'word', field: 'text', word: w, prefix });
const ids = (index: SearchIndex, node: QueryNode, sort: 'relevance' | 'date' = 'relevance') => index.search(node, { limit: 50, sort }).hits.map((h) => h.id);

function sample(): SearchIndex {
  const index = new SearchIndex();
  index.add(doc('headline', { headline: 'Prisoner swap talks resume', body: 'Officials met on Monday.', date: 1 }));
  index.add(doc('body', { headline: 'Weather', body: 'Rain, then sun. The prisoner swap was mentioned once, in passing.', date: 3 }));
  index.add(doc('often', { headline: 'Diplomacy', body: 'Prisoner swap. Prisoner swap again. Another prisoner swap.', date: 2 }));
  return index;
}

describe('the search index', () => {
  it('ranks a word in the headline above the same word in the body (BM25 with field weights), and sorts by date on request', () => {
    const index = sample();
    const ranked = ids(index, word('prisoner'));
    // Once in a headline outranks once in a body.
    expect(ranked.indexOf('headline')).toBeLessThan(ranked.indexOf('body'));
    expect(ids(index, word('prisoner'), 'date')).toEqual(['body', 'often', 'headline']);
  });

  it('phrases need their words together and in order; stems join talks and talk', () => {
    const index = sample();
    expect(ids(index, { type: 'phrase', field: 'text', words: ['swap', 'talks'] })).toEqual(['headline']);
    expect(ids(index, { type: 'phrase', field: 'text', words: ['talks', 'swap'] })).toEqual([]);
    expect(ids(index, word('talk'))).toEqual(['headline']);
  });

  it('a changed article replaces its old version; a removed one is gone, and saving compacts both away', () => {
    const index = sample();
    index.add(doc('body', { headline: 'Weather', body: 'Only rain today.', date: 3 }));
    expect(ids(index, word('prisoner')).sort()).toEqual(['headline', 'often']);
    index.remove('often');
    expect(ids(index, word('prisoner'))).toEqual(['headline']);
    expect(index.deadShare).toBeGreaterThan(0);
    const loaded = roundTrip(index);
    expect(loaded.deadShare).toBe(0);
    expect(loaded.liveCount).toBe(2);
    expect(ids(loaded, word('prisoner'))).toEqual(['headline']);
    expect(ids(loaded, word('rain'))).toEqual(['body']);
  });

  it('a loaded index takes new articles, phrases included, without disturbing what it loaded', () => {
    const loaded = roundTrip(sample());
    for (let i = 0; i < 40; i++) loaded.add(doc(`n${i}`, { body: `Story ${i}: the prisoner swap continues.`, date: 10 + i }));
    expect(loaded.search({ type: 'phrase', field: 'text', words: ['prisoner', 'swap'] }, { limit: 100 }).total).toBe(43);
    expect(ids(loaded, { type: 'phrase', field: 'text', words: ['officials', 'met'] })).toEqual(['headline']);
  });

  it('filters by date and flags, and excludes', () => {
    const index = sample();
    index.add(doc('starred', { body: 'prisoner', starred: true, date: 100 }));
    expect(ids(index, { type: 'and', children: [word('prisoner'), { type: 'flag', flag: 'starred' }] })).toEqual(['starred']);
    expect(ids(index, { type: 'and', children: [word('prisoner'), { type: 'date', from: 2, to: 4 }] }, 'date')).toEqual(['body', 'often']);
    expect(ids(index, { type: 'and', children: [{ type: 'all' }, { type: 'not', child: word('prisoner') }] })).toEqual([]);
  });
});
