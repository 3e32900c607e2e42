import { Random } from './random';
import type { ReutersStory } from './reutersStories';

/** The seed stories, split into paragraphs once and indexed so an article can find related ones. */
export interface StoryPool {
  stories: readonly ReutersStory[];
  paragraphs: string[][];
  /** Story indexes by each of their topics, and by each place when they have no topic. */
  related: Map<string, number[]>;
  /** Stories of LONG bytes or more: the seeds of long features. */
  long: number[];
  /** Each story once, shuffled: article n leads with order[n % length], so every story is used before any is used twice. */
  order: Uint32Array;
}

const LONG = 2500;
/** The wire marks company names `<Comissaria Smith>`; an archived article would not. */
const ANGLED_NAME = /<([^<>]{1,80})>/g;

export function storyPool(stories: readonly ReutersStory[], seed: number): StoryPool {
  if (stories.length === 0) throw new Error('The search corpus needs at least one seed story; readReutersStories found none with a body.');
  const paragraphs = stories.map((story) => story.body.replace(ANGLED_NAME, '$1').split('\n\n'));
  const related = new Map<string, number[]>();
  const long: number[] = [];
  stories.forEach((story, index) => {
    const keys = story.topics.length > 0 ? story.topics : story.places.map((place) => `place:${place}`);
    for (const key of keys) {
      const list = related.get(key);
      if (list) list.push(index);
      else related.set(key, [index]);
    }
    if (story.body.length >= LONG) long.push(index);
  });
  return { stories, paragraphs, related, long: long.length > 0 ? long : [0], order: new Random(seed ^ 0x0dde5).permutation(stories.length) };
}

/**
 * A story to continue an article with: one sharing a topic (or, without
 * topics, a place) with the lead story where there is one, else any. For
 * long targets the longer of two draws, so features can reach 10 KB from
 * six stories.
 */
export function relatedStory(random: Random, pool: StoryPool, lead: number, used: ReadonlySet<number>, preferLong: boolean): number | null {
  const story = pool.stories[lead];
  const keys = story ? (story.topics.length > 0 ? story.topics : story.places.map((place) => `place:${place}`)) : [];
  const key = keys.length > 0 ? random.pick(keys) : null;
  const candidates = (key ? pool.related.get(key) : undefined) ?? [];
  const draw = (): number | null => {
    for (let attempt = 0; attempt < 6; attempt++) {
      // A small topic runs out of unused stories; then any story will do.
      const index = candidates.length > used.size && attempt < 4 ? random.pick(candidates) : random.int(pool.stories.length);
      if (!used.has(index)) return index;
    }
    return null;
  };
  const first = draw();
  if (!preferLong || first === null) return first;
  const second = draw();
  if (second === null) return first;
  return (pool.stories[second]?.body.length ?? 0) > (pool.stories[first]?.body.length ?? 0) ? second : first;
}
