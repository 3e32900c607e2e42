import fuzzysort from 'fuzzysort';
import { COMMANDS, type CommandId } from '../../../shared/commands/commands';
import type { Keymap } from '../../../shared/commands/keymap';
import type { PaletteItem } from '../../ui/paletteItem';

/** What a palette row leads to. */
export type PaletteChoice =
  | { kind: 'command'; id: CommandId }
  | { kind: 'source'; id: string }
  | { kind: 'tag'; label: string }
  | { kind: 'search'; query: string }
  | { kind: 'article'; id: string };

export interface PaletteEntry extends PaletteItem {
  choice: PaletteChoice;
  /** More words to match on, beyond the title. */
  aliases: string;
}

export interface PaletteSources {
  keymap: Keymap;
  enabled: (id: CommandId) => boolean;
  sources: ReadonlyArray<{ id: string; name: string; count: number }>;
  tags: ReadonlyArray<{ label: string; count: number }>;
  savedSearches: ReadonlyArray<{ name: string; query: string }>;
}

/** Most matches of each kind shown, so commands are never pushed off by a thousand tags. */
const PER_KIND = { command: 12, source: 6, tag: 8, search: 6 } as const;

/** The commands, sources, tags and saved searches, as palette rows. */
export function paletteEntries({ keymap, enabled, sources, tags, savedSearches }: PaletteSources): Record<keyof typeof PER_KIND, PaletteEntry[]> {
  return {
    command: COMMANDS.map((c) => ({ key: `command:${c.id}`, kind: 'command', title: c.title, aliases: `${c.group} ${'aliases' in c ? c.aliases : ''}`, shortcut: keymap[c.id][0], enabled: enabled(c.id), choice: { kind: 'command', id: c.id } })),
    source: sources.map((s) => ({ key: `source:${s.id}`, kind: 'source', title: s.name, detail: `${s.count.toLocaleString()} articles`, aliases: 'source feed', enabled: true, choice: { kind: 'source', id: s.id } })),
    tag: tags.map((t) => ({ key: `tag:${t.label}`, kind: 'tag', title: t.label, detail: `${t.count.toLocaleString()} articles`, aliases: '', enabled: true, choice: { kind: 'tag', label: t.label } })),
    search: savedSearches.map((s) => ({ key: `search:${s.query}`, kind: 'search', title: s.name, detail: s.query, aliases: s.query, enabled: true, choice: { kind: 'search', query: s.query } })),
  };
}

/**
 * Fuzzy matches for the typed text, best first within each kind; commands
 * first, then saved searches, sources and tags. Empty text lists the
 * commands, enabled ones first. (Headlines are matched by the search index.)
 */
export function matchEntries(query: string, entries: Record<keyof typeof PER_KIND, PaletteEntry[]>): PaletteEntry[] {
  const text = query.trim();
  if (text === '') return [...entries.command.filter((e) => e.enabled), ...entries.command.filter((e) => !e.enabled)];
  const order = ['command', 'search', 'source', 'tag'] as const;
  return order.flatMap((kind) =>
    fuzzysort
      .go(text, entries[kind], { keys: ['title', 'aliases'], limit: PER_KIND[kind], threshold: 0.3 })
      .map((result) => result.obj),
  );
}

/** A headline search for the search index: each typed word must be in the title, the last as a prefix. */
export function headlineQuery(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  return words && words.length > 0 ? words.map((w) => `title:${w}`).join(' ') : null;
}
