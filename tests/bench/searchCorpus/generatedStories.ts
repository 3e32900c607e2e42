import { ENGLISH_WORDS } from './englishWords';
import { ORGS, PEOPLE, TOPICS } from './pools';
import { cumulative, Random } from './random';
import type { ReutersStory } from './reutersStories';

/**
 * Stand-in stories for when Reuters-21578 is not on this machine: the same
 * shape and roughly the same lengths, in a vocabulary of ~50,000 words whose
 * frequencies follow Zipf's law (real English words at the head, made-up
 * ones in the tail), so an index sees a realistic spread of common and rare
 * terms even if the prose is nonsense.
 */
const VOCABULARY_SIZE = 50_000;
/** Zipf–Mandelbrot: weight 1 / (rank + Q)^S. S ≈ 1 is what English text shows. */
const S = 1.05;
const Q = 2.7;

const ONSETS = ['b', 'br', 'c', 'ch', 'd', 'dr', 'f', 'g', 'gr', 'h', 'k', 'l', 'm', 'n', 'p', 'pl', 'pr', 'r', 's', 'sh', 'st', 't', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'io'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 'nd', 'st', 'm', 'x'];
const CITIES = ['NEW YORK', 'LONDON', 'TOKYO', 'WASHINGTON', 'CHICAGO', 'PARIS', 'FRANKFURT', 'BONN', 'SYDNEY', 'TORONTO', 'HONG KONG', 'SINGAPORE', 'BRUSSELS', 'ZURICH', 'OTTAWA'];
const PLACE_CODES = ['usa', 'uk', 'japan', 'canada', 'west-germany', 'france', 'brazil', 'australia', 'china', 'ussr', 'switzerland', 'belgium', 'netherlands', 'iran', 'italy', 'hong-kong', 'philippines', 'taiwan', 'spain', 'south-africa', 'sweden', 'new-zealand', 'south-korea', 'indonesia', 'iraq', 'argentina', 'saudi-arabia', 'india', 'mexico', 'norway'];
const MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct'];

interface Vocabulary {
  words: string[];
  weights: Float64Array;
}

export function generateStories(count: number, seed: number): ReutersStory[] {
  const random = new Random(seed ^ 0x5a17);
  const vocabulary = makeVocabulary(random);
  const topicCodes = Object.keys(TOPICS);
  // The table is in frequency order; a Zipf weight over it mimics the real skew (earn ≫ rice).
  const topicWeights = cumulative(topicCodes.map((_, rank) => 1 / (rank + 1)));
  const stories: ReutersStory[] = [];
  for (let i = 0; i < count; i++) {
    const topics = random.chance(0.55) ? [topicCodes[random.weighted(topicWeights)] ?? 'earn'] : [];
    const topicWord = topics[0] ? (TOPICS[topics[0]]?.label ?? '') : '';
    const date = Date.UTC(1987, 1, 26) + random.int(240 * 86_400_000);
    stories.push({
      title: title(random, vocabulary, topicWord).toUpperCase(),
      dateline: `${random.pick(CITIES)}, ${random.pick(MONTHS)} ${random.between(1, 28)}`,
      body: body(random, vocabulary, topicWord),
      date,
      topics,
      places: random.chance(0.9) ? [random.chance(0.55) ? 'usa' : random.pick(PLACE_CODES)] : [],
      people: random.chance(0.05) ? [random.pick(Object.keys(PEOPLE))] : [],
      orgs: random.chance(0.06) ? [random.pick(Object.keys(ORGS))] : [],
    });
  }
  return stories;
}

function makeVocabulary(random: Random): Vocabulary {
  const seen = new Set(ENGLISH_WORDS);
  const invented: string[] = [];
  while (seen.size < VOCABULARY_SIZE) {
    const word = inventWord(random);
    if (!seen.has(word)) {
      seen.add(word);
      invented.push(word);
    }
  }
  const words = [...ENGLISH_WORDS, ...invented];
  return { words, weights: cumulative(words.map((_, rank) => 1 / (rank + Q) ** S)) };
}

function inventWord(random: Random): string {
  let word = '';
  for (let syllables = random.between(2, 4); syllables > 0; syllables--) word += random.pick(ONSETS) + random.pick(VOWELS);
  return word + random.pick(CODAS);
}

function title(random: Random, vocabulary: Vocabulary, topicWord: string): string {
  const words = Array.from({ length: random.between(3, 8) }, () => vocabulary.words[random.weighted(vocabulary.weights)] ?? '');
  if (topicWord) words.splice(random.int(words.length), 0, topicWord);
  return words.join(' ');
}

/** Story lengths as the wire's: median ~550 bytes, a long tail to ~9 KB. */
function body(random: Random, vocabulary: Vocabulary, topicWord: string): string {
  const target = Math.min(9000, Math.max(120, random.logNormal(550, 0.85)));
  const paragraphs: string[] = [];
  let length = 0;
  while (length < target) {
    const sentences = Array.from({ length: random.between(1, 3) }, () => sentence(random, vocabulary, random.chance(0.3) ? topicWord : ''));
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

function sentence(random: Random, vocabulary: Vocabulary, topicWord: string): string {
  const words: string[] = [];
  for (let n = random.between(8, 28); n > 0; n--) {
    const roll = random.next();
    if (roll < 0.04) words.push(String(random.between(2, 999)) + (random.chance(0.5) ? `.${random.between(1, 9)}` : ''));
    else if (roll < 0.08) words.push(capitalize(vocabulary.words[2000 + random.int(vocabulary.words.length - 2000)] ?? ''));
    else words.push(vocabulary.words[random.weighted(vocabulary.weights)] ?? '');
    if (random.chance(0.06)) words.push(`${words.pop() ?? ''},`);
  }
  if (topicWord) words.splice(random.int(words.length), 0, topicWord);
  return `${capitalize(words.join(' ').replace(/,$/, ''))}.`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
