import { initialSchema } from './0001-initial';
import { sourcesAndUpdates } from './0002-sources-and-updates';
import { sparseFlags } from './0003-sparse-flags';
import { pictures } from './0004-pictures';
import { searchChanges } from './0005-search-changes';
import { tagAliasesAndRejections } from './0006-tag-aliases-and-rejections';
import { starredIndex } from './0007-starred-index';
import type { Migration } from './migration';

/** Every schema version, oldest first. Append; never edit a released one. */
export const migrations: readonly Migration[] = [initialSchema, sourcesAndUpdates, sparseFlags, pictures, searchChanges, tagAliasesAndRejections, starredIndex];
