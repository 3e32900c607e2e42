import { buildArticle, type ArticleContext } from './searchCorpus/article';
import { generateStories } from './searchCorpus/generatedStories';
import { bylinePool, SOURCES } from './searchCorpus/pools';
import { cumulative, Random } from './searchCorpus/random';
import type { ReutersStory } from './searchCorpus/reutersStories';
import type { SearchDocument } from './searchCorpus/searchDocument';
import { storyPool } from './searchCorpus/storyPool';

/**
 * A deterministic archive of realistic news articles for the search
 * benchmark. Articles are composed from the Reuters-21578 stories (their
 * titles, paragraphs and categories) with bylines, sources, pictures, dates
 * and read states a newsroom archive would have; without the corpus, from
 * generated stand-ins of the same shape.
 */

export { readReutersStories, type ReutersStory } from './searchCorpus/reutersStories';
export { searchBenchQueries, QUERY_CLASSES, type QueryClass } from './searchCorpus/benchQueries';

/** Where the text comes from, to print with the benchmark's results. */
export const readmeCredit =
  'Article text and categories: Reuters-21578, Distribution 1.0 (copyright Reuters Ltd.; distributed for research ' +
  'purposes only by David D. Lewis, http://www.daviddlewis.com/resources/testcollections/reuters21578/), recombined ' +
  'into synthetic articles. Without it the benchmark generates text from a Zipf-distributed vocabulary instead.';

export interface SearchCorpusOptions {
  /** Same seed, same stories, same count: the same articles, byte for byte. */
  seed?: number;
  /** From readReutersStories; null builds from generated text. */
  stories: readonly ReutersStory[] | null;
  /** The number in the first article's id (`a000001` for 1). */
  startId?: number;
}

/** As many stand-in stories as Reuters-21578 has with a body. */
const GENERATED_STORIES = 19_043;

/** `count` articles; the first n of a larger build are the same as a build of n. */
export function buildSearchCorpus(count: number, options: SearchCorpusOptions): SearchDocument[] {
  const seed = options.seed ?? 1;
  const stories = options.stories ?? generateStories(GENERATED_STORIES, seed);
  // Bylines do not depend on the seed, so queries naming a reporter work in every build.
  const bylineRandom = new Random(0xb71e5);
  const context: ArticleContext = {
    seed,
    pool: storyPool(stories, seed),
    bylines: bylinePool(() => bylineRandom.next()),
    sources: SOURCES.map(([name]) => name),
    sourceWeights: cumulative(SOURCES.map(([, weight]) => weight)),
  };
  const startId = options.startId ?? 1;
  const articles: SearchDocument[] = [];
  for (let n = 0; n < count; n++) articles.push(buildArticle(context, n, startId + n));
  return articles;
}
