import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { htmlToParagraphs } from '../../main/feeds/feedHtml';
import { extractPage } from '../../main/pages/extractPage';
import { withoutStyles } from '../../main/pages/withoutStyles';
import { extractionCorpus } from '../support/extractionCorpus';
import { scoreAll, scorePage, type PageScore } from '../support/extractionScore';
import { report } from './benchReport';

/**
 * Article extraction on the 131 real pages of the article-extraction
 * benchmark: our extractor (Readability over jsdom plus our cleanup) against
 * Readability.js alone, on the benchmark's own score (4-word shingle F1).
 */
const pages = extractionCorpus();
const f1 = (s: PageScore): number => (s.precision + s.recall > 0 ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0);

function readabilityAlone(html: string, url: string): string {
  const dom = new JSDOM(withoutStyles(html), { url, virtualConsole: new VirtualConsole() });
  try {
    return htmlToParagraphs(new Readability(dom.window.document).parse()?.content ?? '').join('\n\n');
  } finally {
    dom.window.close();
  }
}

let peakRss = 0;
const ours: Array<{ id: string; url: string; score: PageScore }> = [];
const t0 = performance.now();
for (const page of pages) {
  const article = extractPage(page.html, { url: page.url, name: page.url, entities: false });
  ours.push({ id: page.id, url: page.url, score: scorePage(article.bodyText, page.truth) });
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const seconds = (performance.now() - t0) / 1000;
const reference = pages.map((page) => scorePage(readabilityAlone(page.html, page.url), page.truth));

const total = scoreAll(ours.map((o) => o.score));
const baseline = scoreAll(reference);
const worst = [...ours].sort((a, b) => f1(a.score) - f1(b.score)).slice(0, 10);
report('extract', { pages: pages.length, f1: total.f1, precision: total.precision, recall: total.recall, readability: baseline, worst: worst.map((w) => ({ url: w.url, ...w.score })) }, [
  { measure: 'pages', value: pages.length, unit: '' },
  { measure: 'F1', value: total.f1, unit: '', digits: 4, note: 'target ≥ 0.965; the test fails below 0.95' },
  { measure: 'precision', value: total.precision, unit: '', digits: 4 },
  { measure: 'recall', value: total.recall, unit: '', digits: 4 },
  { measure: 'Readability.js alone: F1', value: baseline.f1, unit: '', digits: 4, note: `P ${baseline.precision.toFixed(4)}, R ${baseline.recall.toFixed(4)}` },
  { measure: 'pages per second', value: pages.length / seconds, unit: 'pages/s', note: 'extraction with metadata and sanitizing, entity tagging off' },
  { measure: 'peak RSS', value: peakRss / 1024 / 1024, unit: 'MB' },
  ...worst.map((w, i) => ({ measure: `worst ${i + 1}`, value: f1(w.score), unit: 'F1', note: `P ${w.score.precision.toFixed(2)} R ${w.score.recall.toFixed(2)} ${w.url.slice(0, 70)}` })),
]);
