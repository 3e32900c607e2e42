import { describe, expect, it } from 'vitest';
import { DEFAULT_KEYMAP, keymapWith } from '../../../shared/commands/keymap';
import { KeySequenceMatcher, SEQUENCE_TIMEOUT_MS } from '../../../shared/commands/keySequenceMatcher';

describe('KeySequenceMatcher', () => {
  it('runs single keys at once', () => {
    const matcher = new KeySequenceMatcher(DEFAULT_KEYMAP);
    expect(matcher.feed('j', 0)).toEqual({ kind: 'run', id: 'list.next' });
    expect(matcher.feed('Mod+k', 1)).toEqual({ kind: 'run', id: 'palette.open' });
    expect(matcher.feed('q', 2)).toEqual({ kind: 'none' });
  });

  it('waits after the first key of a sequence, then runs it', () => {
    const matcher = new KeySequenceMatcher(DEFAULT_KEYMAP);
    expect(matcher.feed('g', 0)).toEqual({ kind: 'pending', prefix: 'g' });
    expect(matcher.waitingFor).toBe('g');
    expect(matcher.feed('s', 100)).toEqual({ kind: 'run', id: 'go.starred' });
    expect(matcher.waitingFor).toBeNull();
    // s alone is star again once the sequence is done.
    expect(matcher.feed('s', 200)).toEqual({ kind: 'run', id: 'article.star' });
  });

  it('forgets a sequence left waiting too long', () => {
    const matcher = new KeySequenceMatcher(DEFAULT_KEYMAP);
    matcher.feed('g', 0);
    expect(matcher.feed('s', SEQUENCE_TIMEOUT_MS + 1)).toEqual({ kind: 'run', id: 'article.star' });
  });

  it('starts afresh when a key breaks a sequence', () => {
    const matcher = new KeySequenceMatcher(DEFAULT_KEYMAP);
    matcher.feed('g', 0);
    expect(matcher.feed('j', 10)).toEqual({ kind: 'run', id: 'list.next' });
    matcher.feed('g', 20);
    expect(matcher.feed('g', 30)).toEqual({ kind: 'run', id: 'list.first' });
  });

  it('follows a remapped key map, and leaves out what the filter refuses', () => {
    const matcher = new KeySequenceMatcher(keymapWith({ 'article.star': ['i'] }), (id) => id !== 'list.next');
    expect(matcher.feed('i', 0)).toEqual({ kind: 'run', id: 'article.star' });
    expect(matcher.feed('s', 1)).toEqual({ kind: 'none' });
    expect(matcher.feed('j', 2)).toEqual({ kind: 'none' });
  });

  it('clears a pending sequence on reset', () => {
    const matcher = new KeySequenceMatcher(DEFAULT_KEYMAP);
    matcher.feed('g', 0);
    matcher.reset();
    expect(matcher.feed('a', 1)).toEqual({ kind: 'none' });
  });
});
