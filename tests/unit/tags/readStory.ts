import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Where a story's text is read from: the seed file, a ground-truth page, or a Reuters-21578 wire. */
export type StorySource =
  | { from: 'seed'; file: string }
  | { from: 'ground-truth'; id: string }
  | { from: 'reuters'; newId: number };

const FIXTURES = join(__dirname, '../../fixtures');

let groundTruth: Record<string, { articleBody: string; url: string }> | undefined;
let reuters: Map<number, string> | undefined;

const byLines = (text: string): string[] =>
  text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');

function readGroundTruth(id: string): string[] {
  groundTruth ??= JSON.parse(readFileSync(join(FIXTURES, 'article-extraction/ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const page = groundTruth[id];
  if (!page) throw new Error(`no ground-truth page ${id}`);
  return byLines(page.articleBody);
}

const decodeSgml = (text: string): string =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#\d+;/g, '').replace(/&amp;/g, '&');

/**
 * The wire's body: lines are hard-wrapped at 70 characters and a paragraph
 * starts with an indent (four spaces, or a literal "&\t" left by the
 * collection's conversion), so wrapped lines are joined and indents split.
 */
function readReuters(newId: number): string[] {
  if (!reuters) {
    const sgml = gunzipSync(readFileSync(join(FIXTURES, 'reuters21578/reut2-000.sgm.gz'))).toString('latin1');
    reuters = new Map();
    for (const match of sgml.matchAll(/NEWID="(\d+)">[\s\S]*?<BODY>([\s\S]*?)<\/BODY>/g)) {
      reuters.set(Number(match[1]), match[2] ?? '');
    }
  }
  const body = reuters.get(newId);
  if (body === undefined) throw new Error(`no Reuters story ${newId}`);
  return body
    .replace(/\s*Reuter\s*&#3;\s*$/, '')
    .split(/\n(?: {2,}|&\\t)/)
    .map((paragraph) => decodeSgml(paragraph.replace(/\s*\n\s*/g, ' ')).trim())
    .filter((paragraph) => paragraph !== '');
}

/** A story's paragraphs, as the tagger is fed them. */
export function readStory(source: StorySource): string[] {
  switch (source.from) {
    case 'seed':
      return byLines(readFileSync(join(FIXTURES, 'seed', source.file), 'utf8'));
    case 'ground-truth':
      return readGroundTruth(source.id);
    case 'reuters':
      return readReuters(source.newId);
  }
}
