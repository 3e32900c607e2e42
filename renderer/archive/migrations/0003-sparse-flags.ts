import type { Migration } from './migration';

/**
 * The read and updated flags are stored only when set (see Article): the
 * indexes on them then hold only flagged articles, and writing a new one
 * touches two fewer indexes. Existing zeros are removed.
 */
export const sparseFlags: Migration = {
  version: 3,
  stores: {},
  upgrade: async (tx) => {
    await tx
      .table('articles')
      .toCollection()
      .modify((article: { read?: number; updated?: number }) => {
        if (article.read !== 1) delete article.read;
        if (article.updated !== 1) delete article.updated;
      });
  },
};
