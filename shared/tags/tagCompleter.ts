import fuzzysort, { type Prepared } from 'fuzzysort';
import type { TagAlias } from '../model';
import { fold, words } from '../search/tokenize';
import type { MediaTopics } from './mediaTopics';
import { labelKey } from './tagLabel';
import { WordPrefixIndex } from './wordPrefixIndex';

/** One thing the tag input can offer. */
export interface TagCompletion {
  /** The label that will be put on the article. */
  label: string;
  /** A Media Topic (with its qcode) or a tag already in the archive. */
  kind: 'topic' | 'tag';
  code: string | null;
  /** The topic's place in the hierarchy; a tag's is its label. */
  path: string;
  /** Articles carrying it now. */
  count: number;
  /** The other name that was typed, when an alias led here. */
  alias: string | null;
}

interface Candidate extends Omit<TagCompletion, 'count'> {
  count: number;
  folded: string;
  /** The label's words; the rest of the path's words match too, for less. */
  labelWords: string[];
  prepared: Prepared;
}

/**
 * Autocomplete over the archive's tags and the whole Media Topics
 * vocabulary (retired topics left out), as archivists type it: each typed
 * word is the start of a word in the tag or its hierarchy path, so
 * "confl war" finds "conflict, war and peace › war". Ranked by where the
 * words matched (the label before the path, whole words before prefixes),
 * then by how often the tag is used. When that finds too little, fuzzysort
 * fills in with subsequence matches, so a typo ("intrest") still finds.
 * fuzzysort alone is as quick, but over the newsroom's own tags it ranks a
 * tag that contains the word above the topic meant (and with a second key
 * for labels and usage scoring it took 20–35 ms a keystroke); both are
 * measured in `npm run bench -- tags`.
 */
export class TagCompleter {
  private readonly topics: Candidate[];
  private candidates: Candidate[] = [];
  private index = new WordPrefixIndex([]);

  constructor(vocabulary: MediaTopics) {
    this.topics = vocabulary.active().map((topic) => candidate({ label: topic.label, kind: 'topic', code: topic.code, path: vocabulary.path(topic.code), alias: null }, 0));
    this.rebuild([]);
  }

  /** The archive's tags with their counts, and the aliases that lead to them. */
  setTags(tags: ReadonlyArray<{ label: string; count: number; code?: string | null }>, aliases: readonly TagAlias[] = []): void {
    const topicCount = new Map<string, number>();
    const byCode = new Set(this.topics.map((t) => t.code));
    const plain: Candidate[] = [];
    for (const tag of tags) {
      if (tag.code && byCode.has(tag.code)) topicCount.set(tag.code, (topicCount.get(tag.code) ?? 0) + tag.count);
      else plain.push(candidate({ label: tag.label, kind: 'tag', code: tag.code ?? null, path: tag.label, alias: null }, tag.count));
    }
    for (const topic of this.topics) topic.count = topicCount.get(topic.code ?? '') ?? 0;
    const counted = new Map(plain.map((c) => [labelKey(c.label), c.count]));
    const viaAlias = aliases.map((a) => ({ ...candidate({ label: a.label, kind: 'tag' as const, code: null, path: a.label, alias: a.alias }, counted.get(labelKey(a.label)) ?? 0), labelWords: words(a.alias) }));
    this.rebuild([...plain, ...viaAlias]);
  }

  complete(query: string, limit = 8): TagCompletion[] {
    const typed = words(query);
    if (typed.length === 0) return [];
    const folded = fold(query.trim());
    // Keep only the best few while scoring: a one-letter query matches thousands.
    const keep = limit * 3;
    const scored: Array<[Candidate, number]> = [];
    for (const id of this.index.matchAll(typed)) {
      const c = this.candidates[id];
      if (!c) continue;
      const s = score(c, typed, folded);
      if (scored.length === keep && s <= (scored[keep - 1]?.[1] ?? -Infinity)) continue;
      let at = scored.length;
      while (at > 0 && (scored[at - 1]?.[1] ?? 0) < s) at--;
      scored.splice(at, 0, [c, s]);
      if (scored.length > keep) scored.pop();
    }
    const out: TagCompletion[] = [];
    const seen = new Set<string>();
    const take = (c: Candidate): void => {
      const key = c.kind === 'topic' ? `topic:${c.code ?? ''}` : `tag:${labelKey(c.label)}`;
      if (seen.has(key) || out.length >= limit) return;
      seen.add(key);
      out.push({ label: c.label, kind: c.kind, code: c.code, path: c.path, count: c.count, alias: c.alias });
    };
    for (const [c] of scored) take(c);
    if (out.length < limit && folded.length >= 3) {
      for (const result of fuzzysort.go(folded, this.candidates, { key: 'prepared', limit, threshold: 0.3 })) take(result.obj);
    }
    return out;
  }

  private rebuild(tags: Candidate[]): void {
    this.candidates = [...tags, ...this.topics];
    this.index = new WordPrefixIndex(this.candidates.map((c) => words(c.alias ?? c.path)));
  }
}

function candidate(fields: Omit<TagCompletion, 'count'>, count: number): Candidate {
  const folded = fold(fields.alias ?? fields.label);
  return { ...fields, count, folded, labelWords: words(fields.label), prepared: fuzzysort.prepare(folded) };
}

/** Words that say nothing about what a label names ("oil and gas"). */
const LINKING = new Set(['and', 'of', 'the', 'in', 'for', 'on', 'a', 'to', 'or']);

/**
 * Higher is better: the whole label typed, then the label's start, then
 * label words before path words; and fewer words nobody typed, so "elec"
 * finds the topic "election" before a tag "election night 23".
 */
function score(c: Candidate, typed: string[], folded: string): number {
  let s = 0;
  if (c.folded === folded) s += 100;
  else if (c.folded.startsWith(folded)) s += 40;
  for (const word of typed) {
    let best = 1;
    for (const w of c.labelWords) best = Math.max(best, w === word ? 10 : w.startsWith(word) ? 6 : 1);
    s += best;
  }
  for (const w of c.labelWords) if (!LINKING.has(w) && !typed.some((word) => w.startsWith(word))) s -= 3;
  // Shorter labels first among equals ("war" before "war crimes"), then usage.
  return s - c.folded.length / 50 + Math.log10(1 + c.count);
}
