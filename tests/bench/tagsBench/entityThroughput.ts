import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractEntities } from '../../../shared/entities/entityTagger';

/** Articles per second through the entity tagger: the 181 article-extraction pages' bodies, each read as paragraphs. */
export function entityThroughput(): { articles: number; words: number; perSecond: number; wordsPerSecond: number } {
  const truth = JSON.parse(readFileSync(join(__dirname, '../../fixtures/article-extraction/ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string }>;
  const bodies = Object.values(truth).flatMap((entry) => (entry.articleBody ? [entry.articleBody] : []));
  const reuters = gunzipSync(readFileSync(join(__dirname, '../../fixtures/reuters21578/reut2-000.sgm.gz'))).toString('latin1');
  for (const match of reuters.matchAll(/<BODY>([\s\S]*?)<\/BODY>/g)) if (bodies.length < 400) bodies.push((match[1] ?? '').replace(/&#\d+;/g, ' '));
  // Warm up on a few, then time the lot.
  for (const body of bodies.slice(0, 5)) extractEntities(body.split(/\n+/));
  const t0 = performance.now();
  for (const body of bodies) extractEntities(body.split(/\n+/));
  const seconds = (performance.now() - t0) / 1000;
  const words = bodies.reduce((sum, body) => sum + body.split(/\s+/).length, 0);
  return { articles: bodies.length, words, perSecond: bodies.length / seconds, wordsPerSecond: words / seconds };
}
