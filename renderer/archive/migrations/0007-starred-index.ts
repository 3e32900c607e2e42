import type { Migration } from './migration';

/**
 * The Starred folder reads an index on `starred`. Like read and updated (see
 * 0003), the flag is kept only when set, so the index holds only starred
 * articles and a new article costs no extra index write.
 */
export const starredIndex: Migration = {
  version: 7,
  stores: { articles: 'id, sortDate, *sourceIds, url, updated, read, starred' },
  upgrade: async (tx) => {
    await tx
      .table('articles')
      .toCollection()
      .modify((article: { starred?: number }) => {
        if (article.starred !== 1) delete article.starred;
      });
  },
};
