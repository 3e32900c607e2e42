import { describe, expect, it } from 'vitest';
import { DEFAULT_KEYMAP, findConflicts, keymapWith } from '../../../shared/commands/keymap';
import { rebind } from '../../../renderer/features/settings/rebind';

describe('rebind: saving a new shortcut in Settings', () => {
  it('gives the command the new keys, leaving the rest alone', () => {
    const overrides = rebind(DEFAULT_KEYMAP, {}, 'article.star', 'i');
    expect(overrides).toEqual({ 'article.star': ['i'] });
    expect(findConflicts(keymapWith(overrides))).toEqual([]);
  });

  it('takes clashing keys from the other command, so the map never holds two', () => {
    const overrides = rebind(DEFAULT_KEYMAP, {}, 'article.star', 'j');
    expect(overrides).toEqual({ 'article.star': ['j'], 'list.next': [] });
    expect(findConflicts(keymapWith(overrides))).toEqual([]);
  });

  it('takes a sequence’s first key from every sequence it starts', () => {
    const overrides = rebind(DEFAULT_KEYMAP, {}, 'article.star', 'g');
    const map = keymapWith(overrides);
    expect(map['go.all']).toEqual([]);
    expect(map['list.first']).toEqual(['Home']);
    expect(findConflicts(map)).toEqual([]);
  });

  it('drops an override once it is the default again, so Reset shows only for real changes', () => {
    const changed = rebind(DEFAULT_KEYMAP, {}, 'article.star', 'i');
    expect(rebind(keymapWith(changed), changed, 'article.star', 's')).toEqual({});
  });
});
