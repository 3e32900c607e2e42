import type { Migration } from './migration';

/**
 * Bodies move to a table of their own. The list and the counts re-read
 * article rows every few hundred milliseconds while a sync writes; with
 * 10 KB of body in each row that reading cost more than the writing
 * (`npm run bench -- sync`). Rows are now a few hundred bytes.
 */
export const bodiesApart: Migration = {
  version: 3,
  stores: {
    bodies: 'id',
  },
  upgrade: async (tx) => {
    const bodies: Array<{ id: string; bodyText: string; bodyHtml: string }> = [];
    await tx
      .table('articles')
      .toCollection()
      .modify((article: { id: string; bodyText?: string; bodyHtml?: string }) => {
        bodies.push({ id: article.id, bodyText: article.bodyText ?? '', bodyHtml: article.bodyHtml ?? '' });
        delete article.bodyText;
        delete article.bodyHtml;
      });
    await tx.table('bodies').bulkPut(bodies);
  },
};
