import nlp from 'compromise';
import { HYPHEN_TAILS } from './entityNames';
import { ALIASES, KNOWN_PLACES, STATE_ABBREVIATIONS } from './knownNames';

/**
 * An article's words as the entity tagger reads them: compromise's tags for
 * each word in its sentence, its lexicon entry for the word on its own, and
 * whether the word's capital letter means anything. A capital in mid-sentence
 * marks a name; at the start of a sentence, in a headline or in a shouted
 * dateline it marks nothing, and other evidence has to decide.
 */

export interface Word {
  /** As printed, without surrounding punctuation or a possessive; shouted capitals in title case. */
  text: string;
  lower: string;
  pre: string;
  post: string;
  /** compromise's tags for the word in its sentence (they drift: "Antony" reads as a Place after "State"). */
  tags: Set<string>;
  /** compromise's lexicon entry for the word on its own, which does not drift. */
  lex: Set<string>;
  /** The possessive mark it was printed with ("’s", "'s", "’"), or null. */
  possessive: string | null;
  /** The capital says nothing: first word of a sentence or quote, a headline word, shouted capitals. */
  freeCase: boolean;
  /** Written in capitals as an abbreviation: "FBI", "U.S.", "NASA". */
  acronym: boolean;
  /** Printed with a full stop that ends neither the sentence nor the name: "Gov.", "Jr.", "W.". */
  abbreviated: boolean;
  /** Part of a dateline ("WASHINGTON (AP) —"), which always names a place. */
  dateline: boolean;
  /** Punctuation after the word that no name runs across. */
  stop: boolean;
  /** A hyphenated form that is never a name: "D-Minn", a party and state. */
  unnameable: boolean;
  /** Position in the paragraph. */
  index: number;
}

interface Term {
  text: string;
  pre: string;
  post: string;
  tags: string[];
}

type LexiconEntry = string | string[] | undefined;
const lexicon = (nlp.model() as { one?: { lexicon?: Record<string, LexiconEntry> } }).one?.lexicon ?? {};

/** compromise's lexicon tags for a lower-case word or phrase. */
export function lexTags(lower: string): Set<string> {
  const entry = lexicon[lower] ?? lexicon[lower.replace(/\.$/, '')];
  return new Set(entry === undefined ? [] : Array.isArray(entry) ? entry : [entry]);
}

const PLACE_LEX = ['Country', 'City', 'Region', 'Place'];
/** A word or phrase known as a place on its own. */
export const isKnownPlace = (lower: string): boolean =>
  PLACE_LEX.some((tag) => lexTags(lower).has(tag)) || KNOWN_PLACES.has(lower) || ALIASES[lower]?.type === 'place';

const POSSESSIVE = /(?:[’']s|s[’'])$/u;
const STOP_PUNCTUATION = /[,;:!?()[\]"“”—–/|…]|\s-\s|^-\s/u;
const CAPITALS = /^(?:\p{Lu}\.)+\p{Lu}\.?$|^\p{Lu}[\p{Lu}&]+$/u;
const titleCase = (text: string): string => text.toLowerCase().replace(/(^|[\s.'’-])(\p{Ll})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase());

/** Joins "Ocasio-" "Cortez" back into one word, and cuts "US-Russia" into its two places. */
function joinHyphens(terms: Term[]): Term[] {
  const joined: Term[] = [];
  for (const term of terms) {
    const previous = joined[joined.length - 1];
    if (previous && previous.post === '-') {
      joined[joined.length - 1] = { text: `${previous.text}-${term.text}`, pre: previous.pre, post: term.post, tags: [...previous.tags, ...term.tags] };
    } else {
      joined.push({ ...term });
    }
  }
  return joined.flatMap(splitHyphen);
}

function splitHyphen(term: Term): Term[] {
  if (!term.text.includes('-') || /^-|-$/.test(term.text)) return [term];
  const parts = term.text.split('-');
  const last = parts[parts.length - 1] ?? '';
  // "Sacramento-based", "GOP-dominated", "NBA-leading": the name is the part in front, and ends there.
  if (HYPHEN_TAILS.has(last) || /^\p{Ll}+(?:ed|ing)$/u.test(last)) return [{ ...term, text: parts.slice(0, -1).join('-'), post: ', ' }];
  // "Iran-contra": a place and a common word; the place is the name.
  if (parts.length === 2 && /^\p{Ll}/u.test(last) && isKnownPlace((parts[0] ?? '').toLowerCase())) return [{ ...term, text: parts[0] ?? '', post: ', ' }];
  // "US-Russia", "Israeli-Palestinian": two names side by side, not one.
  const named = (part: string): boolean => isKnownPlace(part.toLowerCase()) || lexTags(part.toLowerCase()).has('Demonym');
  if (parts.every((part) => /^\p{Lu}/u.test(part) && named(part))) {
    return parts.map((part, i) => ({ ...term, text: part, pre: i === 0 ? term.pre : '', post: i === parts.length - 1 ? term.post : ', ' }));
  }
  return [term];
}

function toWord(term: Term, sentenceStart: boolean, index: number): Word {
  let text = term.text;
  let possessive: string | null = null;
  const mark = POSSESSIVE.exec(text);
  if (mark && text.length > 3) {
    possessive = mark[0].endsWith('s') ? mark[0] : mark[0].slice(1);
    text = text.slice(0, text.length - (mark[0].endsWith('s') ? 2 : 1));
  } else if (/^[’']/u.test(term.post) && text.endsWith('s')) {
    possessive = term.post[0] ?? null; // "Weeks’ family"
  }
  const lower = text.toLowerCase();
  const lex = lexTags(lower);
  // "Kan" without a full stop is not Kansas: an abbreviation's reading needs the stop.
  if (lex.has('Abbreviation') && !term.post.startsWith('.')) lex.clear();
  const abbreviated =
    (term.post.startsWith('.') && (lex.has('Abbreviation') || /^\p{Lu}$/u.test(text) || lower in STATE_ABBREVIATIONS)) ||
    (/\.$/.test(text) && lower.replace(/\.$/, '') in STATE_ABBREVIATIONS);
  return {
    text,
    lower,
    pre: term.pre,
    post: term.post,
    tags: new Set(term.tags),
    lex,
    possessive,
    freeCase: sentenceStart || /[“"‘(—–]/u.test(term.pre),
    acronym: CAPITALS.test(text) && text.replace(/[^\p{L}]/gu, '').length <= 6,
    abbreviated,
    dateline: false,
    stop: STOP_PUNCTUATION.test(term.post) || (term.post.includes('.') && !abbreviated),
    // "(D-Minn.)" is a party and a state; ".DJI" and "EUR=" are market codes.
    unnameable: /^\p{L}-/u.test(text) || /\d|@|#/u.test(text) || /\.$/.test(term.pre) || term.post.startsWith('='),
    index,
  };
}

/**
 * Capitals that are shouting, not an acronym: "WASHINGTON", "A HUNTER who",
 * "SCORES QUARANTINED". A known word of five letters or more is shouted, and
 * so is any capitalised word beside one; the words are read in title case.
 */
function unshout(words: Word[]): void {
  const capitals = words.map((w) => /^[\p{Lu}.’'&]+$/u.test(w.text) && /\p{L}{2}/u.test(w.text));
  const shouted = words.map((w, i) => (capitals[i] ?? false) && w.text.length >= 5 && w.lex.size > 0 && !w.lex.has('Organization'));
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < words.length; i++) {
      if (capitals[i] && !shouted[i] && (shouted[i - 1] === true || shouted[i + 1] === true)) shouted[i] = true;
    }
  }
  words.forEach((word, i) => {
    if (!shouted[i]) return;
    word.text = titleCase(word.text);
    word.acronym = false;
    word.freeCase = true;
  });
}

// "WASHINGTON (AP) —", "HAYWARD, Calif. (AP) —": a place in capitals, the agency, then a dash;
// or one place in title case and a long dash, "Indianapolis –".
const DATELINE = /^((?:[\p{Lu}][\p{Lu}.’']+)(?: [\p{Lu}][\p{Lu}.’']*){0,3}(?:, [\p{Lu}][\p{L}.]*){0,2})\s*(?:\([^)]{1,40}\)\s*)?[—–-]\s|^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\s*[—–]\s/u;

function markDateline(paragraph: string, words: Word[]): void {
  const match = DATELINE.exec(paragraph);
  // A title-case opening is a dateline only if it is a known place: "Trump — who …" is not one.
  const place = match?.[1] ?? (match?.[2] !== undefined && isKnownPlace(match[2].toLowerCase()) ? match[2] : undefined);
  if (!place || /^(?:The|A|An)\b/.test(place)) return;
  const count = place.split(/\s+/).length;
  for (const word of words.slice(0, count)) {
    word.dateline = true;
    if (/^[\p{Lu}.’']+$/u.test(word.text) && word.text.replace(/\./g, '').length > 2) {
      word.text = titleCase(word.text);
      word.acronym = false;
    }
    word.freeCase = true;
  }
}

/**
 * A headline or subheading: short, without a full stop, most longer words
 * capitalised ("Focus on Whelan & Gershkovich"). Its capitals mean nothing.
 */
function isHeadline(paragraph: string, words: Word[]): boolean {
  if (words.length > 20 || /[.:;,"”]\s*$/u.test(paragraph)) return false;
  const long = words.filter((w) => w.text.length >= 4 && /^\p{L}/u.test(w.text));
  return long.length >= 2 && long.filter((w) => /^\p{Lu}/u.test(w.text)).length / long.length >= 0.6;
}

export interface Paragraph {
  words: Word[];
  /** A headline or subheading, where even "&" joins no names. */
  headline: boolean;
}

/** The words of one paragraph, in order, sentence by sentence. */
export function readParagraph(paragraph: string): Paragraph {
  const sentences = nlp(paragraph).json() as Array<{ terms: Term[] }>;
  const words: Word[] = [];
  for (const sentence of sentences) {
    const terms = joinHyphens(sentence.terms);
    terms.forEach((term, i) => {
      const previous = words[words.length - 1];
      const start = i === 0 || (previous !== undefined && /[:—–]|\s-\s/u.test(previous.post));
      words.push(toWord(term, start, words.length));
    });
    const last = words[words.length - 1];
    if (last) last.stop = true;
  }
  unshout(words);
  markDateline(paragraph, words);
  const headline = isHeadline(paragraph, words);
  if (headline) for (const word of words) word.freeCase = true;
  return { words, headline };
}
