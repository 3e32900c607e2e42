import type { CommandSpec, Condition } from './commandSpec';
import { articleCommands } from './families/articleCommands';
import { generalCommands } from './families/generalCommands';
import { goCommands } from './families/goCommands';
import { listCommands } from './families/listCommands';
import { viewCommands } from './families/viewCommands';

/**
 * The command registry: every action the reader offers, once. Menus (the
 * Electron menu too), shortcuts, buttons and the palette run these by id.
 */
export const COMMANDS = [...generalCommands, ...goCommands, ...listCommands, ...articleCommands, ...viewCommands] as const satisfies readonly CommandSpec[];

export type CommandId = (typeof COMMANDS)[number]['id'];

export const commandIds: readonly CommandId[] = COMMANDS.map((c) => c.id);

const byId = new Map<string, CommandSpec>(COMMANDS.map((c) => [c.id, c]));

export function commandSpec(id: CommandId): CommandSpec {
  const spec = byId.get(id);
  if (!spec) throw new Error(`No command is registered as “${id}”.`);
  return spec;
}

export function isCommandId(id: unknown): id is CommandId {
  return typeof id === 'string' && byId.has(id);
}

/** True when every condition the command names holds in this state. */
export function isEnabled(id: CommandId, state: Readonly<Record<Condition, boolean>>): boolean {
  return commandSpec(id).when.every((condition) => state[condition]);
}
