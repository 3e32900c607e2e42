import type { Migration } from './migration';

/**
 * Sync: an article can come through several feeds (found by its link), and a
 * source can change an article after it was archived. Existing articles get
 * their one source as a list, and start out not updated. Indexes nothing
 * queries (importedAt, publishedAt, sourceId) are dropped: each one slows
 * every write of a 10,000-article sync.
 */
export const sourcesAndUpdates: Migration = {
  version: 2,
  stores: {
    articles: 'id, sortDate, *sourceIds, url, updated, read',
  },
  upgrade: async (tx) => {
    await tx
      .table('articles')
      .toCollection()
      .modify((article: { sourceId: string; sourceIds?: string[]; updated?: number }) => {
        article.sourceIds ??= [article.sourceId];
        article.updated ??= 0;
      });
  },
};
