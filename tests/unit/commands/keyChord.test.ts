import { describe, expect, it } from 'vitest';
import { acceleratorOf, chordOf, describeBinding, keyCaps, parseBinding, worksWhileTyping } from '../../../shared/commands/keyChord';

const press = (key: string, mods: Partial<{ ctrl: boolean; meta: boolean; alt: boolean; shift: boolean }> = {}) => ({ key, ctrlKey: !!mods.ctrl, metaKey: !!mods.meta, altKey: !!mods.alt, shiftKey: !!mods.shift });

describe('chordOf: a keydown as a canonical chord', () => {
  it('writes letters lower case and Shift out, so Caps Lock and layouts agree', () => {
    expect(chordOf(press('j'))).toBe('j');
    expect(chordOf(press('J', { shift: true }))).toBe('Shift+j');
    // Caps Lock: an upper-case letter without Shift is still j.
    expect(chordOf(press('J'))).toBe('j');
  });

  it('keeps printed symbols as typed, without the Shift that made them', () => {
    expect(chordOf(press('?', { shift: true }))).toBe('?');
    expect(chordOf(press('/'))).toBe('/');
    expect(chordOf(press('+', { shift: true }))).toBe('+');
  });

  it('folds Ctrl and Cmd into Mod, in a fixed order', () => {
    expect(chordOf(press('k', { ctrl: true }))).toBe('Mod+k');
    expect(chordOf(press('k', { meta: true }))).toBe('Mod+k');
    expect(chordOf(press('Z', { ctrl: true, shift: true }))).toBe('Mod+Shift+z');
    expect(chordOf(press('ArrowLeft', { alt: true, shift: true }))).toBe('Alt+Shift+ArrowLeft');
  });

  it('names the space bar and ignores modifiers pressed alone', () => {
    expect(chordOf(press(' '))).toBe('Space');
    expect(chordOf(press('Shift', { shift: true }))).toBeNull();
    expect(chordOf(press('Control', { ctrl: true }))).toBeNull();
    expect(chordOf(press('Dead'))).toBeNull();
  });
});

describe('parseBinding: what a person types in Settings', () => {
  it.each([
    ['Ctrl+K', 'Mod+k'],
    ['cmd+k', 'Mod+k'],
    ['G', 'Shift+g'],
    ['shift+j', 'Shift+j'],
    ['g a', 'g a'],
    ['  g   u ', 'g u'],
    ['Esc', 'Escape'],
    ['space', 'Space'],
    ['Up', 'ArrowUp'],
    ['Ctrl+Shift+Z', 'Mod+Shift+z'],
    ['Ctrl++', 'Mod++'],
    ['?', '?'],
    ['F2', 'F2'],
    ['Alt+Left', 'Alt+ArrowLeft'],
  ])('reads %s as %s', (text, sequence) => {
    expect(parseBinding(text)).toEqual({ ok: true, sequence });
  });

  it('says what is wrong with a binding it cannot read', () => {
    expect(parseBinding('')).toEqual({ ok: false, error: expect.stringMatching(/Type a key/) as unknown });
    expect(parseBinding('Hyper+k')).toEqual({ ok: false, error: expect.stringMatching(/“Hyper” .* is not a modifier/) as unknown });
    expect(parseBinding('Ctrl+')).toEqual({ ok: false, error: expect.stringMatching(/names no key/) as unknown });
    expect(parseBinding('Ctrl+Banana')).toEqual({ ok: false, error: expect.stringMatching(/“Banana” is not a key/) as unknown });
    expect(parseBinding('a b c d')).toEqual({ ok: false, error: expect.stringMatching(/at most 3/) as unknown });
  });

  it('reads what chordOf writes: a pressed chord parses back to itself', () => {
    for (const chord of ['j', 'Shift+j', 'Mod+k', 'Mod+Shift+z', '?', 'Space', 'Escape', 'Alt+ArrowLeft', 'Mod++']) expect(parseBinding(chord)).toEqual({ ok: true, sequence: chord });
  });
});

describe('showing and using bindings', () => {
  it('lets only modified chords and function keys through while typing', () => {
    expect(worksWhileTyping('Mod+k')).toBe(true);
    expect(worksWhileTyping('Alt+ArrowLeft')).toBe(true);
    expect(worksWhileTyping('F2')).toBe(true);
    expect(worksWhileTyping('j')).toBe(false);
    expect(worksWhileTyping('Shift+j')).toBe(false);
    expect(worksWhileTyping('Mod+k Mod+s')).toBe(false);
  });

  it('draws key caps per platform', () => {
    expect(keyCaps('Mod+Shift+z', false)).toEqual([['Ctrl', 'Shift', 'Z']]);
    expect(keyCaps('Mod+Shift+z', true)).toEqual([['⌘', '⇧', 'Z']]);
    expect(keyCaps('g a', false)).toEqual([['G'], ['A']]);
    expect(keyCaps('Mod++', false)).toEqual([['Ctrl', '+']]);
    expect(describeBinding('g a', false)).toBe('G then A');
    expect(describeBinding('Escape', false)).toBe('Esc');
  });

  it('gives Electron an accelerator for single chords only', () => {
    expect(acceleratorOf('Mod+Shift+z')).toBe('CmdOrCtrl+Shift+Z');
    expect(acceleratorOf('j')).toBe('J');
    expect(acceleratorOf('Space')).toBe('Space');
    expect(acceleratorOf('Mod++')).toBe('CmdOrCtrl+Plus');
    expect(acceleratorOf('ArrowLeft')).toBe('Left');
    expect(acceleratorOf('g a')).toBeNull();
  });
});
