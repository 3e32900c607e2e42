import type { Migration } from './migration';

/**
 * Three tables for archivists' tag work:
 * - tagAliases: another name that files under a tag, kept when a tag is
 *   renamed or merged, so feeds that keep sending the old name land under
 *   the new one;
 * - tagRejections: rejected topic suggestions, one row per article and
 *   topic, so a rejection lasts across sessions;
 * - namesPending: synced articles whose people, places and organisations
 *   are still to be found by the renderer's background pass, one row per
 *   archive write as for search (a row per article cost sync a tenth of its
 *   speed).
 * The tag browser reads tags by label, which the 0001 `label` index serves.
 */
export const tagAliasesAndRejections: Migration = {
  version: 6,
  stores: {
    tagAliases: 'alias, label',
    tagRejections: 'id, articleId',
    namesPending: '++seq',
  },
};
