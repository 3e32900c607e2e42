import { describe, expect, it } from 'vitest';
import { COMMANDS, commandSpec, isEnabled, type CommandId } from '../../../shared/commands/commands';
import type { Condition } from '../../../shared/commands/commandSpec';
import { parseBinding } from '../../../shared/commands/keyChord';
import { conflictsOf, DEFAULT_KEYMAP, findConflicts, keymapWith, readOverrides } from '../../../shared/commands/keymap';

const allTrue = Object.fromEntries((['reader', 'noDialog', 'selected', 'articleOpen', 'hasLink', 'checked', 'canUndo', 'canRedo'] as Condition[]).map((c) => [c, true])) as Record<Condition, boolean>;

describe('the command registry', () => {
  it('names every command once, with a title and a group', () => {
    const ids = COMMANDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of COMMANDS) expect(c.title.length).toBeGreaterThan(2);
  });

  it('has the reader conventions as defaults', () => {
    const expected: Record<string, CommandId> = { j: 'list.next', k: 'list.previous', n: 'list.nextUnread', p: 'list.previousUnread', Space: 'article.pageDown', o: 'article.open', Enter: 'article.open', v: 'article.openOriginal', s: 'article.star', m: 'article.toggleRead', t: 'article.tag', '/': 'search.focus', r: 'sync.all', 'g a': 'go.all', 'g u': 'go.unread', 'g s': 'go.starred', 'g t': 'go.tags', 'g f': 'go.sources', Escape: 'nav.back', '?': 'help.shortcuts', 'Mod+k': 'palette.open', End: 'list.last', 'Shift+g': 'list.last' };
    for (const [sequence, id] of Object.entries(expected)) expect(DEFAULT_KEYMAP[id]).toContain(sequence);
  });

  it('writes every default binding canonically', () => {
    for (const c of COMMANDS) for (const sequence of c.keys) expect(parseBinding(sequence)).toEqual({ ok: true, sequence });
  });

  it('ships defaults without a single clash', () => {
    expect(findConflicts(DEFAULT_KEYMAP)).toEqual([]);
  });

  it('enables a command only when every condition it names holds', () => {
    expect(isEnabled('article.star', allTrue)).toBe(true);
    expect(isEnabled('article.star', { ...allTrue, selected: false })).toBe(false);
    expect(isEnabled('article.star', { ...allTrue, reader: false })).toBe(false);
    expect(isEnabled('edit.undo', { ...allTrue, canUndo: false })).toBe(false);
    // Back works on every screen, but leaves Escape to an open dialog.
    expect(isEnabled('nav.back', { ...allTrue, reader: false })).toBe(true);
    expect(isEnabled('nav.back', { ...allTrue, noDialog: false })).toBe(false);
    expect(() => commandSpec('no.such' as CommandId)).toThrow(/No command is registered as “no.such”/);
  });
});

describe('conflict detection', () => {
  it('finds the same keys on two commands', () => {
    const map = keymapWith({ 'article.star': ['j'] });
    expect(findConflicts(map)).toEqual([{ sequence: 'j', clashesWith: 'j', commands: ['list.next', 'article.star'] }]);
  });

  it('finds a key that starts another command’s sequence, either way round', () => {
    expect(findConflicts(keymapWith({ 'article.star': ['g'] }))).toEqual(expect.arrayContaining([expect.objectContaining({ sequence: 'g a', clashesWith: 'g', commands: ['go.all', 'article.star'] })]));
    expect(conflictsOf(DEFAULT_KEYMAP, 'article.star', 'g')).toEqual(expect.arrayContaining(['go.all', 'go.unread', 'go.starred', 'go.tags', 'go.sources', 'list.first']));
    expect(conflictsOf(DEFAULT_KEYMAP, 'article.star', 'j k')).toEqual(['list.next']);
  });

  it('does not count a command clashing with itself, or "g" with "Shift+g"', () => {
    expect(conflictsOf(DEFAULT_KEYMAP, 'article.star', 's')).toEqual([]);
    expect(conflictsOf(DEFAULT_KEYMAP, 'list.last', 'Shift+g')).toEqual([]);
    expect(conflictsOf(DEFAULT_KEYMAP, 'article.star', 'i')).toEqual([]);
  });
});

describe('saved key maps', () => {
  it('keeps valid overrides and drops what no longer parses or exists', () => {
    expect(readOverrides({ 'article.star': ['i', 'Ctrl+Banana', 'I'], 'gone.command': ['q'], 'list.next': 'j' })).toEqual({ 'article.star': ['i', 'Shift+i'] });
    expect(readOverrides(null)).toEqual({});
    expect(readOverrides('junk')).toEqual({});
  });

  it('lays overrides over the defaults, an empty list meaning no shortcut', () => {
    const map = keymapWith({ 'article.star': ['i'], 'sync.all': [] });
    expect(map['article.star']).toEqual(['i']);
    expect(map['sync.all']).toEqual([]);
    expect(map['list.next']).toEqual(['j']);
  });
});
