import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractEntities } from '../../../shared/entities/entityTagger';
import type { MediaTopics } from '../../../shared/tags/mediaTopics';
import { TopicSuggester } from '../../../shared/tags/topicSuggester';

interface EvalItem {
  id: string;
  headline: string;
  text: string;
  topics: string[];
  by: 'hand' | 'ninjs';
}

export interface HitRate {
  items: number;
  byHand: number;
  /** A top-3 suggestion is one of the item's topics. */
  strict: number;
  /** A top-3 suggestion is one of its topics, or its parent/child (below the 17 top levels). */
  family: number;
  top1: number;
  /** Mean milliseconds to suggest for one article. */
  suggestMs: number;
}

/**
 * Top-3 hit rate of the topic suggestions on tests/fixtures/tags/topic-eval.json:
 * articles labelled by hand from the shared corpora, and the ninjs examples
 * that carry Media Topic subjects. The suggester sees what the app gives it
 * (headline, text, entity tags) but never the labels or the source's own subjects.
 */
export function suggestionHitRate(vocabulary: MediaTopics): HitRate {
  const items = (JSON.parse(readFileSync(join(__dirname, '../../fixtures/tags/topic-eval.json'), 'utf8')) as { items: EvalItem[] }).items;
  const suggester = new TopicSuggester(vocabulary);
  let strict = 0;
  let family = 0;
  let top1 = 0;
  let ms = 0;
  for (const item of items) {
    const tags = extractEntities(item.text.split(/\n+/));
    const t0 = performance.now();
    const got = suggester.suggest({ headline: item.headline, text: item.text, tags }).slice(0, 3);
    ms += performance.now() - t0;
    const near = (code: string): boolean => item.topics.some((gold) => gold === code || ((vocabulary.get(code)?.level ?? 1) > 1 && (vocabulary.isWithin(gold, code) || vocabulary.isWithin(code, gold))));
    if (got.some((s) => item.topics.includes(s.code))) strict++;
    if (got.some((s) => near(s.code))) family++;
    if (got[0] && item.topics.includes(got[0].code)) top1++;
  }
  const n = items.length;
  return { items: n, byHand: items.filter((i) => i.by === 'hand').length, strict: strict / n, family: family / n, top1: top1 / n, suggestMs: ms / n };
}
