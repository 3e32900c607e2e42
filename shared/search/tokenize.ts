/**
 * Words as search sees them, the same for the index and for queries: case
 * and diacritics folded (Å → a, É → e, ß → ss, Ø → o), any script's letters and
 * digits, everything else a separator. English words are also reduced to a
 * light stem (see stem) for matching; phrases match the folded words exactly.
 */

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
/** Letters whose marks are part of them, so NFKD leaves them be: folded by hand, as ICU's folding does. */
const LETTERS: Record<string, string> = { ß: 'ss', ø: 'o', đ: 'd', ł: 'l', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ð: 'd' };
const LETTER = /[ßøđłæœıþð]/g;
/** Longest word indexed: longer runs are noise (hashes, base64) and would only bloat the dictionary. */
export const MAX_WORD_LENGTH = 40;

/** Case and diacritics folded, compatibility forms unified (ﬁ → fi, full-width → ASCII). */
export function fold(text: string): string {
  // Plain ASCII needs only lower-casing: the common case, kept cheap.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(LETTER, (letter) => LETTERS[letter] ?? letter).normalize('NFC');
}

/** The folded words of a text, in order. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const match of fold(text).matchAll(WORD)) {
    const word = match[0];
    if (word.length <= MAX_WORD_LENGTH) out.push(word);
  }
  return out;
}

const LATIN = /^[a-z]+$/;
/** Words whose final s is not a plural: "news" is not "new". */
const NOT_PLURALS = new Set(['news', 'series', 'species', 'always', 'perhaps', 'sometimes', 'whereas', 'towards', 'afterwards', 'besides', 'nevertheless', 'christmas', 'mathematics', 'politics', 'economics', 'physics']);

/**
 * A light English stem, after Harman's S-stemmer: plurals and third-person
 * forms meet their base (talks ↔ talk, policies ↔ policy, horses ↔ horse).
 * Only unaccented Latin words are stemmed; other scripts match as folded.
 */
export function stem(word: string): string {
  if (word.length < 4 || !LATIN.test(word) || NOT_PLURALS.has(word)) return word;
  if (word.endsWith('ies') && !word.endsWith('eies') && !word.endsWith('aies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('es') && !word.endsWith('aes') && !word.endsWith('ees') && !word.endsWith('oes')) return word.slice(0, -1);
  if (word.endsWith('s') && !word.endsWith('us') && !word.endsWith('ss') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}
