import type { ArchiveDb, RecentSearch, SavedSearch } from './db';

/** Recent searches kept. */
const RECENT_KEPT = 10;

export function savedSearches(db: ArchiveDb): Promise<SavedSearch[]> {
  return db.savedSearches.orderBy('id').toArray();
}

/** Saves a search; saving the same query again renames it rather than doubling it. */
export async function saveSearch(db: ArchiveDb, query: string, name: string = query): Promise<number> {
  const existing = await db.savedSearches.where('query').equals(query).first();
  if (existing?.id !== undefined) {
    await db.savedSearches.update(existing.id, { name });
    return existing.id;
  }
  return (await db.savedSearches.add({ name, query, savedAt: new Date().toISOString() })) ?? 0;
}

export async function removeSavedSearch(db: ArchiveDb, id: number): Promise<void> {
  await db.savedSearches.delete(id);
}

/** Remembers a search the person ran, newest first, keeping the last few. */
export async function rememberSearch(db: ArchiveDb, query: string): Promise<void> {
  const trimmed = query.trim();
  if (trimmed === '') return;
  await db.transaction('rw', db.recentSearches, async () => {
    await db.recentSearches.put({ query: trimmed, usedAt: new Date().toISOString() });
    const stale = await db.recentSearches.orderBy('usedAt').reverse().offset(RECENT_KEPT).primaryKeys();
    if (stale.length > 0) await db.recentSearches.bulkDelete(stale);
  });
}

export function recentSearches(db: ArchiveDb): Promise<RecentSearch[]> {
  return db.recentSearches.orderBy('usedAt').reverse().limit(RECENT_KEPT).toArray();
}
