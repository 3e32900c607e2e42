import { describe, expect, it } from 'vitest';
import type { Tag } from '../../../shared/model';
import { extractEntities } from '../../../shared/entities/entityTagger';
import { ENTITY_STORIES } from './entityStories';
import { readStory } from './readStory';

/** Words that are never a tag on their own: pronouns, days, months, bare titles, sentence openers. */
const NEVER = [
  'I', 'He', 'She', 'It', 'We', 'They', 'You', 'His', 'Her', 'Their', 'The', 'A', 'An', 'This', 'That', 'However', 'According',
  'Although', 'Meanwhile', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February',
  'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'President', 'Secretary',
  'Minister', 'Prime Minister', 'Senator', 'Governor', 'Ambassador', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sen', 'Rep', 'Gov',
];

const labels = (tags: Tag[]): string[] => tags.map((t) => t.label);
const typeOf = (tags: Tag[], label: string): string | undefined => tags.find((t) => t.label === label)?.entity;

describe('the story list', () => {
  it('holds the seed and at least 20 other real stories, each with expectations', () => {
    expect(ENTITY_STORIES.filter((s) => s.source.from !== 'seed').length).toBeGreaterThanOrEqual(20);
    expect(new Set(ENTITY_STORIES.map((s) => s.id)).size).toBe(ENTITY_STORIES.length);
    for (const story of ENTITY_STORIES) {
      expect(story.expected.length, story.id).toBeGreaterThan(0);
      expect(story.forbidden.filter((label) => story.expected.some((e) => e.label === label)), story.id).toEqual([]);
    }
  });
});

describe('entity tags on real news stories', () => {
  for (const story of ENTITY_STORIES) {
    it(`${story.id}: ${story.about}`, () => {
      const tags = extractEntities(readStory(story.source));
      const wrong = story.expected
        .filter((e) => typeOf(tags, e.label) !== e.entity)
        .map((e) => `${e.label}: want ${e.entity}, got ${typeOf(tags, e.label) ?? 'nothing'}`);
      expect(wrong, 'expected entities, with their types').toEqual([]);
      expect(story.forbidden.filter((label) => labels(tags).includes(label)), 'forbidden labels').toEqual([]);

      // Whatever else it finds: one tag per name, well formed, never a bare pronoun, date or title.
      expect(tags.every((t) => t.kind === 'entity' && t.code === null && t.entity !== undefined)).toBe(true);
      expect(new Set(labels(tags).map((l) => l.toLowerCase())).size).toBe(tags.length);
      expect(labels(tags).filter((l) => !/^[\p{Lu}\d]/u.test(l) || /[,.;:"()\s]$/u.test(l))).toEqual([]);
      expect(labels(tags).filter((l) => NEVER.includes(l))).toEqual([]);
    });
  }
});

describe('variants of one name become one tag', () => {
  it('"Blinken" after "Antony Blinken" is the same person, under the full name', () => {
    const tags = extractEntities([
      'Secretary of State Antony Blinken met Foreign Minister Sergey Lavrov in Geneva.',
      'Blinken said the talks were useful, and Lavrov agreed.',
    ]);
    expect(tags.filter((t) => t.entity === 'person').map((t) => t.label)).toEqual(['Antony Blinken', 'Sergey Lavrov']);
  });

  it('"US", "U.S.", "United States" and "America" are one place, the United States', () => {
    const tags = extractEntities([
      'The US and Russia are talking, U.S. officials said.',
      'The United States wants a deal. America will not wait, the USA ambassador added.',
    ]);
    expect(tags).toEqual([
      { label: 'United States', kind: 'entity', code: null, entity: 'place' },
      { label: 'Russia', kind: 'entity', code: null, entity: 'place' },
    ]);
  });

  it('"UK", "U.K.", "Britain" and "United Kingdom" are one place; "EU"/"European Union" and "UN"/"United Nations" one organisation each', () => {
    const tags = extractEntities([
      'Britain said the UK would stay close to the EU after the vote.',
      'The U.K. and the European Union told the United Nations that the United Kingdom backs the UN plan.',
    ]);
    expect(labels(tags).sort()).toEqual(['European Union', 'United Kingdom', 'United Nations']);
    expect(typeOf(tags, 'United Kingdom')).toBe('place');
    expect(typeOf(tags, 'European Union')).toBe('org');
    expect(typeOf(tags, 'United Nations')).toBe('org');
  });

  it('a title and a surname are the person named in full ("Vice President Biden" is Joe Biden)', () => {
    const tags = extractEntities(['Joe Biden spoke first.', 'Later, Vice President Biden met President Trump.']);
    expect(labels(tags)).toEqual(['Joe Biden', 'Trump']);
    expect(tags.every((t) => t.entity === 'person')).toBe(true);
  });

  it('a short first name is the same person ("Pat Carlineo" is "Patrick Carlineo Jr.")', () => {
    const tags = extractEntities(['Patrick Carlineo Jr., 55, pleaded guilty.', '“Pat Carlineo is passionate,” she said.']);
    expect(labels(tags)).toEqual(['Patrick Carlineo Jr']);
  });

  it('an acronym and its organisation are one tag', () => {
    const tags = extractEntities(['The Centers for Disease Control issued guidance.', 'The CDC said the vaccine was safe.']);
    expect(tags).toEqual([{ label: 'CDC', kind: 'entity', code: null, entity: 'org' }]);
  });
});

describe('no junk', () => {
  it('no pronouns, however they are capitalised', () => {
    expect(extractEntities(['He said so. She agreed. They left, and It was over.', '“We will win,” I said. You know it.'])).toEqual([]);
  });

  it('no lone first names', () => {
    const tags = extractEntities(['Maria told reporters she would stay.', 'Evan Gershkovich was detained. Evan denies it.']);
    expect(labels(tags)).toEqual(['Evan Gershkovich']);
  });

  it('no common words that only start a sentence, no days or months, no titles alone', () => {
    const tags = extractEntities([
      'However, the plan failed. According to officials, The President will speak on Monday.',
      'In March the Prime Minister resigned. Recent polls disagree. Plague can be fatal; the plague spread.',
    ]);
    expect(tags).toEqual([]);
  });

  it('no fragments: titles come off, and names run together are cut apart', () => {
    const tags = extractEntities([
      'US Secretary of State Antony Blinken told Fox News the talks continue.',
      'China’s ambassador to Britain Liu Xiaming spoke to the Miami Herald and Kansas City Star.',
      'President Trump and President Zelenskyy spoke by phone.',
    ]);
    expect(labels(tags).sort()).toEqual(
      ['Antony Blinken', 'China', 'Fox News', 'Kansas City Star', 'Liu Xiaming', 'Miami Herald', 'Trump', 'United Kingdom', 'United States', 'Zelenskyy'].sort(),
    );
    expect(typeOf(tags, 'Liu Xiaming')).toBe('person');
    expect(typeOf(tags, 'Kansas City Star')).toBe('org');
  });

  it('no demonyms or party adjectives on their own', () => {
    const tags = extractEntities(['Chinese officials and Republican lawmakers met Russian diplomats and Jewish leaders in Vienna.']);
    expect(tags).toEqual([{ label: 'Vienna', kind: 'entity', code: null, entity: 'place' }]);
  });
});

describe('types', () => {
  it('people, countries and cities, organisations', () => {
    const tags = extractEntities(['Chancellor Angela Merkel flew from Berlin to Paris for talks at the World Bank and the Bank of England.']);
    expect(tags.map((t) => [t.label, t.entity])).toEqual([
      ['Angela Merkel', 'person'],
      ['Berlin', 'place'],
      ['Paris', 'place'],
      ['World Bank', 'org'],
      ['Bank of England', 'org'],
    ]);
  });
});
