import type { Migration } from './migration';

/**
 * Two tables for archivists' tag work: aliases (another name that files
 * under a tag, kept when a tag is renamed or merged, so feeds that keep
 * sending the old name land under the new one) and rejected topic
 * suggestions (one row per article and topic, so a rejected suggestion
 * stays rejected across sessions), and the synced articles whose people,
 * places and organisations are still to be found (sync leaves that to a
 * background pass in the renderer): one row per archive write, naming its
 * articles, as for search, since a row per article cost sync a tenth of
 * its speed. Tags are read by label for the tag
 * browser, which the 0001 `label` index already serves.
 */
export const tagAliasesAndRejections: Migration = {
  version: 6,
  stores: {
    tagAliases: 'alias, label',
    tagRejections: 'id, articleId',
    namesPending: '++seq',
  },
};
