import type { Migration } from './migration';

/** The first archive: articles with their images, tags, sources and earlier revisions. */
export const initialSchema: Migration = {
  version: 1,
  stores: {
    // sortDate = publishedAt, else importedAt: the list is newest first.
    articles: 'id, sortDate, importedAt, publishedAt, sourceId',
    images: 'id, articleId',
    tags: 'id, articleId, label, kind, [kind+label]',
    sources: 'id, kind, name',
    revisions: 'id, articleId, capturedAt',
  },
};
