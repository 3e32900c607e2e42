import { describe, expect, it } from 'vitest';
import { TopicSuggester } from '../../../shared/tags/topicSuggester';
import { vocabulary } from './vocabularyFixture';

const suggester = new TopicSuggester(vocabulary());
const suggest = (headline: string, text: string, tags: Parameters<TopicSuggester['suggest']>[0]['tags'] = [], exclude?: Set<string>) =>
  suggester.suggest({ headline, text, tags }, exclude ? { exclude } : {});

const QUAKE = [
  'Strong earthquake hits New Zealand',
  'A strong earthquake measuring 6.2 on the Richter scale shook the North Island on Monday, damaging buildings and cutting power. Seismologists said aftershocks were likely. Emergency services were checking for injuries after the quake.',
] as const;

describe('topic suggestions', () => {
  it('ranks the topic the story is about first, with the words that led to it', () => {
    const [first] = suggest(...QUAKE);
    expect(first).toMatchObject({ code: 'medtop:20000153', label: 'earthquake', path: 'disaster, accident and emergency incident › disaster › natural disaster › earthquake' });
    expect(first?.reason).toContain('earthquake');
  });

  it('gives at most five, best first, one per line of descent', () => {
    const list = suggest(...QUAKE);
    expect(list.length).toBeLessThanOrEqual(5);
    expect(list.map((s) => s.score)).toEqual([...list.map((s) => s.score)].sort((a, b) => b - a));
    const topics = vocabulary();
    for (const a of list) for (const b of list) if (a !== b) expect(topics.isWithin(a.code, b.code)).toBe(false);
  });

  it('takes a subject the source sent, by code or by a label that names a topic, almost as given', () => {
    const text = 'Shares in the company rose after the announcement on Tuesday.';
    expect(suggest('Company news', text, [{ label: 'Sport', kind: 'source', code: 'medtop:15000000' }])[0]).toMatchObject({ code: 'medtop:15000000' });
    expect(suggest('Company news', text, [{ label: 'Sport', kind: 'source', code: 'medtop:15000000' }])[0]?.reason[0]).toBe('Sport');
    expect(suggest('Company news', text, [{ label: 'http://cv.iptc.org/newscodes/mediatopic/20000153', kind: 'source', code: 'http://cv.iptc.org/newscodes/mediatopic/20000153' }])[0]?.code).toBe('medtop:20000153');
    expect(suggest('Company news', text, [{ label: 'Earthquake', kind: 'source', code: null }])[0]?.code).toBe('medtop:20000153');
  });

  it('never offers a retired topic, even when the source sends it', () => {
    const list = suggest('A new musical opens', 'The music theatre production opened on Broadway with songs and dialogue.', [{ label: 'music theatre', kind: 'source', code: 'medtop:20000030' }]);
    expect(list.map((s) => s.code)).not.toContain('medtop:20000030');
    for (const s of list) expect(vocabulary().get(s.code)?.retired).toBe(false);
  });

  it('leaves out topics already on the article or rejected for it', () => {
    const list = suggest(...QUAKE, [], new Set(['medtop:20000153']));
    expect(list.map((s) => s.code)).not.toContain('medtop:20000153');
  });

  it('does not read a topic into an organisation’s name, or a two-word label into two stray words', () => {
    const text = 'The Center for Public Relations said a new budget was agreed; officials expect a busy year.';
    const list = suggest('Officials comment', text, [{ label: 'Center for Public Relations', kind: 'entity', code: null, entity: 'org' }]);
    expect(list.map((s) => s.label)).not.toContain('public relations');
    expect(list.map((s) => s.label)).not.toContain('New year');
  });

  it('suggests nothing for text with no subject in it', () => {
    expect(suggest('', 'Said the of and a the.')).toEqual([]);
  });
});
