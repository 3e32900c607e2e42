import type { CommandId } from '../../../shared/commands/commands';
import { conflictsOf, DEFAULT_KEYMAP, type Keymap, type KeyOverrides } from '../../../shared/commands/keymap';

/**
 * The overrides after giving `id` the one binding `sequence`: commands whose
 * keys clash with it (the same keys, or a sequence one starts) give those
 * keys up. An override equal to the defaults is dropped, so Reset shows
 * only for real changes.
 */
export function rebind(keymap: Keymap, overrides: KeyOverrides, id: CommandId, sequence: string): KeyOverrides {
  const next: Partial<Record<CommandId, readonly string[]>> = { ...overrides, [id]: [sequence] };
  const clashes = (a: string, b: string): boolean => a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);
  for (const other of conflictsOf(keymap, id, sequence)) next[other] = keymap[other].filter((s) => !clashes(s, sequence));
  const isDefault = (key: CommandId, keys: readonly string[]): boolean => keys.length === DEFAULT_KEYMAP[key].length && keys.every((k, i) => k === DEFAULT_KEYMAP[key][i]);
  return Object.fromEntries((Object.entries(next) as Array<[CommandId, readonly string[]]>).filter(([key, keys]) => !isDefault(key, keys)));
}
