/** Rows are read in blocks of this many, so scrolling a few pixels does not ask the archive again. */
export const BLOCK = 40;
/** Rows in the first screen's short read: more than a tall window shows. */
export const HEAD = 60;
/** What the list shows before it has been measured: its first block. */
export const FIRST_RANGE = { start: 0, end: BLOCK };

/**
 * The ids whose rows are read for the rows on screen (`range`): whole
 * blocks, with one block either side, so rows are there before they scroll in.
 */
export function windowIds(ids: readonly string[], range: { start: number; end: number }): string[] {
  const from = Math.max(0, (Math.floor(range.start / BLOCK) - 1) * BLOCK);
  const to = (Math.ceil(range.end / BLOCK) + 1) * BLOCK;
  return ids.slice(from, to);
}
