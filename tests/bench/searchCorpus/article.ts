import { firstSentence, headline } from './headline';
import { otherScriptHeadline, otherScriptParagraph, pickScript } from './otherScripts';
import { ECONOMY_TOPIC, ORGS, PEOPLE, PHOTO_AGENCIES, PLACES, titleCaseCode, TOPICS } from './pools';
import { Random } from './random';
import type { ReutersStory } from './reutersStories';
import type { SearchDocument } from './searchDocument';
import { relatedStory, type StoryPool } from './storyPool';

/** What every article of one corpus is built from. */
export interface ArticleContext {
  seed: number;
  pool: StoryPool;
  bylines: readonly string[];
  sources: readonly string[];
  sourceWeights: Float64Array;
}

type Tag = SearchDocument['tags'][number];

const FIRST_DATE = Date.UTC(1987, 0, 1);
const LAST_DATE = Date.UTC(2026, 10, 15);
const MAX_STORIES = 6;
const MAX_PLACES = 5;
const WIRES = new Set(['Reuters', 'Associated Press', 'Agence France-Presse', 'dpa', 'EFE', 'ANSA', 'Xinhua', 'Kyodo News', 'Yonhap', 'Interfax']);
const DATELINE_STYLE: Record<string, string> = { Reuters: ' (Reuters) - ', 'Associated Press': ' (AP) — ', 'Agence France-Presse': ' (AFP) - ' };

/** Article n of the corpus: the same n and seed always give the same article. */
export function buildArticle(context: ArticleContext, n: number, idNumber: number): SearchDocument {
  const random = Random.forItem(context.seed, n);
  const { pool } = context;
  const { target, feature } = bodyTarget(random);
  const leadIndex = feature ? random.pick(pool.long) : (pool.order[n % pool.order.length] ?? 0);
  const { stories, paragraphs } = bodyParagraphs(random, pool, leadIndex, target);
  const lead = story(pool, leadIndex);
  const source = context.sources[random.weighted(context.sourceWeights)] ?? 'Reuters';
  const dek = firstSentence(paragraphs[0] ?? '');
  const city = lead.dateline.split(',')[0] ?? '';
  const style = DATELINE_STYLE[source] ?? (random.chance(0.3) ? ' — ' : null);
  if (city && style) paragraphs[0] = `${city}${style}${paragraphs[0] ?? ''}`;
  const firstPlace = lead.places[0];
  const title = headline(random, lead.title, stories.length > 1 ? story(pool, stories[1] ?? 0).title : null, firstPlace ? placeLabel(firstPlace) : null);
  const otherScript = random.chance(0.02) ? addOtherScript(random, paragraphs) : null;
  const credits = creditsFor(random, context.bylines);
  return {
    id: `a${String(idNumber).padStart(6, '0')}`,
    headline: otherScript?.headline ?? title,
    dek: otherScript?.dek ?? dek,
    body: paragraphs.join('\n\n'),
    tags: tagsFor(pool, stories),
    bylines: bylinesFor(random, context.bylines, source),
    section: sectionFor(random, lead),
    source,
    credits,
    date: random.chance(0.2) ? lead.date : spreadDate(random),
    unread: random.chance(0.7),
    starred: random.chance(0.03),
    updated: random.chance(0.05),
    hasImage: credits.length > 0,
  };
}

function story(pool: StoryPool, index: number): ReutersStory {
  const found = pool.stories[index];
  if (!found) throw new Error(`No seed story ${index} (the pool has ${pool.stories.length}).`);
  return found;
}

/**
 * How long the body should be, in characters: 10% briefs (400–900), 85%
 * log-normal around 2.7 KB, 5% features (7–11 KB). Averages ~3 KB.
 */
function bodyTarget(random: Random): { target: number; feature: boolean } {
  const roll = random.next();
  if (roll < 0.1) return { target: random.between(400, 900), feature: false };
  if (roll < 0.95) return { target: Math.min(7000, Math.max(900, random.logNormal(2700, 0.45))), feature: false };
  return { target: random.between(7000, 11_000), feature: true };
}

/** The lead story's opening paragraphs, then related stories' until the target is met: at least two stories, at most six. */
function bodyParagraphs(random: Random, pool: StoryPool, lead: number, target: number): { stories: number[]; paragraphs: string[] } {
  const stories = [lead];
  const used = new Set(stories);
  const paragraphs: string[] = [];
  let length = 0;
  const take = (index: number, budget: number): void => {
    let taken = 0;
    for (const paragraph of pool.paragraphs[index] ?? []) {
      if (taken > 0 && length >= budget) break;
      paragraphs.push(paragraph);
      length += paragraph.length + 2;
      taken++;
    }
  };
  take(lead, target * (0.45 + 0.3 * random.next()));
  while (stories.length < 2 || (length < target && stories.length < MAX_STORIES)) {
    const next = relatedStory(random, pool, lead, used, target - length > 1500);
    if (next === null) break;
    stories.push(next);
    used.add(next);
    take(next, target);
  }
  return { stories, paragraphs };
}

/**
 * Inserts one to three Cyrillic or Greek paragraphs (in ~2% of articles);
 * a quarter of those articles get a headline and standfirst in that script too.
 */
function addOtherScript(random: Random, paragraphs: string[]): { headline: string; dek: string } | null {
  const script = pickScript(random);
  const inserted = Array.from({ length: random.between(1, 3) }, () => otherScriptParagraph(random, script));
  for (const paragraph of inserted) paragraphs.splice(1 + random.int(paragraphs.length), 0, paragraph);
  return random.chance(0.25) ? { headline: otherScriptHeadline(random, script), dek: firstSentence(inserted[0] ?? '') } : null;
}

/** The lead story's topics; people, organisations and places from the first two stories. */
function tagsFor(pool: StoryPool, stories: readonly number[]): Tag[] {
  const tags: Tag[] = [];
  const seen = new Set<string>();
  const add = (tag: Tag): void => {
    const key = `${tag.entity ?? tag.kind}:${tag.label}`;
    if (seen.has(key)) return;
    seen.add(key);
    tags.push(tag);
  };
  const [lead, second] = stories.map((index) => story(pool, index));
  for (const topic of lead?.topics ?? []) {
    const entry = TOPICS[topic];
    add({ label: entry?.label ?? topic.replace(/-/g, ' '), kind: 'topic', code: entry?.code ?? ECONOMY_TOPIC });
  }
  for (const source of [lead, second]) {
    for (const person of source?.people ?? []) add({ label: PEOPLE[person] ?? titleCaseCode(person), kind: 'entity', code: null, entity: 'person' });
    for (const org of source?.orgs ?? []) add({ label: ORGS[org] ?? org.toUpperCase(), kind: 'entity', code: null, entity: 'org' });
    for (const place of (source?.places ?? []).slice(0, MAX_PLACES)) add({ label: placeLabel(place), kind: 'entity', code: null, entity: 'place' });
  }
  return tags;
}

function placeLabel(code: string): string {
  return PLACES[code] ?? titleCaseCode(code);
}

function sectionFor(random: Random, lead: ReutersStory): string | null {
  if (random.chance(0.04)) return null;
  for (const topic of lead.topics) {
    const entry = TOPICS[topic];
    if (entry) return entry.section;
  }
  if (lead.topics.length > 0) return 'Business';
  if (lead.places.includes('usa')) return 'Americas';
  return lead.places.length > 0 ? 'World' : 'Business';
}

/** Between 1987 and late 2026, denser toward the present as an archive is (density rising linearly). */
function spreadDate(random: Random): number {
  const when = FIRST_DATE + Math.sqrt(random.next()) * (LAST_DATE - FIRST_DATE);
  return Math.floor(when / 60_000) * 60_000;
}

/** Wire copy often runs without a byline; otherwise one reporter, sometimes two or three. */
function bylinesFor(random: Random, pool: readonly string[], source: string): string[] {
  if (WIRES.has(source) && random.chance(0.3)) return [];
  const roll = random.next();
  const count = roll < 0.8 ? 1 : roll < 0.95 ? 2 : 3;
  const names = new Set<string>();
  while (names.size < count) names.add(random.pick(pool));
  return [...names];
}

/** ~40% of articles have a picture, a few of them two. */
function creditsFor(random: Random, names: readonly string[]): string[] {
  if (!random.chance(0.4)) return [];
  return Array.from({ length: random.chance(0.15) ? 2 : 1 }, () => {
    const agency = random.pick(PHOTO_AGENCIES);
    return `Photo: ${random.pick(names)}/${agency === 'AFP' ? 'AFP via Getty Images' : agency}`;
  });
}
