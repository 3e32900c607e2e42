import { describe, expect, it } from 'vitest';
import { TagCompleter } from '../../../shared/tags/tagCompleter';
import { vocabulary } from './vocabularyFixture';

const completer = new TagCompleter(vocabulary());
completer.setTags(
  [
    { label: 'Morning file', count: 40 },
    { label: 'war crimes desk', count: 3 },
    { label: 'election night 23', count: 90 },
    { label: 'armed conflict', count: 12, code: 'medtop:16000000' },
  ],
  [{ alias: 'morgenausgabe', label: 'Morning file' }],
);

describe('tag autocomplete', () => {
  it('finds a topic from the starts of the words in its path, and shows the path', () => {
    const [first] = completer.complete('confl war');
    expect(first).toMatchObject({ kind: 'topic', path: 'conflict, war and peace' });
    expect(completer.complete('armed conf')[0]).toMatchObject({ label: 'armed conflict', kind: 'topic', path: 'conflict, war and peace › armed conflict' });
  });

  it('puts the whole label typed first, a topic and an archive tag side by side', () => {
    const list = completer.complete('war');
    expect(list[0]).toMatchObject({ label: 'war', kind: 'topic', path: 'conflict, war and peace › armed conflict › war' });
    expect(list.map((c) => c.label)).toContain('war crimes desk');
  });

  it('puts the label with fewer words nobody typed first, however often a longer tag is used', () => {
    const labels = completer.complete('elec').map((c) => c.label);
    expect(labels[0]).toBe('election');
    expect(labels).toContain('election night 23');
    expect(completer.complete('elec night')[0]?.label).toBe('election night 23');
  });

  it('offers the archive’s own tags with their counts, and reaches a tag by its alias', () => {
    expect(completer.complete('morn')[0]).toMatchObject({ label: 'Morning file', kind: 'tag', count: 40, alias: null });
    expect(completer.complete('morgen')[0]).toMatchObject({ label: 'Morning file', alias: 'morgenausgabe' });
  });

  it('folds case and accents, and forgives a dropped letter', () => {
    expect(completer.complete('ÉLECTION')[0]?.label).toBe('election');
    expect(completer.complete('intrest').map((c) => c.label)).toContain('interest rate');
  });

  it('never offers a retired topic', () => {
    expect(completer.complete('music theatre').map((c) => c.code)).not.toContain('medtop:20000030');
  });

  it('gives nothing for an empty box, and at most the limit', () => {
    expect(completer.complete('   ')).toEqual([]);
    expect(completer.complete('a', 5)).toHaveLength(5);
  });
});
