import { describe, expect, it } from 'vitest';
import { DEFAULT_KEYMAP, keymapWith } from '../../../shared/commands/keymap';
import { headlineQuery, matchEntries, paletteEntries } from '../../../renderer/features/palette/paletteItems';

const entries = (keymap = DEFAULT_KEYMAP) =>
  paletteEntries({
    keymap,
    enabled: (id) => id !== 'edit.undo',
    sources: [{ id: 'feed:reuters', name: 'Reuters World', count: 1200 }],
    tags: [{ label: 'Elections', count: 40 }, { label: 'Climate change', count: 12 }],
    savedSearches: [{ name: 'Court cases', query: 'court OR tribunal' }],
  });

describe('the palette’s matches', () => {
  it('finds commands fuzzily and shows each one’s shortcut', () => {
    const [first] = matchEntries('star', entries());
    expect(first).toMatchObject({ kind: 'command', title: 'Star or unstar', shortcut: 's', enabled: true });
    expect(matchEntries('gost', entries())[0]).toMatchObject({ title: 'Go to Starred', shortcut: 'g s' });
  });

  it('shows a remapped shortcut', () => {
    expect(matchEntries('star', entries(keymapWith({ 'article.star': ['i'] })))[0]).toMatchObject({ shortcut: 'i' });
  });

  it('finds sources, tags and saved searches, commands first', () => {
    expect(matchEntries('reuters', entries()).map((e) => e.choice)).toEqual([{ kind: 'source', id: 'feed:reuters' }]);
    expect(matchEntries('climate', entries()).map((e) => e.choice)).toContainEqual({ kind: 'tag', label: 'Climate change' });
    expect(matchEntries('court', entries()).map((e) => e.choice)).toContainEqual({ kind: 'search', query: 'court OR tribunal' });
    const kinds = matchEntries('s', entries()).map((e) => e.kind);
    expect(kinds.indexOf('command')).toBe(0);
  });

  it('lists every command when nothing is typed, those that cannot run now last', () => {
    const all = matchEntries('', entries());
    expect(all.every((e) => e.kind === 'command')).toBe(true);
    expect(all[all.length - 1]).toMatchObject({ title: 'Undo', enabled: false });
  });

  it('matches on aliases: "preferences" finds Settings', () => {
    expect(matchEntries('preferences', entries())[0]).toMatchObject({ title: 'Settings…' });
  });

  it('asks the search index for headlines holding every typed word', () => {
    expect(headlineQuery('Climate talks')).toBe('title:climate title:talks');
    expect(headlineQuery('“quoted”: (x)')).toBe('title:quoted title:x');
    expect(headlineQuery('  ')).toBeNull();
  });
});
