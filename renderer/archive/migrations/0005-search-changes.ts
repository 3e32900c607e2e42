import type { Migration } from './migration';

/**
 * A queue of archive changes for the search index: each write that adds,
 * changes or removes articles (or their tags and flags) appends one row
 * naming them, in the same transaction. The search worker reads the queue,
 * indexes what it names, and deletes the rows only once its index is saved,
 * so a crash between the two never leaves the index behind the archive.
 * One row per write, not per article: a 1,000-article sync adds one row.
 * Saved searches (smart folders) and recent searches are kept beside it.
 */
export const searchChanges: Migration = {
  version: 5,
  stores: {
    searchChanges: '++seq',
    savedSearches: '++id, &query',
    recentSearches: 'query, usedAt',
  },
};
