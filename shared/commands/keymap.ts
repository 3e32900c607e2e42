import { COMMANDS, isCommandId, type CommandId } from './commands';
import { parseBinding } from './keyChord';

/** Every command's bindings, canonical. */
export type Keymap = Readonly<Record<CommandId, readonly string[]>>;

/** The person's changes to the defaults: only commands they remapped. */
export type KeyOverrides = Partial<Record<CommandId, readonly string[]>>;

export const DEFAULT_KEYMAP: Keymap = Object.fromEntries(COMMANDS.map((c) => [c.id, c.keys])) as unknown as Record<CommandId, readonly string[]>;

/** The defaults with the person's changes laid over them. */
export function keymapWith(overrides: KeyOverrides): Keymap {
  return { ...DEFAULT_KEYMAP, ...overrides };
}

/**
 * Reads saved overrides, keeping what is still valid: a command that no
 * longer exists or a binding that no longer parses is dropped, so an old
 * settings file never stops the reader from starting.
 */
export function readOverrides(saved: unknown): KeyOverrides {
  if (typeof saved !== 'object' || saved === null) return {};
  const out: Partial<Record<CommandId, string[]>> = {};
  for (const [id, bindings] of Object.entries(saved)) {
    if (!isCommandId(id) || !Array.isArray(bindings)) continue;
    const parsed = bindings.flatMap((b) => {
      const result = typeof b === 'string' ? parseBinding(b) : null;
      return result?.ok ? [result.sequence] : [];
    });
    out[id] = [...new Set(parsed)];
  }
  return out;
}

/** Two commands wanting the same keys: the same binding, or one that starts the other ("g" and "g a"). */
export interface KeyConflict {
  sequence: string;
  /** The binding it clashes with; the same as `sequence` when both are identical. */
  clashesWith: string;
  commands: [CommandId, CommandId];
}

const startsWith = (longer: string, shorter: string): boolean => longer === shorter || longer.startsWith(`${shorter} `);

/** Every clash in the map, each reported once. */
export function findConflicts(keymap: Keymap): KeyConflict[] {
  const bindings = (Object.entries(keymap) as Array<[CommandId, readonly string[]]>).flatMap(([id, sequences]) => sequences.map((sequence) => ({ id, sequence })));
  const conflicts: KeyConflict[] = [];
  for (let i = 0; i < bindings.length; i++) {
    for (let j = i + 1; j < bindings.length; j++) {
      const a = bindings[i];
      const b = bindings[j];
      if (!a || !b || a.id === b.id) continue;
      if (startsWith(a.sequence, b.sequence)) conflicts.push({ sequence: a.sequence, clashesWith: b.sequence, commands: [a.id, b.id] });
      else if (startsWith(b.sequence, a.sequence)) conflicts.push({ sequence: b.sequence, clashesWith: a.sequence, commands: [b.id, a.id] });
    }
  }
  return conflicts;
}

/** The commands a new binding for `id` would clash with, before it is saved. */
export function conflictsOf(keymap: Keymap, id: CommandId, sequence: string): CommandId[] {
  return (Object.entries(keymap) as Array<[CommandId, readonly string[]]>)
    .filter(([other, sequences]) => other !== id && sequences.some((s) => startsWith(s, sequence) || startsWith(sequence, s)))
    .map(([other]) => other);
}
