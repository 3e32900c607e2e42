import nlp from 'compromise';
import type { EntityType, Tag } from '../../shared/model';
import { NAME_JOINERS, NEVER_ENTITIES, ORG_SUFFIXES, PLACE_ALIASES, PLACE_SUFFIXES, TITLE_WORDS } from './entityNames';

/**
 * People, places and organisations named in an article, as entity tags.
 *
 * compromise tags each word (Person, Place, Organization, Acronym…); its own
 * people()/places() groupings cut names badly in news copy (it reads
 * "Secretary of State Antony Blinken" as the place "State Antony"). So we
 * take its word tags, cut runs of capitalised words at punctuation, strip
 * titles, classify each run, and merge variants ("Gershkovich" into
 * "Evan Gershkovich", "US" into "United States").
 */

interface Word {
  text: string;
  /** Punctuation after the word ("," "." ")" …), which ends a name. */
  post: string;
  pre: string;
  tags: Set<string>;
}

interface Mention {
  words: Word[];
  /** A title came just before the name, so it is a person. */
  titled: boolean;
  /** An acronym in parentheses right after the name: "Federal Security Service (FSB)". */
  acronym: string | null;
}

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region', 'Address'];
const TIME_TAGS = ['Date', 'Month', 'WeekDay', 'Time', 'Holiday'];
const FUNCTION_TAGS = ['Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Adverb', 'Verb', 'QuestionWord'];

// A name is letters, digits and the punctuation names carry, and does not end
// in a lone initial ("Martin T" is a name cut short, not a name).
const WELL_FORMED = /^[\p{L}\p{N}][\p{L}\p{N}\p{M} .&'’-]*[\p{L}\p{N}.](?<!\s\p{L})$/u;

const clean = (text: string): string =>
  text.replace(/[’']s$/u, '').replace(/^[("“'‘[]+|[)"”'’\].,;:!?]+$/gu, '').trim();

const isCapitalised = (text: string): boolean => /^\p{Lu}/u.test(text);
const hasAny = (word: Word, tags: string[]): boolean => tags.some((tag) => word.tags.has(tag));
const endsName = (word: Word): boolean => /[,.;:!?()"“”[\]]|[’']s\b/u.test(word.post + word.text.slice(-2));

function readWords(paragraph: string): Word[] {
  const terms = nlp(paragraph).terms().json() as Array<{ text: string; terms: Array<{ pre: string; post: string; tags: string[] }> }>;
  return terms.map((term) => {
    const inner = term.terms[0];
    return { text: term.text, pre: inner?.pre ?? '', post: inner?.post ?? '', tags: new Set(inner?.tags ?? []) };
  });
}

const commonWords = new Map<string, boolean>();
/** "In", "According": capitalised only because a sentence starts with them. */
function isCommonWord(lower: string): boolean {
  let common = commonWords.get(lower);
  if (common === undefined) {
    const tags = (nlp(lower).terms().json() as Array<{ terms: Array<{ tags: string[] }> }>)[0]?.terms[0]?.tags ?? [];
    common = FUNCTION_TAGS.some((tag) => tags.includes(tag)) || NEVER_ENTITIES.has(lower);
    commonWords.set(lower, common);
  }
  return common;
}

function isNameWord(word: Word): boolean {
  const bare = clean(word.text);
  if (!isCapitalised(bare) || hasAny(word, TIME_TAGS) || word.tags.has('Demonym')) return false;
  return word.tags.has('ProperNoun') || word.tags.has('Acronym') || hasAny(word, PERSON_TAGS) || hasAny(word, PLACE_TAGS) || word.tags.has('Organization');
}

/** Runs of name words in one paragraph, cut at punctuation and possessives. */
function findMentions(words: Word[]): Mention[] {
  const mentions: Mention[] = [];
  let run: Word[] = [];
  const flush = (): void => {
    while (run.length > 0 && NAME_JOINERS.has(clean(run[run.length - 1]?.text ?? '').toLowerCase())) run.pop();
    if (run.length > 0) mentions.push(stripTitle(run));
    run = [];
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    const bare = clean(word.text);
    const nextWord = words[i + 1];
    // "Bank of England" joins; "Center for Public Relations of Russia's …" stops before the country.
    const joiner =
      NAME_JOINERS.has(bare.toLowerCase()) &&
      run.some((w) => ORG_SUFFIXES.has(clean(w.text).toLowerCase()) || TITLE_WORDS.has(clean(w.text).toLowerCase())) &&
      !(nextWord && (/[’']s$/u.test(nextWord.text) || (nextWord.tags.has('Country') && endsName(nextWord))));
    // An opening bracket or quote starts a new name.
    if (/[("“]/.test(word.pre)) flush();
    const previous = mentions[mentions.length - 1];
    if (word.pre.includes('(') && word.tags.has('Acronym') && previous && previous.acronym === null && previous.words.length > 1) {
      previous.acronym = bare;
      continue;
    }
    if (isNameWord(word) || (joiner && run.length > 0) || (run.length > 0 && TITLE_WORDS.has(bare.toLowerCase()))) {
      run.push(word);
      if (endsName(word)) flush();
    } else {
      flush();
    }
  }
  flush();
  return mentions;
}

/** "Foreign Minister Sergey Lavrov" → "Sergey Lavrov", remembering that a title came first. */
function stripTitle(run: Word[]): Mention {
  let start = 0;
  let titled = false;
  for (let i = 0; i < run.length; i++) {
    const lower = clean(run[i]?.text ?? '').toLowerCase();
    if (TITLE_WORDS.has(lower)) {
      start = i + 1;
      titled = true;
      // The office after a title: "Secretary of State", "Minister for Health".
      if (['of', 'for'].includes(clean(run[i + 1]?.text ?? '').toLowerCase()) && i + 3 < run.length + 1) {
        start = i + 3;
        i += 2;
      }
    }
  }
  const rest = run.slice(start);
  // "King Street", "General Motors": a title word that is part of the name itself.
  if (titled && rest.length === 1 && !hasAny(rest[0] as Word, PERSON_TAGS)) return { words: run, titled: false, acronym: null };
  // A title with nothing after it names nobody.
  return { words: rest, titled, acronym: null };
}

function classify(mention: Mention): EntityType | null {
  const words = mention.words;
  const last = clean(words[words.length - 1]?.text ?? '').toLowerCase();
  if (words.length > 1 && PLACE_SUFFIXES.has(last)) return 'place';
  if (ORG_SUFFIXES.has(last) || words.some((w) => w.tags.has('Organization'))) return 'org';
  // "Center for Public Relations", "Ministry of Defence", "University of Oxford".
  const [first, second] = words.map((w) => clean(w.text).toLowerCase());
  if (words.length > 2 && ORG_SUFFIXES.has(first ?? '') && NAME_JOINERS.has(second ?? '')) return 'org';
  if (mention.titled && words.length >= 2) return 'person';
  if (words.length >= 2 && words[0]?.tags.has('FirstName') === true && !words.some((w) => w.tags.has('Country'))) return 'person';
  if (words.some((w) => hasAny(w, PERSON_TAGS)) && !words.some((w) => w.tags.has('Country'))) return 'person';
  if (words.some((w) => hasAny(w, PLACE_TAGS))) return 'place';
  if (words.length === 1 && words[0]?.tags.has('Acronym')) return 'org';
  return null;
}

interface Found {
  label: string;
  type: EntityType;
  count: number;
  /** compromise knew the single word only as a first name ("Evan"). */
  firstNameOnly: boolean;
}

function labelOf(mention: Mention, type: EntityType): string {
  const text = mention.words.map((w) => clean(w.text)).join(' ').replace(/\s+/g, ' ').trim();
  if (type === 'place') return PLACE_ALIASES[text.toLowerCase()] ?? text;
  // An organisation defined with its acronym is filed under the acronym newsrooms use.
  if (type === 'org' && mention.acronym) return mention.acronym;
  return text;
}

/** Entity tags for an article's body paragraphs, most mentioned first. */
export function extractEntities(paragraphs: string[]): Tag[] {
  const found = new Map<string, Found>();
  const add = (label: string, type: EntityType, firstNameOnly: boolean): void => {
    if (label.length < 2 || NEVER_ENTITIES.has(label.toLowerCase()) || !WELL_FORMED.test(label)) return;
    const key = `${type}:${label.toLowerCase()}`;
    const entry = found.get(key);
    if (entry) entry.count++;
    else found.set(key, { label, type, count: 1, firstNameOnly });
  };
  const paragraphWords = paragraphs.map(readWords);
  // compromise tags "Russian" a demonym in one sentence and an organisation in the next.
  const demonyms = new Set(paragraphWords.flat().filter((w) => w.tags.has('Demonym')).map((w) => clean(w.text)));
  for (const words of paragraphWords) {
    for (const mention of findMentions(words)) {
      if (mention.words.length === 0) continue;
      const only = mention.words.length === 1 ? clean(mention.words[0]?.text ?? '') : null;
      if (only !== null && (demonyms.has(only) || isCommonWord(only.toLowerCase()))) continue;
      const type = classify(mention);
      if (!type) continue;
      const single = mention.words.length === 1 ? mention.words[0] : undefined;
      const firstNameOnly = single !== undefined && single.tags.has('FirstName') && !single.tags.has('LastName');
      add(labelOf(mention, type), type, firstNameOnly);
    }
  }
  return mergeVariants([...found.values()]).map(({ label, type }) => ({ label, kind: 'entity', code: null, entity: type }));
}

/**
 * Folds short mentions into the full name they refer to ("Whelan" → "Paul Whelan"),
 * drops lone first names and one-word people nobody named in full, and
 * orders the rest by how often they are mentioned.
 */
function mergeVariants(entries: Found[]): Found[] {
  const people = entries.filter((e) => e.type === 'person' && e.label.includes(' '));
  const kept: Found[] = [];
  for (const entry of entries) {
    if (entry.type === 'person' && !entry.label.includes(' ')) {
      const full = people.find((p) => p.label.split(' ').at(-1) === entry.label);
      if (full) full.count += entry.count;
      continue; // a lone name: either folded into the full name, or too thin to tag
    }
    if (entry.firstNameOnly) continue;
    const sameLabel = kept.find((k) => k.label.toLowerCase() === entry.label.toLowerCase());
    if (sameLabel) {
      sameLabel.count += entry.count;
      continue;
    }
    kept.push(entry);
  }
  // A single word known to be a person's surname elsewhere is not also a place or org.
  return kept.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
