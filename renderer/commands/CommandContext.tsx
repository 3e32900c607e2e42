import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Condition } from '../../shared/commands/commandSpec';
import { isEnabled, type CommandId } from '../../shared/commands/commands';
import { keymapWith, readOverrides, type Keymap, type KeyOverrides } from '../../shared/commands/keymap';
import { updateSettings, useSettings } from '../settings/settingsStore';

export type CommandHandlers = Partial<Record<CommandId, () => void>>;
export type Conditions = Record<Condition, boolean>;

const NO_CONDITIONS: Conditions = { reader: false, noDialog: true, selected: false, articleOpen: false, hasLink: false, checked: false, canUndo: false, canRedo: false };

interface Registry {
  handlers: Map<CommandId, () => void>;
  conditions: Conditions;
}

export interface Commands {
  /** Runs the command if it is enabled now; true when it ran. */
  run: (id: CommandId) => boolean;
  enabled: (id: CommandId) => boolean;
  keymap: Keymap;
  overrides: KeyOverrides;
  setOverrides: (overrides: KeyOverrides) => void;
  /** Registers handlers (see useCommandHandlers). */
  register: (handlers: CommandHandlers) => () => void;
  /** Sets the conditions given; the others keep their last value (the open article reports its own). */
  setConditions: (conditions: Partial<Conditions>) => void;
}

const CommandContext = createContext<Commands | null>(null);

/**
 * The registry at run time. Components register what each command does
 * (useCommandHandlers) and report the state the commands' conditions read
 * (useCommandConditions); shortcuts, menus, buttons and the palette all go
 * through `run`, so a command behaves the same however it is reached.
 */
export function CommandProvider({ children }: { children: ReactNode }): ReactNode {
  const registry = useRef<Registry>({ handlers: new Map(), conditions: NO_CONDITIONS });
  const settings = useSettings();
  const overrides = useMemo(() => readOverrides(settings.keys), [settings.keys]);
  const keymap = useMemo(() => keymapWith(overrides), [overrides]);
  // Bumped when handlers or conditions change, so menus and the palette re-read `enabled`.
  const [, setVersion] = useState(0);

  const enabled = useCallback((id: CommandId) => registry.current.handlers.has(id) && isEnabled(id, registry.current.conditions), []);
  const run = useCallback(
    (id: CommandId) => {
      const handler = registry.current.handlers.get(id);
      if (!handler || !isEnabled(id, registry.current.conditions)) return false;
      handler();
      return true;
    },
    [],
  );
  const register = useCallback((handlers: CommandHandlers) => {
    const entries = Object.entries(handlers) as Array<[CommandId, () => void]>;
    for (const [id, handler] of entries) registry.current.handlers.set(id, handler);
    return () => {
      for (const [id, handler] of entries) if (registry.current.handlers.get(id) === handler) registry.current.handlers.delete(id);
    };
  }, []);
  // Menus and the palette are told once the commit's conditions are all in, and only if they differ from
  // what was last told: j replaces the open article, whose hasLink goes false as it unmounts and true again
  // as the next mounts, and each flip re-rendered the provider.
  const told = useRef(NO_CONDITIONS);
  const telling = useRef(false);
  const setConditions = useCallback((conditions: Partial<Conditions>) => {
    registry.current.conditions = { ...registry.current.conditions, ...conditions };
    if (telling.current) return;
    telling.current = true;
    queueMicrotask(() => {
      telling.current = false;
      const now = registry.current.conditions;
      if ((Object.keys(now) as Condition[]).every((c) => now[c] === told.current[c])) return;
      told.current = now;
      setVersion((v) => v + 1);
    });
  }, []);
  const setOverrides = useCallback((next: KeyOverrides) => {
    updateSettings((s) => ({ ...s, keys: Object.fromEntries(Object.entries(next).map(([id, keys]) => [id, [...keys]])) }));
  }, []);
  const value = useMemo<Commands>(() => ({ run, enabled, keymap, overrides, setOverrides, register, setConditions }), [run, enabled, keymap, overrides, setOverrides, register, setConditions]);
  return <CommandContext.Provider value={value}>{children}</CommandContext.Provider>;
}

export function useCommands(): Commands {
  const commands = useContext(CommandContext);
  if (!commands) throw new Error('useCommands needs a CommandProvider above it.');
  return commands;
}

/**
 * What these commands do, from this component. The latest handlers of the
 * last render are the ones that run (set before paint), so a key pressed as
 * soon as something shows acts on it.
 */
export function useCommandHandlers(handlers: CommandHandlers): void {
  const { register } = useCommands();
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  const ids = (Object.keys(handlers) as CommandId[]).sort().join(',');
  useLayoutEffect(() => {
    const wrapped = Object.fromEntries(ids.split(',').filter(Boolean).map((id) => [id, () => latest.current[id as CommandId]?.()]));
    return register(wrapped);
  }, [register, ids]);
}

/** Reports the state the commands' enabled-when rules read. */
export function useCommandConditions(conditions: Partial<Conditions>): void {
  const { setConditions } = useCommands();
  useLayoutEffect(() => setConditions(conditions));
}

/** One condition that holds while this component is mounted and `value` is true. */
export function useCommandCondition(condition: Condition, value: boolean): void {
  const { setConditions } = useCommands();
  useLayoutEffect(() => {
    setConditions({ [condition]: value });
    return () => setConditions({ [condition]: false });
  }, [condition, value, setConditions]);
}

