import { stem, words as engineWords } from '../../../shared/search/tokenize';
import { Random } from './random';
import type { SearchDocument } from './searchDocument';
import { filterQuery } from './filterQueries';

/**
 * What the search benchmark types, by kind of query: ~50 strings each, all
 * drawn from the corpus so they have hits. Document frequencies are
 * estimated from a sample of SAMPLE_SIZE articles (a plain lowercase split
 * into letter-and-digit runs, cheap on 100,000 articles).
 */
export const QUERY_CLASSES = ['common term', 'rare term', 'two-term AND', 'phrase', 'prefix as you type', 'filter + term', 'OR / NOT'] as const;
export type QueryClass = (typeof QUERY_CLASSES)[number];

const PER_CLASS = 50;
const SAMPLE_SIZE = 10_000;
const WORD = /[\p{L}\p{N}]+/gu;
const LETTERS = /^\p{L}{3,}$/u;
/** Words too common to be a search anyone types alone. */
const STOP_WORDS = new Set((
  'a about above after again against all also an and any are as at be because been before being below between both but by ' +
  'can could did do does doing down during each few for from further had has have having he her here hers him his how i if in ' +
  'into is it its itself just last more most mr mrs ms new no nor not now of off on once one only or other our out over own ' +
  'said same says she should so some such than that the their them then there these they this those through to too two under ' +
  'until up very was we were what when where which while who whom why will with would year years you your told per three'
).split(' '));

/** The sample the frequencies come from: each sampled article with its distinct lowercased words. */
export interface Sample {
  docs: readonly SearchDocument[];
  words: string[][];
  /** Sampled articles containing each word. */
  df: Map<string, number>;
  /** From sample counts to whole-corpus counts. */
  scale: number;
  total: number;
}

/** Queries by class for `docs`; the same docs and seed give the same queries. */
export function searchBenchQueries(docs: readonly SearchDocument[], seed: number): Record<QueryClass, string[]> {
  const random = new Random(seed ^ 0x9e77);
  const sample = sampleOf(docs);
  const band = (low: number, high: number): string[] => wordsInBand(sample, low, high);
  const common = band(0.05 * sample.total, 0.3 * sample.total);
  const mid = band(0.005 * sample.total, 0.05 * sample.total);
  const filterTerms = termsOf(sample, [...mid, ...common]);
  return {
    'common term': shuffled(random, common).slice(0, PER_CLASS),
    'rare term': shuffled(random, band(5, 100).filter((word) => word.length >= 4)).slice(0, PER_CLASS),
    'two-term AND': collect(random, () => twoTerms(random, sample, new Set(mid))),
    phrase: collect(random, () => phraseFrom(random, sample.docs[random.int(sample.docs.length)])),
    'prefix as you type': prefixes(shuffled(random, common)),
    'filter + term': collect(random, (attempt) => filterQuery(random, sample, attempt, filterTerms)),
    'OR / NOT': collect(random, (attempt) => orNotQuery(random, sample, attempt, new Set(mid), new Set(common))),
  };
}

function sampleOf(docs: readonly SearchDocument[]): Sample {
  const size = Math.min(SAMPLE_SIZE, docs.length);
  const sampled: SearchDocument[] = [];
  const words: string[][] = [];
  const df = new Map<string, number>();
  for (let i = 0; i < size; i++) {
    // Evenly spaced, so the sample spans the whole corpus without randomness.
    const doc = docs[Math.floor((i * docs.length) / size)];
    if (!doc) continue;
    const distinct = new Set(`${doc.headline}\n${doc.dek}\n${doc.tags.map((tag) => tag.label).join('\n')}\n${doc.body}`.toLowerCase().match(WORD));
    for (const word of distinct) df.set(word, (df.get(word) ?? 0) + 1);
    sampled.push(doc);
    words.push([...distinct]);
  }
  return { docs: sampled, words, df, scale: docs.length / Math.max(1, size), total: docs.length };
}

/** Letter-only, non-stop words whose estimated corpus-wide document frequency is in [low, high]. */
function wordsInBand(sample: Sample, low: number, high: number): string[] {
  const found: string[] = [];
  for (const [word, count] of sample.df) {
    const estimate = count * sample.scale;
    if (estimate >= low && estimate <= high && LETTERS.test(word) && !STOP_WORDS.has(word)) found.push(word);
  }
  return found.sort();
}

/** For one sampled article: its words that are in `band`. */
export type TermsOf = (index: number) => string[];

function termsOf(sample: Sample, band: readonly string[]): TermsOf {
  const wanted = new Set(band);
  return (index) => (sample.words[index] ?? []).filter((word) => wanted.has(word));
}

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  return Array.from(random.permutation(items.length), (index) => items[index] as T);
}

/** Up to PER_CLASS distinct queries from `make`, which may fail (null) for an unlucky draw. */
function collect(random: Random, make: (attempt: number) => string | null): string[] {
  const queries = new Set<string>();
  for (let attempt = 0; queries.size < PER_CLASS && attempt < PER_CLASS * 20; attempt++) {
    const query = make(attempt);
    if (query) queries.add(query);
  }
  return [...queries];
}

/** Two mid-frequency words from one article, so they co-occur at least there. */
function twoTerms(random: Random, sample: Sample, mid: ReadonlySet<string>): string | null {
  const index = random.int(sample.docs.length);
  const terms = (sample.words[index] ?? []).filter((word) => mid.has(word));
  if (terms.length < 2) return null;
  const first = random.pick(terms);
  const second = random.pick(terms);
  return stem(first) === stem(second) ? null : `${first} ${second}`;
}

/** Two or three consecutive words of a body, with nothing but spaces between them, not all stop words. */
export function phraseFrom(random: Random, doc: SearchDocument | undefined): string | null {
  if (!doc) return null;
  const matches = [...doc.body.matchAll(WORD)];
  const length = random.chance(0.5) ? 2 : 3;
  for (let attempt = 0; attempt < 10 && matches.length > length; attempt++) {
    const start = random.int(matches.length - length);
    const run = matches.slice(start, start + length);
    const joined = run.every((match, i) => {
      const next = run[i + 1];
      return !next || /^ +$/.test(doc.body.slice(match.index + match[0].length, next.index));
    });
    const words = run.map((match) => match[0].toLowerCase());
    if (joined && words.some((word) => LETTERS.test(word) && !STOP_WORDS.has(word))) return `"${words.join(' ')}"`;
  }
  return null;
}

/** "p", "pr", "pri", "pric" for common words, as someone typing them would send them. */
function prefixes(common: readonly string[]): string[] {
  const typed = new Set<string>();
  for (const word of common) {
    if (word.length < 5 || !/^[a-z]+$/.test(word)) continue;
    for (let length = 1; length <= 4 && typed.size < PER_CLASS; length++) typed.add(word.slice(0, length));
    if (typed.size >= PER_CLASS) break;
  }
  return [...typed];
}

/** Boolean queries an article in the sample satisfies: what it includes is in it, what it excludes is not (as the engine stems). */
function orNotQuery(random: Random, sample: Sample, attempt: number, mid: ReadonlySet<string>, common: ReadonlySet<string>): string | null {
  const index = random.int(sample.docs.length);
  const doc = sample.docs[index];
  const own = (sample.words[index] ?? []).filter((word) => mid.has(word) || common.has(word));
  if (!doc || own.length < 2) return null;
  const stems = new Set(engineWords(`${doc.headline} ${doc.dek} ${doc.tags.map((tag) => tag.label).join(' ')} ${doc.body}`).map(stem));
  const absent = (): string | null => {
    for (let tries = 0; tries < 10; tries++) {
      const other = sample.words[random.int(sample.words.length)] ?? [];
      const word = other[random.int(other.length)];
      if (word && (mid.has(word) || common.has(word)) && !stems.has(stem(word))) return word;
    }
    return null;
  };
  const [a, b] = [random.pick(own), random.pick(own)];
  const [x, y] = [absent(), absent()];
  if (!x || !y || a === b || x === y) return null;
  switch (attempt % 7) {
    case 0: return `${a} OR ${x}`;
    case 1: return `${a} OR ${x} -${y}`;
    case 2: return `${a} -${x}`;
    case 3: return `${a} -(${x} OR ${y})`;
    case 4: return `(${a} OR ${x}) ${b}`;
    case 5: {
      const phrase = phraseFrom(random, doc);
      return phrase ? `${phrase} OR ${x}` : null;
    }
    default: return a.length >= 5 ? `${a.slice(0, 4)}* -${x}` : null;
  }
}
