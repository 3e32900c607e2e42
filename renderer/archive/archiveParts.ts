/**
 * Parts of the archive a query reads, as Dexie names what a write changed:
 * `table/` for its rows, `table/index` for an index, `table/:dels` for rows
 * that may have been deleted.
 */
export type ArchiveParts = readonly string[];

/** Whether a change Dexie announced (storagemutated) touches `watch` in this archive; without `watch`, any part of it. */
export function touches(changed: Record<string, unknown>, dbName: string, watch?: ArchiveParts): boolean {
  // `all`: Dexie could not say what changed.
  if ('all' in changed) return true;
  const prefix = `idb://${dbName}/`;
  if (!watch) return Object.keys(changed).some((part) => part.startsWith(prefix));
  return watch.some((part) => `${prefix}${part}` in changed);
}
