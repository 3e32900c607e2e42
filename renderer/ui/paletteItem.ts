export type PaletteKind = 'command' | 'source' | 'tag' | 'search' | 'article';

/** One row of the command palette. */
export interface PaletteItem {
  key: string;
  kind: PaletteKind;
  title: string;
  /** Said after the title: a count, a source, a query. */
  detail?: string;
  /** The command's shortcut, canonical. */
  shortcut?: string;
  enabled: boolean;
}
