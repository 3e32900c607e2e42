// zod/mini: the renderer's first bundle leaves out classic zod (see shared/host/contractNames.ts).
import * as z from 'zod/mini';

export const FONT_SIZES = { min: 13, max: 26, default: 17 } as const;
/** Line length, in multiples of the text size: about 60, 70 and 90 characters a line. */
export const LINE_WIDTHS = { narrow: 30, medium: 36, wide: 46 } as const;
export const PANE_LIMITS = { sidebar: { min: 168, max: 420, default: 232 }, list: { min: 260, max: 760, default: 380 } } as const;

const reading = z.object({
  fontSize: z.int().check(z.minimum(FONT_SIZES.min), z.maximum(FONT_SIZES.max)),
  typeface: z.enum(['serif', 'sans']),
  lineWidth: z.enum(['narrow', 'medium', 'wide']),
  theme: z.enum(['system', 'light', 'dark']),
});

const layout = z.object({
  sidebarWidth: z.number().check(z.minimum(PANE_LIMITS.sidebar.min), z.maximum(PANE_LIMITS.sidebar.max)),
  listWidth: z.number().check(z.minimum(PANE_LIMITS.list.min), z.maximum(PANE_LIMITS.list.max)),
  sidebarHidden: z.boolean(),
  listHidden: z.boolean(),
  /** Only the article: sidebar and list out of the way, whatever their own settings. */
  readingMode: z.boolean(),
});

export type ReadingSettings = z.infer<typeof reading>;
export type LayoutSettings = z.infer<typeof layout>;

/** What the reader remembers between sessions. */
export interface Settings {
  reading: ReadingSettings;
  layout: LayoutSettings;
  /** The person's remapped shortcuts, by command id (checked again by readOverrides). */
  keys: Record<string, string[]>;
}

export const DEFAULT_SETTINGS: Settings = {
  reading: { fontSize: FONT_SIZES.default, typeface: 'serif', lineWidth: 'medium', theme: 'system' },
  layout: { sidebarWidth: PANE_LIMITS.sidebar.default, listWidth: PANE_LIMITS.list.default, sidebarHidden: false, listHidden: false, readingMode: false },
  keys: {},
};

/**
 * Reads stored settings section by section: a section that no longer fits
 * the schema falls back to its defaults without taking the others with it.
 */
export function readSettings(stored: unknown): Settings {
  const raw = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const keys = z.record(z.string(), z.array(z.string().check(z.maxLength(40))).check(z.maxLength(4))).safeParse(raw.keys);
  return {
    reading: reading.safeParse({ ...DEFAULT_SETTINGS.reading, ...(raw.reading as object | undefined) }).data ?? DEFAULT_SETTINGS.reading,
    layout: layout.safeParse({ ...DEFAULT_SETTINGS.layout, ...(raw.layout as object | undefined) }).data ?? DEFAULT_SETTINGS.layout,
    keys: keys.success ? keys.data : {},
  };
}
