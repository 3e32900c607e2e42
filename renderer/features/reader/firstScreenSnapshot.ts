import * as z from 'zod/mini';
import type { ListRow } from '../../archive/listRows';

const STORAGE_KEY = 'newsroom-reader.first-screen';

const listRow = z.object({
  id: z.string(),
  headline: z.string(),
  sourceId: z.string(),
  sortDate: z.string(),
  section: z.nullable(z.string()),
  read: z.boolean(),
  starred: z.boolean(),
  updated: z.boolean(),
  notUsable: z.nullable(z.enum(['withheld', 'canceled'])),
  thumbnail: z.nullable(z.string()),
});

const snapshot = z.object({ ids: z.array(z.string()), rows: z.array(listRow) });

export interface FirstScreenSnapshot {
  /** The newest ids of the whole archive, as last shown. */
  ids: string[];
  /** Their rows. */
  rows: ListRow[];
}

/**
 * The list's first screen as it last was, kept in localStorage (about
 * 15 kB), so a starting window shows it in its first frame, before
 * IndexedDB (which takes a quarter of a second to open in a browser just
 * started) has answered. The archive changes only while the reader runs
 * and the reader saves this whenever the first screen changes, so it is the
 * archive's own; the list replaces it with what the archive says as soon as
 * that is read, in case a window closed before saving.
 */
export function readFirstScreenSnapshot(): FirstScreenSnapshot | null {
  try {
    const parsed = snapshot.safeParse(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

let saved: string | null = null;

/** Keeps the first screen for the next start (only when it changed). */
export function saveFirstScreenSnapshot(next: FirstScreenSnapshot): void {
  const text = JSON.stringify(next);
  if (text === saved) return;
  saved = text;
  try {
    localStorage.setItem(STORAGE_KEY, text);
  } catch {
    // Storage full or refused: the next start reads the archive, as it would anyway.
  }
}
