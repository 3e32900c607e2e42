import fuzzysort from 'fuzzysort';
import type { MediaTopics } from '../../../shared/tags/mediaTopics';
import { TagCompleter } from '../../../shared/tags/tagCompleter';
import { percentile } from '../benchReport';

/** What archivists type, one keystroke at a time: topics, desk tags, names, and a typo. */
const TYPED = ['armed conflict', 'interest rate', 'election', 'wildfire', 'gershkovich', 'desk: morning file', 'conf war', 'intrest', 'sport', 'u'];
const WORDS = ['desk', 'story', 'grain', 'election', 'war', 'court', 'budget', 'storm', 'market', 'union', 'health', 'school', 'police', 'oil', 'trade', 'music', 'film', 'match', 'weather', 'energy'];

/** 10,000 archivist tags, as a busy newsroom's would look. */
export function userTags(count: number): Array<{ label: string; count: number }> {
  const out: Array<{ label: string; count: number }> = [];
  for (let i = 0; i < count; i++) out.push({ label: `${WORDS[i % WORDS.length] ?? ''} ${WORDS[(i * 7) % WORDS.length] ?? ''} ${i}`, count: 1 + (i % 40) });
  return out;
}

export interface Latency {
  keystrokes: number;
  p50: number;
  p95: number;
  max: number;
}

const latency = (times: number[]): Latency => {
  const sorted = [...times].sort((a, b) => a - b);
  return { keystrokes: times.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] ?? 0 };
};

/** What an archivist typing these means first: the topic named, not a tag that mentions it. */
const MEANT: Array<[typed: string, label: string]> = [
  ['war', 'war'],
  ['armed conf', 'armed conflict'],
  ['elec', 'election'],
  ['wildf', 'wildfire'],
  ['interest', 'interest rate'],
  ['confl war', 'conflict, war and peace'],
  ['unemploy', 'unemployment'],
  ['court', 'court'],
  ['oil', 'oil and gas'],
  ['sport', 'sport'],
];

/**
 * Per-keystroke time of our completer, and of fuzzysort alone over the same
 * 11,000 targets, and how often each puts the meant topic first (the
 * measurement behind writing our own: fuzzysort is as quick, but ranks a
 * busy newsroom's own tags that contain the word above the topic itself).
 */
export function autocompleteLatency(vocabulary: MediaTopics, tagCount: number): { ours: Latency; fuzzysort: Latency; prepareMs: number; meantFirst: { ours: number; fuzzysort: number; of: number } } {
  const tags = userTags(tagCount);
  const t0 = performance.now();
  const completer = new TagCompleter(vocabulary);
  completer.setTags(tags);
  const prepareMs = performance.now() - t0;
  const targets = [...tags.map((t) => fuzzysort.prepare(t.label)), ...vocabulary.active().map((t) => fuzzysort.prepare(vocabulary.path(t.code)))];
  const ours: number[] = [];
  const theirs: number[] = [];
  // Twice through: the first pass warms the JIT, as an archivist's first minute would; both count.
  for (let round = 0; round < 2; round++) {
    for (const word of TYPED) {
      for (let i = 1; i <= word.length; i++) {
        const prefix = word.slice(0, i);
        let t = performance.now();
        completer.complete(prefix);
        ours.push(performance.now() - t);
        t = performance.now();
        fuzzysort.go(prefix, targets, { limit: 8, threshold: 0.3 });
        theirs.push(performance.now() - t);
      }
    }
  }
  const labelOfTarget = new Map<string, string>([...tags.map((t) => [t.label, t.label] as const), ...vocabulary.active().map((t) => [vocabulary.path(t.code), t.label] as const)]);
  const meantFirst = { ours: 0, fuzzysort: 0, of: MEANT.length };
  for (const [typed, label] of MEANT) {
    if (completer.complete(typed)[0]?.label === label) meantFirst.ours++;
    const top = fuzzysort.go(typed, targets, { limit: 1, threshold: 0.3 })[0];
    if (top && labelOfTarget.get(top.target) === label) meantFirst.fuzzysort++;
  }
  return { ours: latency(ours), fuzzysort: latency(theirs), prepareMs, meantFirst };
}
