import { percentile, report, type BenchRow } from './benchReport';
import { autocompleteLatency } from './tagsBench/autocompleteLatency';
import { bulkTagInApp } from './tagsBench/bulkTagInApp';
import { entityThroughput } from './tagsBench/entityThroughput';
import { suggestionHitRate } from './tagsBench/suggestionHitRate';
import { vocabulary } from '../unit/tags/vocabularyFixture';

/**
 * `npm run bench -- tags` (after `npm run build`): bulk tagging of 1,000
 * selected articles in the real app and how soon search sees it (target
 * ≤ 1 s), autocomplete per keystroke over the vocabulary plus 10,000 user
 * tags (target ≤ 16 ms), entity extraction throughput, and the top-3 hit
 * rate of the topic suggestions on the hand-labelled evaluation set.
 */
const BULK = Number(process.env['BENCH_TAGS_BULK'] ?? 1000);
const USER_TAGS = 10_000;
const ROUNDS = 3;

async function main(): Promise<void> {
  const topics = vocabulary();
  const hits = suggestionHitRate(topics);
  const complete = autocompleteLatency(topics, USER_TAGS);
  const entities = entityThroughput();
  const bulk = await bulkTagInApp(BULK, ROUNDS);
  const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);
  const rows: BenchRow[] = [
    { measure: `bulk tag ${bulk.articles} selected: archive + index written (median of ${ROUNDS})`, value: median(bulk.writeMs), unit: 'ms', digits: 0, note: `runs ${bulk.writeMs.join(' / ')}` },
    { measure: `then a tag: search shows all ${bulk.articles}`, value: median(bulk.searchMs), unit: 'ms', digits: 0, note: `runs ${bulk.searchMs.join(' / ')}` },
    { measure: 'bulk tag → visible in search (sum of medians)', value: median(bulk.writeMs) + median(bulk.searchMs), unit: 'ms', digits: 0, note: 'target ≤ 1000' },
    { measure: `undo bulk tag: until search finds none`, value: median(bulk.undoMs), unit: 'ms', digits: 0, note: `runs ${bulk.undoMs.join(' / ')}` },
    { measure: `background name pass over ${bulk.articles} synced articles`, value: bulk.namePassMs / 1000, unit: 's', digits: 1, note: `${Math.round(bulk.articles / Math.max(0.001, bulk.namePassMs / 1000))} articles/s in the name worker, while the index follows` },
    { measure: `autocomplete p50 (${topics.active().length} topics + ${USER_TAGS} tags)`, value: complete.ours.p50, unit: 'ms', digits: 2, note: `${complete.ours.keystrokes} keystrokes` },
    { measure: 'autocomplete p95', value: complete.ours.p95, unit: 'ms', digits: 2, note: 'target ≤ 16' },
    { measure: 'autocomplete max', value: complete.ours.max, unit: 'ms', digits: 2 },
    { measure: 'fuzzysort alone p95 (same targets)', value: complete.fuzzysort.p95, unit: 'ms', digits: 2, note: `p50 ${complete.fuzzysort.p50.toFixed(2)}, max ${complete.fuzzysort.max.toFixed(2)}` },
    { measure: `autocomplete: the meant topic first (of ${complete.meantFirst.of})`, value: complete.meantFirst.ours, unit: '', note: `fuzzysort alone: ${complete.meantFirst.fuzzysort}` },
    { measure: 'autocomplete: prepare 11k targets', value: complete.prepareMs, unit: 'ms', digits: 0 },
    { measure: 'entity extraction', value: entities.perSecond, unit: 'articles/s', digits: 1, note: `${entities.articles} articles, ${Math.round(entities.wordsPerSecond).toLocaleString('en')} words/s` },
    { measure: `topic suggestions: top-3 hit rate (${hits.items} articles, ${hits.byHand} by hand)`, value: hits.strict * 100, unit: '%', digits: 1 },
    { measure: 'topic suggestions: top-3 within a topic family', value: hits.family * 100, unit: '%', digits: 1, note: 'a parent or child of a labelled topic, below the 17 top levels' },
    { measure: 'topic suggestions: top-1 hit rate', value: hits.top1 * 100, unit: '%', digits: 1 },
    { measure: 'suggest for one article', value: hits.suggestMs, unit: 'ms', digits: 2 },
  ];
  report('tags', { bulk, autocomplete: complete, entities, hits }, rows);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
