import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One Reuters-21578 story, cleaned: plain text, paragraphs separated by a blank line. */
export interface ReutersStory {
  title: string;
  /** Where it was filed, as the wire wrote it ("SALVADOR, Feb 26"), or ''. */
  dateline: string;
  body: string;
  /** Epoch milliseconds (UTC); the stories are from February to October 1987. */
  date: number;
  /** The collection's category codes: `crude`, `el-salvador`, `james-baker`, `opec`. */
  topics: string[];
  places: string[];
  people: string[];
  orgs: string[];
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
/** `26-FEB-1987 15:01:01.79`, sometimes followed by noise the README warns about. */
const DATE = /(\d{1,2})-([A-Z]{3})-(\d{4}) (\d\d):(\d\d):(\d\d)/;
/**
 * A paragraph starts on a line opening with whitespace or, in this copy of
 * the files, with a literal `&\t` (ampersand, backslash, t): both appear,
 * often in the same story.
 */
const PARAGRAPH_START = /\n(?:&\\t|[ \t]+)/g;
const ENTITY = /&(?:#(\d{1,3})|(lt|gt|amp|quot));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };
/** The wire's framing bytes (&#2; &#3; &#5; &#22; &#31; &#127;…) decode to these. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/g;
const TRAILER = /\s*\bReuter\s*$/i;

/**
 * Every story with a body from the Reuters-21578 files in `dir`
 * (`reut2-000.sgm.gz` … `reut2-021.sgm.gz`), or null when the folder is
 * not there so the caller can fall back to generated text.
 */
export function readReutersStories(dir: string): ReutersStory[] | null {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir).filter((name) => /^reut2-\d{3}\.sgm\.gz$/.test(name)).sort();
  const stories: ReutersStory[] = [];
  for (const file of files) {
    // The files are ASCII but for one stray byte; latin1 keeps every byte one character.
    const sgml = gunzipSync(readFileSync(join(dir, file))).toString('latin1');
    for (const block of sgml.split('</REUTERS>')) {
      const story = parseStory(block);
      if (story) stories.push(story);
    }
  }
  return stories;
}

function parseStory(block: string): ReutersStory | null {
  const rawBody = between(block, '<BODY>', '</BODY>');
  if (rawBody === null) return null;
  const body = cleanBody(rawBody);
  if (body === '') return null;
  return {
    title: cleanLine(between(block, '<TITLE>', '</TITLE>') ?? ''),
    dateline: cleanLine(between(block, '<DATELINE>', '</DATELINE>') ?? '').replace(/\s*-$/, ''),
    body,
    date: parseDate(between(block, '<DATE>', '</DATE>') ?? ''),
    topics: codes(block, 'TOPICS'),
    places: codes(block, 'PLACES'),
    people: codes(block, 'PEOPLE'),
    orgs: codes(block, 'ORGS'),
  };
}

/** The text between the first `open` and the `close` after it, or null. */
function between(text: string, open: string, close: string): string | null {
  const start = text.indexOf(open);
  if (start < 0) return null;
  const end = text.indexOf(close, start + open.length);
  return end < 0 ? null : text.slice(start + open.length, end);
}

/** `<D>usa</D><D>uk</D>` inside one category element. */
function codes(block: string, element: string): string[] {
  const inner = between(block, `<${element}>`, `</${element}>`);
  if (!inner) return [];
  return inner.split('</D>').map((item) => item.replace('<D>', '').trim()).filter((code) => code !== '');
}

function decode(text: string): string {
  return text
    .replace(ENTITY, (_whole, code: string | undefined, name: string | undefined) => (name ? (NAMED[name] ?? '') : String.fromCharCode(Number(code))))
    .replace(CONTROL, ' ');
}

function cleanLine(text: string): string {
  return decode(text).replace(/\s+/g, ' ').trim();
}

/** Unwraps the wire's 70-column lines into paragraphs and drops the "Reuter" sign-off. */
function cleanBody(raw: string): string {
  // Mark paragraph starts (U+2029, PARAGRAPH SEPARATOR) before decoding: a decoded `&amp;` must not read as one.
  const text = decode(raw.replace(PARAGRAPH_START, '\u2029')).replace(TRAILER, '');
  return text
    .split('\u2029')
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

function parseDate(text: string): number {
  const match = DATE.exec(text);
  if (!match) return Date.UTC(1987, 2, 1);
  const [, day, month, year, hours, minutes, seconds] = match;
  return Date.UTC(Number(year), Math.max(0, MONTHS.indexOf(month ?? '')), Number(day), Number(hours), Number(minutes), Number(seconds));
}
