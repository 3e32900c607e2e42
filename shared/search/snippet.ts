import { fold, stem } from './tokenize';

/** A piece of a snippet: text, marked when it is a hit. Rendered as text nodes, never as HTML. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Whether a folded word is a hit: the same stem as a query word (talks ↔ talk), or starting with a prefix (`talk*`, the word still being typed). */
function isHit(word: string, stems: ReadonlySet<string>, prefixes: readonly string[]): boolean {
  return stems.has(stem(word)) || prefixes.some((prefix) => word.startsWith(prefix));
}

/** Spans of the text that are hits, as [start, end) offsets. */
export function hitRanges(text: string, terms: readonly string[], prefixes: readonly string[] = []): Array<[number, number]> {
  const set = new Set(terms.map(stem));
  const out: Array<[number, number]> = [];
  for (const match of text.matchAll(WORD)) {
    if (isHit(fold(match[0]), set, prefixes)) out.push([match.index, match.index + match[0].length]);
  }
  return out;
}

/**
 * A window of about `length` characters around the densest run of hits,
 * cut at word boundaries, with the hits marked. Without hits, the opening.
 */
export function snippet(text: string, terms: readonly string[], prefixes: readonly string[] = [], length = 220): SnippetPart[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const hits = hitRanges(flat, terms, prefixes);
  let start = 0;
  if (hits.length > 0) {
    // The window holding the most hits, starting at a hit.
    let best = 0;
    let bestCount = 0;
    for (let i = 0, j = 0; i < hits.length; i++) {
      while (j < hits.length && (hits[j] as [number, number])[1] - (hits[i] as [number, number])[0] <= length) j++;
      if (j - i > bestCount) {
        bestCount = j - i;
        best = i;
      }
    }
    start = Math.max(0, (hits[best] as [number, number])[0] - Math.floor(length / 4));
    const space = flat.lastIndexOf(' ', start);
    start = start === 0 ? 0 : space + 1;
  }
  let end = Math.min(flat.length, start + length);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '… ', hit: false });
  let at = start;
  for (const [s, e] of hits) {
    if (e <= start || s >= end) continue;
    if (s > at) parts.push({ text: flat.slice(at, s), hit: false });
    parts.push({ text: flat.slice(Math.max(s, at), e), hit: true });
    at = e;
  }
  if (at < end) parts.push({ text: flat.slice(at, end), hit: false });
  if (end < flat.length) parts.push({ text: ' …', hit: false });
  return parts;
}
