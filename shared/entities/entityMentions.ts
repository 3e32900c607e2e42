import {
  EVENT_SUFFIXES, GROUP_ADJECTIVES, NAME_JOINERS, NAME_PARTICLES, NAME_SUFFIXES, NEVER_ENTITIES, ORG_HEADS,
  ORG_SUFFIXES, PLACE_HEADS, PLACE_SUFFIXES, TITLE_HEADS, TITLE_MODIFIERS,
} from './entityNames';
import { isKnownPlace, lexTags, type Word } from './entityWords';
import { ALIASES, KNOWN_ORGS, KNOWN_PLACES } from './knownNames';

/**
 * Finds the names in a paragraph: runs of name words, joined across "of",
 * "and" or "von" only where the result is one name ("Bank of England", not
 * "Miami Herald and Kansas City Star"), with titles cut off the front
 * ("Secretary of State Antony Blinken") and run-ons cut apart ("ambassador to
 * Britain Liu Xiaming").
 */

export interface Mention {
  words: Word[];
  /** A title came just before the name, so it is a person. */
  titled: boolean;
  /** The royal or religious title, kept when it comes with one name: "Prince Andrew", "Pope Francis". */
  style: string | null;
  /** An acronym in parentheses right after the name: "Federal Security Service (FSB)". */
  acronym: string | null;
  /** The lower-case word printed right after the name, if nothing stands between: "newspaper". */
  nounAfter: string | null;
}

/** How often each word is capitalised where a capital means something, how often not, and how often it stands alone. */
export type CaseEvidence = Map<string, { capital: number; lower: number; alone: number }>;

const NAME_LEX = ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Country', 'City', 'Region', 'Place', 'Organization', 'SportsTeam', 'Demonym'];
const FUNCTION_LEX = ['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'QuestionWord', 'Month', 'WeekDay', 'Modal', 'Copula'];
const WEAK_TITLES = new Set(['general', 'chief', 'justice', 'speaker', 'leader', 'officer', 'counsel', 'director', 'deputy', 'chair', 'captain', 'coach', 'commander', 'administrator', 'superintendent', 'treasurer', 'marshal', 'sheriff', 'attorney', 'adviser', 'advisor', 'envoy']);
const ROYAL_TITLES = new Set(['king', 'queen', 'prince', 'princess', 'pope', 'emperor', 'empress', 'sheikh', 'emir', 'sir', 'dame']);

const has = (word: Word | undefined, list: Set<string>): boolean => word !== undefined && list.has(word.lower);
const lexHas = (word: Word | undefined, tags: string[]): boolean => word !== undefined && tags.some((tag) => word.lex.has(tag));
const FIRST_NAME_LEX = ['FirstName', 'MaleName', 'FemaleName'];
/** Known only as a first name: "Evan", "Eva-Marie". */
export const isFirstName = (word: Word | undefined): boolean =>
  word !== undefined &&
  (lexHas(word, FIRST_NAME_LEX) || (word.lex.size === 0 && FIRST_NAME_LEX.some((tag) => lexTags(word.lower.split('-')[0] ?? '').has(tag)))) &&
  !lexHas(word, ['Country', 'City', 'Region', 'Organization']);
const isTitleHead = (word: Word | undefined): boolean => word !== undefined && (TITLE_HEADS.has(word.lower) || word.lower.split('-').some((part) => TITLE_HEADS.has(part)));
/** Ends an organisation's or place's name; "Union-Tribune" ends like "Tribune". */
const isSuffix = (word: Word | undefined): boolean => {
  const end = word?.lower.split('-').pop() ?? '';
  return ORG_SUFFIXES.has(end) || PLACE_SUFFIXES.has(end);
};

/** Whether a word, where it stands, is part of a name. */
export function isNameWord(word: Word, evidence: CaseEvidence, next?: Word): boolean {
  // compromise reads English only: a capital in Cyrillic or Greek tells it nothing it can check.
  if (word.unnameable || !/^\p{Lu}/u.test(word.text) || !/^\p{Script=Latin}/u.test(word.text)) return false;
  if (word.acronym) return !NEVER_ENTITIES.has(word.lower);
  if (NEVER_ENTITIES.has(word.lower)) return false;
  // "El Paso", "Las Vegas": a capitalised article in mid-sentence, before a name, starts it.
  if (NAME_PARTICLES.has(word.lower) && !word.freeCase && !word.stop && next !== undefined && /^\p{Lu}/u.test(next.text)) return true;
  // "Will Moy": a capitalised modal in mid-sentence, before a name, is a first name.
  if (lexHas(word, FUNCTION_LEX) && !(word.lex.has('Modal') && !word.freeCase && !word.stop && next !== undefined && /^\p{Lu}/u.test(next.text))) return false;
  if (!word.freeCase) return true;
  // A capital that means nothing: trust the article's other uses of the word, then the lexicon.
  const seen = evidence.get(word.lower);
  if (seen && seen.capital > 0) return true;
  if (seen && seen.lower > 0) return false;
  return lexHas(word, NAME_LEX) || KNOWN_PLACES.has(word.lower) || KNOWN_ORGS.has(word.lower) || word.lower in ALIASES || isTitleHead(word) || word.dateline;
}

type Piece = { kind: 'name'; word: Word } | { kind: 'joiner'; words: Word[] };

/** Splits a paragraph's words into chains of names, with the small words between them. */
function chains(words: Word[], evidence: CaseEvidence): Piece[][] {
  const found: Piece[][] = [];
  let chain: Piece[] = [];
  const end = (): void => {
    if (chain.length > 0) found.push(chain);
    chain = [];
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    const next = words[i + 1];
    // "High school teacher": a common word that starts a sentence is a name only at the head of a longer one ("High Court").
    const common = chain.length === 0 && word.freeCase && !word.acronym && word.lex.size > 0 && !lexHas(word, NAME_LEX) && !isTitleHead(word);
    // In a headline, "Sierra Nevada Corporation" goes on through the word that ends such names.
    const continues = chain.length > 0 && word.freeCase && /^\p{Lu}/u.test(word.text) && isSuffix(word) && !(chain[chain.length - 1]?.kind === 'name' && words[i - 1]?.stop === true);
    // "Seizaburo Sato, professor…": an unknown word that starts a sentence, right before a surname.
    const leads = word.freeCase && word.lex.size === 0 && !evidence.has(word.lower) && /^\p{Lu}/u.test(word.text) && /^\p{Script=Latin}/u.test(word.text) && !word.stop &&
      next !== undefined && !next.freeCase && /^\p{Lu}/u.test(next.text) && isNameWord(next, evidence) && !isFirstName(next) && !word.unnameable;
    const named =
      continues ||
      leads ||
      (isNameWord(word, evidence, next) && (!common || (!word.stop && next !== undefined && isNameWord(next, evidence)))) ||
      isInitial(word, next, evidence) ||
      isLeadingThe(word, next, evidence);
    if (named) {
      if (/[(“"]/u.test(word.pre)) end();
      chain.push({ kind: 'name', word });
      // A possessive ends the name, unless the owner is a common word inside one: "People’s Daily".
      const joinsPossessive = word.possessive !== null && word.lex.size > 0 && !lexHas(word, NAME_LEX) && !word.freeCase;
      if (word.stop || (word.possessive !== null && !joinsPossessive)) end();
      continue;
    }
    const joiner = chain.length > 0 ? readJoiner(words, i, evidence) : 0;
    if (joiner > 0) {
      chain.push({ kind: 'joiner', words: words.slice(i, i + joiner) });
      i += joiner - 1;
      continue;
    }
    end();
  }
  end();
  return found;
}

/** "W." in "Patrick W. Carlineo": an initial inside a name. */
const isInitial = (word: Word, next: Word | undefined, evidence: CaseEvidence): boolean =>
  word.abbreviated && /^\p{Lu}$/u.test(word.text) && next !== undefined && isNameWord(next, evidence);

/** "The" in mid-sentence starts a title: "The Times", "The Real Deal". */
const isLeadingThe = (word: Word, next: Word | undefined, evidence: CaseEvidence): boolean =>
  word.text === 'The' && !word.freeCase && !word.stop && next !== undefined && isNameWord(next, evidence);

const isAcronymAfter = (word: Word): boolean => word.pre.includes('(') && word.acronym && word.post.startsWith(')');

/** How many words from i join two names: "of", "of the", "and", "&", "von der". 0 if none. */
function readJoiner(words: Word[], i: number, evidence: CaseEvidence): number {
  const previous = words[i - 1];
  if (!previous || previous.stop || previous.possessive !== null) return 0;
  for (const length of [1, 2]) {
    const group = words.slice(i, i + length);
    const after = words[i + length];
    if (group.length < length || !after || group.some((w, k) => k < length - 1 && w.stop) || (group[length - 1]?.stop ?? true)) continue;
    const lowers = group.map((w) => w.lower);
    const joins =
      lowers.every((lower) => NAME_PARTICLES.has(lower)) ||
      (length === 1 && NAME_JOINERS.has(lowers[0] ?? '')) ||
      (length === 2 && ['of', 'for', 'on'].includes(lowers[0] ?? '') && lowers[1] === 'the');
    if (joins && isNameWord(after, evidence)) return length;
  }
  return 0;
}

/** Whether the name on the left and the one on the right, with these words between, are one name. */
function joinsAcross(left: Word[], joiner: Word[], right: Word[], headline: boolean, evidence: CaseEvidence): boolean {
  const first = joiner[0]?.lower ?? '';
  const last = left[left.length - 1];
  const rightLast = right[right.length - 1];
  if (NAME_PARTICLES.has(first)) return true;
  if (first === 'and' || first === '&') {
    if (has(last, ORG_SUFFIXES)) return false; // "Miami Herald and Kansas City Star"
    // "Department of Health and Human Services", "Human Rights and Democracy Act".
    if (left.some((w) => ['of', 'for'].includes(w.lower)) && has(rightLast, ORG_SUFFIXES)) return true;
    // "Customs and Border Protection"; not "Gannett and GateHouse Media", where Gannett stands alone elsewhere.
    const single = left.length === 1 ? left[0] : undefined;
    if (single && !single.acronym && has(rightLast, ORG_SUFFIXES) && !lexHas(single, NAME_LEX) && (evidence.get(single.lower)?.alone ?? 0) === 0) return true;
    if (has(rightLast, EVENT_SUFFIXES)) return true;
    // "Procter & Gamble"; but a headline's "Whelan & Gershkovich" is two people.
    return first === '&' && !headline && left.length === 1 && right.length === 1 && !isFirstName(last) && !isFirstName(rightLast);
  }
  // "of", "for", "on": "Bank of England", "Secretary of State", "Western District of New York".
  if (isTitleHead(last)) return true;
  if (right.some((w) => w.possessive !== null)) return false; // "… Relations of Russia's Federal …"
  return has(last, ORG_SUFFIXES) || has(last, PLACE_SUFFIXES) || has(last, PLACE_HEADS) || left.some((w) => has(w, ORG_HEADS));
}

/** The mentions in one paragraph. */
export function findMentions(words: Word[], evidence: CaseEvidence, headline: boolean): Mention[] {
  const mentions: Mention[] = [];
  for (const chain of chains(words, evidence)) {
    let current: Word[] = [];
    for (let i = 0; i < chain.length; i++) {
      const piece = chain[i] as Piece;
      if (piece.kind === 'name') {
        current.push(piece.word);
        continue;
      }
      const right: Word[] = [];
      for (let k = i + 1; k < chain.length; k++) {
        const next = chain[k] as Piece;
        if (next.kind === 'joiner') break;
        right.push(next.word);
      }
      if (joinsAcross(current, piece.words, right, headline, evidence)) {
        current.push(...piece.words);
      } else {
        mentions.push(...splitName(current));
        current = [];
      }
    }
    mentions.push(...splitName(current));
  }
  attachAcronyms(mentions);
  for (const mention of mentions) {
    const last = mention.words[mention.words.length - 1];
    const next = last ? words[last.index + 1] : undefined;
    if (last && next && !last.stop && last.possessive === null && /^\p{Ll}/u.test(next.text)) mention.nounAfter = next.lower;
  }
  return mentions.filter((m) => m.words.length > 0);
}

/** "Federal Security Service (FSB)": the acronym in brackets names the organisation just before it. */
function attachAcronyms(mentions: Mention[]): void {
  for (let i = mentions.length - 1; i > 0; i--) {
    const only = mentions[i]?.words.length === 1 ? mentions[i]?.words[0] : undefined;
    const previous = mentions[i - 1];
    const before = previous?.words[previous.words.length - 1];
    if (!only || !previous || !before || !isAcronymAfter(only) || only.index !== before.index + 1) continue;
    if (previous.words.length >= 2 && previous.acronym === null && !previous.titled) {
      previous.acronym = only.text;
      mentions.splice(i, 1);
    }
  }
}

/** Cuts titles off a name and run-ons apart: "US Secretary of State Antony Blinken" → "US", "Antony Blinken". */
function splitName(words: Word[]): Mention[] {
  if (words.length === 0) return [];
  const plain = (list: Word[]): Mention => ({ words: list, titled: false, style: null, acronym: null, nounAfter: null });
  const titled = findTitle(words);
  if (titled) {
    const { prefix, title, name } = titled;
    if (name.length === 0) return splitName(prefix);
    const royal = name.length === 1 && title.some((w) => ROYAL_TITLES.has(w.lower));
    const person: Mention = { words: name, titled: true, style: royal ? (title[title.length - 1]?.text ?? null) : null, acronym: null, nounAfter: null };
    return [...splitName(prefix), person];
  }
  // A title with no name after it names nobody: "the U.S. Attorney’s Office" leaves "U.S.". An office
  // written out ("Office of Inspector General") keeps its words.
  let end = words.length;
  if (!words.some((w) => ['of', 'for'].includes(w.lower))) {
    // "Kevin King" and "Stephen King" end in a surname, not a title.
    while (end > 1 && isTitleHead(words[end - 1]) && !isFirstName(words[end - 2]) && !lexHas(words[end - 2], ['LastName', 'Person'])) end--;
    if (end < words.length) while (end > 1 && has(words[end - 1], TITLE_MODIFIERS) && !isSuffix(words[end - 1])) end--;
  }
  while (end > 1 && (NAME_JOINERS.has(words[end - 1]?.lower ?? '') || NAME_PARTICLES.has(words[end - 1]?.lower ?? ''))) end--;
  if (end < words.length) return splitName(words.slice(0, end));
  const cut = runOnCut(words);
  if (cut > 0) return [...splitName(words.slice(0, cut)), ...splitName(words.slice(cut))];
  return [plain(stripLeading(words))];
}

/** The last title in a run that a name follows, with the words in front of it and the name after it. */
function findTitle(words: Word[]): { prefix: Word[]; title: Word[]; name: Word[] } | null {
  for (let k = words.length - 2; k >= 0; k--) {
    if (!isTitleHead(words[k]) || has(words[k + 1], NAME_SUFFIXES)) continue;
    let start = k + 1;
    // The office: "Secretary of State Mike Pompeo", "Secretary of Homeland Security Kevin McAleenan".
    if (['of', 'for'].includes(words[start]?.lower ?? '')) {
      start += words[start + 1]?.lower === 'the' ? 2 : 1;
      const firstName = words.findIndex((w, i) => i >= start && isFirstName(w));
      start = firstName > start ? firstName : start + 1;
    }
    const name = words.slice(start);
    // "General Motors", "Chief Executive", "Justice Department": a weak title needs a full name after it.
    if (WEAK_TITLES.has(words[k]?.lower ?? '') && name.length === 1 && !isFirstName(name[0]) && !lexHas(name[0], ['LastName', 'Person'])) continue;
    // "CEO of New Media Investment Group", "President of France": the title names the body, not a person.
    const body = words.slice(k + 2).filter((w, i) => i > 0 || w.lower !== 'the');
    if (['of', 'for'].includes(words[k + 1]?.lower ?? '') && !body.some(isFirstName) && (isSuffix(body[body.length - 1]) || isKnownPlace(body.map((w) => w.lower).join(' ')))) {
      return { prefix: body, title: words.slice(0, k + 1), name: [] };
    }
    if (name.length === 0 || name.some((w) => NAME_JOINERS.has(w.lower))) continue;
    // "King Street", "General Assembly", "Captain America": before a suffix or a common word, the title is part of the name.
    const common = (name[0]?.lex.size ?? 0) > 0 && !lexHas(name[0], NAME_LEX);
    if (name.length === 1 && (isSuffix(name[0]) || has(name[0], EVENT_SUFFIXES) || common)) return null;
    let from = k;
    // "White House Press Secretary": "Press" belongs to the title; "Supreme Court Justice": "Court" does not.
    while (from > 0 && (isTitleHead(words[from - 1]) || has(words[from - 1], TITLE_MODIFIERS))) from--;
    return { prefix: stripLeadingTitles(words.slice(0, from)), title: words.slice(from, start), name };
  }
  return null;
}

const stripLeadingTitles = (words: Word[]): Word[] => {
  let start = 0;
  while (start < words.length && (has(words[start], TITLE_MODIFIERS) || isTitleHead(words[start]))) start++;
  return words.slice(start);
};

/**
 * Where one name runs into the next: after a country and before a person
 * ("Britain Liu Xiaming", "Ukraine Kurt Volker"), or after an organisation
 * and before a place ("National Security Council Ukraine"). 0 if nowhere.
 */
function runOnCut(words: Word[]): number {
  const whole = words.map((w) => w.lower).join(' ');
  if (isKnownPlace(whole) || KNOWN_ORGS.has(whole) || lexTags(whole).size > 0) return 0;
  for (let i = 1; i < words.length; i++) {
    const before = words.slice(0, i);
    const after = words.slice(i);
    const beforeText = before.map((w) => w.lower).join(' ').replace(/\.$/, '');
    const afterLast = after[after.length - 1];
    const named = (isKnownPlace(beforeText) && !isFirstName(before[0])) || KNOWN_ORGS.has(beforeText) || beforeText in ALIASES;
    const ended = named || (i >= 2 && isSuffix(before[i - 1]));
    const open = !isSuffix(afterLast) && !has(afterLast, EVENT_SUFFIXES);
    const personAfter = after.length >= 2 && after.length <= 3 && open &&
      after.every((w) => w.lex.size === 0 || lexHas(w, ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']));
    if (ended && personAfter) return i;
    // "US Chinook", "Kentucky GOP", "Hanoi Hilton": a country or city in front of a one-word name.
    if (named && after.length === 1 && open && !has(afterLast, COMPASS)) return i;
    if (i >= 2 && isSuffix(before[i - 1]) && isKnownPlace(after.map((w) => w.lower).join(' '))) return i;
  }
  return 0;
}

const COMPASS = new Set(['north', 'south', 'east', 'west', 'central']);

/**
 * "Afghan Taliban" → "Taliban" (but "American University" keeps its adjective); "The" that only
 * starts the sentence; "F Hamidou Diallo", a player's position, since no name starts with a bare letter.
 */
function stripLeading(words: Word[]): Word[] {
  let start = 0;
  const named = words.some((w, i) => i > 0 && (has(w, ORG_SUFFIXES) || has(w, ORG_HEADS)));
  while (start < words.length - 1) {
    const word = words[start] as Word;
    const adjective = (word.lex.has('Demonym') || GROUP_ADJECTIVES.has(word.lower)) && !named;
    const letter = /^\p{Lu}$/u.test(word.text) && !word.abbreviated;
    if (adjective || letter || (word.lower === 'the' && word.freeCase)) start++;
    else break;
  }
  return words.slice(start);
}
