import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { roundTripIndex as roundTrip } from '../../support/roundTripIndex';
import { parseQuery } from '../../../shared/search/parseQuery';
import { referenceSearch } from '../../support/referenceSearch';
import type { SearchDocument } from '../../../shared/search/searchDocument';
import { SearchIndex } from '../../../shared/search/searchIndex';
import { buildSearchCorpus, readReutersStories, searchBenchQueries } from '../../bench/searchCorpus';

/**
 * The index against brute force: for a fixed archive (1,000 Reuters stories
 * from the fixtures, recombined into 1,200 articles) and well over a
 * hundred queries covering every operator and filter, the set of matching
 * articles is exactly what a scan of every article's words finds.
 */
const NOW = Date.UTC(2026, 10, 28);
const HANDWRITTEN = [
  'oil', 'oils', 'Oil', 'ÖIL', 'trade deficit', '"trade deficit"', '"deficit trade"', 'oil OR gas', 'oil gas', 'oil -gas', '-oil', 'wheat -(corn OR soybean)',
  '(oil OR gas) (price OR prices)', 'pri*', 'p*', 'cocoa*', '"the company said"', 'tonnes OR tons -wheat', 'title:cocoa', 'title:"bahia cocoa"',
  'author:tanaka', 'by:julia', 'section:americas', 'source:reuters', 'credit:bloomberg', 'credit:"jane"', 'tag:japan', 'place:japan', 'person:reagan',
  'org:opec', 'topic:crude', 'topic:medtop:20000204', 'topic:"crude oil"', 'before:2000', 'after:2020', 'on:1987-03', 'on:1987-03-02', 'after:2y', 'before:1987-03-05 oil',
  'is:unread', 'is:starred', 'is:updated', 'has:image', 'is:starred trade', '-is:unread', 'has:image credit:reuters', 'москва', 'αθήνα', 'OR', 'OR OR', 'a OR',
  '-', '*', '""', '"unclosed phrase', '(unbalanced', 'stray)', 'foo:bar', 'http://example.com', '.*+?^${}()|[]\\', 'a'.repeat(300), 'oil '.repeat(100),
];

let docs: SearchDocument[];
let index: SearchIndex;
let queries: string[];

beforeAll(() => {
  const stories = readReutersStories(join(__dirname, '..', '..', 'fixtures', 'reuters21578'));
  docs = buildSearchCorpus(1200, { seed: 11, stories });
  index = new SearchIndex();
  for (const doc of docs) index.add(doc);
  const generated = Object.values(searchBenchQueries(docs, 3)).flatMap((list) => list.slice(0, 12));
  queries = [...HANDWRITTEN, ...generated];
});

const sorted = (set: Iterable<string>) => [...set].sort();
const engineIds = (target: SearchIndex, query: string, typing: boolean) => sorted(target.search(parseQuery(query, { now: NOW, typing }).root, { limit: 100_000 }).hits.map((h) => h.id));

describe('search exactness against brute force', () => {
  it('has a real archive and more than 100 queries, most with hits', () => {
    expect(docs.length).toBe(1200);
    expect(queries.length).toBeGreaterThan(140);
    const withHits = queries.filter((q) => referenceSearch(docs, parseQuery(q, { now: NOW }).root).size > 0);
    expect(withHits.length).toBeGreaterThan(100);
  });

  it('every query finds exactly the articles brute force finds, typed or finished', () => {
    const wrong: string[] = [];
    for (const query of queries) {
      for (const typing of [false, true]) {
        const root = parseQuery(query, { now: NOW, typing }).root;
        if (JSON.stringify(engineIds(index, query, typing)) !== JSON.stringify(sorted(referenceSearch(docs, root)))) wrong.push(`${typing ? 'typing ' : ''}${query}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('stays exact after articles change and are removed, and after a save and load', () => {
    const changed = new SearchIndex();
    for (const doc of docs) changed.add(doc);
    const edited = docs.slice(0, 200).map((d, i) => ({ ...d, headline: `${d.headline} correction`, body: i % 2 ? d.body.replace(/oil/gi, 'petroleum') : `${d.body} Oil prices moved.` }));
    for (const doc of edited) changed.add(doc);
    for (const doc of docs.slice(200, 300)) changed.remove(doc.id);
    const now = [...edited, ...docs.slice(300)];
    const loaded = roundTrip(changed);
    for (const query of queries.slice(0, 80)) {
      const expected = sorted(referenceSearch(now, parseQuery(query, { now: NOW }).root));
      expect(engineIds(changed, query, false), query).toEqual(expected);
      expect(engineIds(loaded, query, false), `${query} (loaded)`).toEqual(expected);
    }
  });
});
