import type { EntityType } from '../model';
import {
  EVENT_SUFFIXES, GROUP_ADJECTIVES, NEVER_ENTITIES, ORG_HEADS, ORG_PREFIXES, ORG_SUFFIXES, PLACE_HEADS, PLACE_SUFFIXES,
  PUBLICATIONS, TITLE_HEADS, TITLE_MODIFIERS,
} from './entityNames';
import { isFirstName, type Mention } from './entityMentions';
import { isKnownPlace, lexTags, type Word } from './entityWords';
import { ALIASES, KNOWN_ORGS, KNOWN_PLACES, STATE_ABBREVIATIONS } from './knownNames';

/**
 * What a mention names and how it is labelled. A one-word mention that may
 * only be someone's surname ("Whelan", "King") comes back untyped, to be
 * folded into the full name later or dropped.
 */

export interface Candidate {
  label: string;
  /** null: not an entity on its own, but it may be the surname of a person named in full. */
  type: EntityType | null;
  titled: boolean;
  /** compromise knows the one word only as a first name ("Evan"). */
  firstNameOnly: boolean;
}

// A label is letters, digits and the punctuation names carry, and does not end
// in a lone initial ("Martin T" is a name cut short, not a name).
const WELL_FORMED = /^[\p{L}\p{N}][\p{L}\p{N}\p{M} .&'’-]*[\p{L}\p{N}](?<!\s\p{L})$/u;

/** Lower-case nouns that, right after a name, make it an organisation's. */
const ORG_NOUNS = new Set(['newspaper', 'paper', 'magazine', 'company', 'firm', 'group', 'agency', 'party', 'school', 'schools', 'university', 'network', 'channel', 'broadcaster', 'station', 'airline', 'club', 'team', 'union', 'daily', 'bank', 'carmaker', 'retailer', 'insurer']);

/** Lower-case nouns that, right after a name, make it a place's: "Hoa Lo prison", "Logar province". */
const PLACE_NOUNS = new Set(['prison', 'jail', 'airport', 'stadium', 'town', 'village', 'province', 'district', 'county', 'region', 'valley', 'island', 'port', 'border', 'settlement']);

/** First words of place names: "San Ysidro", "Fort Worth", "Lake Tahoe", "El Paso". */
const PLACE_PREFIXES = new Set(['san', 'santa', 'santo', 'sao', 'são', 'saint', 'st', 'ste', 'fort', 'ft', 'port', 'mount', 'mt', 'lake', 'cape', 'los', 'las', 'el', 'puerto', 'rio']);

/** Lower-case nouns that, right after one name, make it a person's: "the Trump administration". */
const PERSON_NOUNS = new Set(['administration', 'presidency']);

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'];
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];
const ORG_TAGS = ['Organization', 'SportsTeam'];
const PERSONAL_LEX = ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'];

const lexHas = (word: Word | undefined, tags: string[]): boolean => word !== undefined && tags.some((tag) => word.lex.has(tag));
const lexOf = (lower: string, tags: string[]): boolean => tags.some((tag) => lexTags(lower).has(tag));

/** The label as printed: "Sonya A. Zoghlin", "People’s Daily", with no full stop at the end. */
function labelOf(words: Word[]): string {
  return words
    .map((w, i) => {
      const inside = i < words.length - 1;
      return w.text + (inside && w.possessive !== null ? w.possessive : '') + (inside && w.abbreviated && !w.text.endsWith('.') ? '.' : '');
    })
    .join(' ')
    .replace(/\.+$/, '');
}

export function classify(mention: Mention): Candidate | null {
  const words = mention.words;
  const key = words.map((w) => w.lower).join(' ').replace(/\.+$/, '');
  const make = (label: string, type: EntityType | null, firstNameOnly = false): Candidate | null =>
    label.length >= 2 && WELL_FORMED.test(label) && !NEVER_ENTITIES.has(label.toLowerCase()) ? { label, type, titled: mention.titled, firstNameOnly } : null;

  const alias = ALIASES[key];
  if (alias) return make(alias.label, alias.type);
  const only = words.length === 1 ? words[0] : undefined;
  const state = only?.abbreviated === true ? STATE_ABBREVIATIONS[key] : undefined;
  if (state) return make(state, 'place');
  if (mention.acronym !== null) {
    const named = ALIASES[mention.acronym.toLowerCase()];
    return named ? make(named.label, named.type) : make(mention.acronym, 'org');
  }
  const label = mention.style !== null ? `${mention.style} ${labelOf(words)}` : labelOf(words);
  const type = only ? typeOfOne(only, mention.titled) : typeOfMany(words, key, mention.titled);
  const firstNameOnly = only !== undefined && isFirstName(only) && !only.lex.has('LastName') && !mention.titled;
  return byNounAfter(mention, label, type, make) ?? make(label, type, firstNameOnly);
}

/**
 * The lower-case noun right after a name says what it names: "the official
 * International Business newspaper", "Hoa Lo prison", "the Trump
 * administration". Null when it says nothing.
 */
function byNounAfter(mention: Mention, label: string, type: EntityType | null, make: (label: string, type: EntityType) => Candidate | null): Candidate | null {
  const after = mention.nounAfter;
  const words = mention.words;
  const only = words.length === 1 ? words[0] : undefined;
  if (after === null || mention.titled) return null;
  // "the Communist party", "Democratic Progressive party": an adjective before the noun is no name.
  const adjective = only !== undefined &&
    (GROUP_ADJECTIVES.has(only.lower) || only.lex.has('Demonym') || only.lex.has('Adjective') || only.tags.has('Adjective') || /(?:ive|ic|ist|al)$/.test(only.lower));
  if (adjective) return null;
  if (ORG_NOUNS.has(after) && type !== 'place' && (type !== 'person' || !isFirstName(words[0]))) return make(label, 'org');
  if (PLACE_NOUNS.has(after) && type !== 'org') return make(label, 'place');
  // Only a person has an administration, and saying so is as good as a title: the lone surname is kept.
  if (PERSON_NOUNS.has(after) && only && (type === 'person' || type === 'org') && !isFirstName(only)) {
    const person = make(label, 'person');
    return person && { ...person, titled: true };
  }
  return null;
}

function typeOfOne(word: Word, titled: boolean): EntityType | null {
  const lower = word.lower;
  if (KNOWN_ORGS.has(lower)) return 'org';
  if (PUBLICATIONS.has(lower) && !word.freeCase) return 'org'; // "the Tribune", "the Post"
  // Words that name nothing alone: "Republican", "President", "Office", "Cup", "Fort".
  const generic = [GROUP_ADJECTIVES, TITLE_HEADS, TITLE_MODIFIERS, ORG_SUFFIXES, PLACE_SUFFIXES, EVENT_SUFFIXES, PLACE_PREFIXES].some((list) => list.has(lower));
  if (generic) return null;
  if (titled) return 'person';
  // The word's own lexicon entry, not the phrase's: "Kan" without its full stop is not Kansas.
  const listed = KNOWN_PLACES.has(lower) || ALIASES[lower]?.type === 'place';
  if (word.dateline || listed || lexHas(word, PLACE_TAGS) || (word.lex.size === 0 && isKnownPlace(lower))) return 'place';
  if (word.lex.has('Demonym') || word.tags.has('Demonym')) return null; // "Chinese officials"
  if (lexHas(word, ORG_TAGS)) return 'org';
  if (lexHas(word, PERSONAL_LEX)) return 'person';
  if (word.acronym) return 'org';
  if (word.tags.has('Organization')) return 'org';
  if (PERSON_TAGS.some((tag) => word.tags.has(tag))) return 'person';
  // A word compromise has never seen, read as a place from its sentence ("the port city of Basra").
  if (word.lex.size === 0 && PLACE_TAGS.some((tag) => word.tags.has(tag))) return 'place';
  return null;
}

function typeOfMany(words: Word[], key: string, titled: boolean): EntityType | null {
  const first = words[0] as Word;
  const last = words[words.length - 1] as Word;
  // "Union-Tribune" ends like "Tribune".
  const end = last.lower.split('-').pop() ?? last.lower;
  const of = words.findIndex((w) => ['of', 'for', 'on'].includes(w.lower));
  const beforeOf = of > 0 ? (words[of - 1] as Word).lower : '';
  if (EVENT_SUFFIXES.has(end) || last.lex.has('Demonym')) return null;
  if (titled) return 'person';
  // An office without a holder: "Secretary of State", "Prime Minister".
  if ((TITLE_HEADS.has(first.lower) || TITLE_MODIFIERS.has(first.lower)) && !ORG_SUFFIXES.has(end) && !PLACE_SUFFIXES.has(end)) {
    if (words.every((w) => TITLE_HEADS.has(w.lower) || TITLE_MODIFIERS.has(w.lower) || ['of', 'for', 'the'].includes(w.lower) || !lexHas(w, PERSONAL_LEX))) return null;
  }
  if (isKnownPlace(key)) return 'place';
  if (KNOWN_ORGS.has(key) || lexOf(key, ORG_TAGS) || ORG_PREFIXES.has(first.lower)) return 'org';
  if (words.every((w) => w.dateline)) return 'place';
  // "Diplomatic Academy of Vietnam", "U.S. Attorney’s Office for the Western District of New York".
  if (ORG_SUFFIXES.has(beforeOf) || ORG_HEADS.has(beforeOf)) return 'org';
  if (PLACE_SUFFIXES.has(beforeOf) || PLACE_HEADS.has(beforeOf)) return 'place';
  if (PLACE_SUFFIXES.has(end)) return 'place';
  if (ORG_SUFFIXES.has(end)) return 'org';
  if (PLACE_PREFIXES.has(first.lower.replace(/\.$/, ''))) return 'place'; // "San Ysidro", "Fort Worth", "St. Joseph"
  if (first.lower === 'the') return 'org'; // "The Times", "The Real Deal": a title in capitals mid-sentence
  const placeWord = words.some((w) => isKnownPlace(w.lower)) || hasPlaceSpan(words);
  if (isFirstName(first) && words.length <= 4 && !words.slice(1).some((w) => isKnownPlace(w.lower))) return 'person';
  // Every word a name compromise knows as personal, or does not know at all: "Zabihullah Mujahid".
  const personal = words.length <= 3 && words.every((w) => (w.lex.size === 0 && !w.acronym) || lexHas(w, PERSONAL_LEX)) && !placeWord;
  const votes = { person: 0, place: 0, org: 0 };
  for (const w of words) {
    if (PERSON_TAGS.some((tag) => w.tags.has(tag))) votes.person++;
    if (PLACE_TAGS.some((tag) => w.tags.has(tag))) votes.place++;
    if (ORG_TAGS.some((tag) => w.tags.has(tag))) votes.org++;
  }
  if (placeWord && !isFirstName(first)) return 'place';
  // compromise's sentence tags drift onto neighbours ("Britain Liu Xiaming" all read as a place), so a name
  // that looks personal is a person unless none of it is a known personal name and compromise reads more
  // of it as an organisation than as a person.
  if (personal && (words.some((w) => lexHas(w, PERSONAL_LEX)) || votes.org <= votes.person)) return 'person';
  if (votes.org > 0 && votes.org >= votes.person && votes.org >= votes.place) return 'org';
  if (votes.person > 0 && votes.person >= votes.place) return 'person';
  if (votes.place > 0) return 'place';
  return null;
}

/** "San Francisco" inside "San Francisco Bay Area": a known place two or three words long. */
function hasPlaceSpan(words: Word[]): boolean {
  for (let length = 2; length <= 3; length++) {
    for (let i = 0; i + length <= words.length; i++) {
      if (isKnownPlace(words.slice(i, i + length).map((w) => w.lower).join(' '))) return true;
    }
  }
  return false;
}
