import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parsePlainText } from '../../main/import/plainText/plainTextParser';
import { importPlainText } from '../../main/import/plainText/plainTextImporter';
import { extractEntities } from '../../shared/entities/entityTagger';
import { percentile, report } from './benchReport';

/**
 * How fast pasted articles import: the parser alone, entity tagging, and the
 * whole path (parse, tag, sanitize). Real text from Reuters-21578 when
 * ../shared is beside the checkout, generated text otherwise.
 */
const REUTERS = join(__dirname, '../../../shared/corpora/reuters21578');
const LIMIT = 1000;

function reutersStories(): string[] {
  const stories: string[] = [];
  for (let i = 0; i < 22 && stories.length < LIMIT; i++) {
    const file = join(REUTERS, `reut2-${String(i).padStart(3, '0')}.sgm.gz`);
    const sgml = gunzipSync(readFileSync(file)).toString('latin1');
    for (const match of sgml.matchAll(/<TITLE>([\s\S]*?)<\/TITLE>[\s\S]*?<BODY>([\s\S]*?)<\/BODY>/g)) {
      const title = (match[1] ?? '').replace(/&lt;/g, '<').replace(/&amp;/g, '&').trim();
      // Reuters paragraphs start with a tab; make them blank-line separated as pasted text is.
      const body = (match[2] ?? '').replace(/&#\d+;/g, '').replace(/&lt;/g, '<').replace(/&amp;/g, '&').replace(/\n\s+/g, '\n\n').replace(/\s*Reuter\s*$/, '');
      stories.push(`${title}\n\nBusiness\n| Written By\nReuters\n\n${body.trim()}\n`);
      if (stories.length >= LIMIT) break;
    }
  }
  return stories;
}

function generatedStories(): string[] {
  const words = 'the minister said talks in Moscow with officials from Washington would continue next week after a court ruling'.split(' ');
  return Array.from({ length: LIMIT }, (_, i) => {
    const para = (n: number): string => Array.from({ length: 60 }, (_, j) => words[(i + j * n) % words.length]).join(' ') + '.';
    return `Generated Story Number ${i}\n\nA standfirst for story ${i}.\n\nWorld\n| Written By\nDesk\n\n${para(1)}\n\n${para(3)}\n\n${para(7)}\n`;
  });
}

function time<T>(fn: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const result = fn();
  return [result, Number(process.hrtime.bigint() - start) / 1e6];
}

const source = existsSync(REUTERS) ? 'reuters21578' : 'generated';
const stories = source === 'reuters21578' ? reutersStories() : generatedStories();
const bytes = stories.reduce((sum, s) => sum + Buffer.byteLength(s), 0);

// Warm up the lazy parts (compromise's lexicon, jsdom's window).
importPlainText(stories[0] ?? 'Warm up\n\nText.', 'warmup.txt');

const parseMs: number[] = [];
const tagMs: number[] = [];
const fullMs: number[] = [];
let tags = 0;
const heapBefore = process.memoryUsage().heapUsed;
for (const story of stories) {
  const [parsed, p] = time(() => parsePlainText(story));
  parseMs.push(p);
  const paragraphs = parsed.body.filter((b) => b.kind === 'paragraph').map((b) => b.text);
  const [found, t] = time(() => extractEntities(paragraphs));
  tagMs.push(t);
  tags += found.length;
  fullMs.push(time(() => importPlainText(story, 'story.txt'))[1]);
}
const heapAfter = process.memoryUsage().heapUsed;
for (const list of [parseMs, tagMs, fullMs]) list.sort((a, b) => a - b);
const total = fullMs.reduce((a, b) => a + b, 0);

report('import', { source, articles: stories.length, bytes }, [
  { measure: 'articles', value: stories.length, unit: '', note: source },
  { measure: 'mean article size', value: bytes / stories.length / 1024, unit: 'KB' },
  { measure: 'parse p50', value: percentile(parseMs, 50), unit: 'ms' },
  { measure: 'parse p95', value: percentile(parseMs, 95), unit: 'ms' },
  { measure: 'entity tagging p50', value: percentile(tagMs, 50), unit: 'ms' },
  { measure: 'entity tagging p95', value: percentile(tagMs, 95), unit: 'ms' },
  { measure: 'whole import p50', value: percentile(fullMs, 50), unit: 'ms', note: 'parse + tag + sanitize' },
  { measure: 'whole import p95', value: percentile(fullMs, 95), unit: 'ms' },
  { measure: 'throughput', value: (stories.length / total) * 1000, unit: 'articles/s' },
  { measure: 'entity tags per article', value: tags / stories.length, unit: '' },
  { measure: 'heap growth', value: (heapAfter - heapBefore) / 1024 / 1024, unit: 'MB' },
]);
