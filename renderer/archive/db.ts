import Dexie, { type EntityTable } from 'dexie';
import './quietDexie';
import type { ArchivedPicture, Article, ArchivedImage, ArticleTag, Revision, Source, TagAlias } from '../../shared/model';

/** A downloaded picture in the archive: its original bytes. */
export interface PictureRow {
  sha256: string;
  type: ArchivedPicture['type'];
  blob: Blob;
}
import { ARCHIVE_DB_NAME, ARCHIVE_VERSION } from './archiveIdentity';
import { migrations as allMigrations } from './migrations';
import type { Migration } from './migrations/migration';

/** Articles changed in one archive write, waiting for the search index (see the 0005 migration). */
export interface SearchChangeRow {
  seq?: number;
  ids: string[];
}

/** Synced articles whose names are still to be found, one row per archive write (see the 0006 migration). */
export interface NamesPendingRow {
  seq?: number;
  ids: string[];
}

/** A search kept in the sidebar, with a live count. */
export interface SavedSearch {
  id?: number;
  name: string;
  query: string;
  savedAt: string;
}

export interface RecentSearch {
  query: string;
  usedAt: string;
}

/** A topic suggestion the archivist turned down for one article. */
export interface TagRejection {
  /** `${articleId}:${code}` */
  id: string;
  articleId: string;
  code: string;
  rejectedAt: string;
}

export { ARCHIVE_DB_NAME };

/** The archive: one IndexedDB database, its schema built from the migrations in order. */
export class ArchiveDb extends Dexie {
  articles!: EntityTable<Article, 'id'>;
  pictures!: EntityTable<PictureRow, 'sha256'>;
  images!: EntityTable<ArchivedImage, 'id'>;
  tags!: EntityTable<ArticleTag, 'id'>;
  sources!: EntityTable<Source, 'id'>;
  revisions!: EntityTable<Revision, 'id'>;
  searchChanges!: EntityTable<SearchChangeRow, 'seq'>;
  savedSearches!: EntityTable<SavedSearch, 'id'>;
  recentSearches!: EntityTable<RecentSearch, 'query'>;
  tagAliases!: EntityTable<TagAlias, 'alias'>;
  tagRejections!: EntityTable<TagRejection, 'id'>;
  namesPending!: EntityTable<NamesPendingRow, 'seq'>;

  constructor(name: string = ARCHIVE_DB_NAME, migrations: readonly Migration[] = allMigrations) {
    // Strict: a write counts as done only once it is on disk. The renderer
    // acknowledges a sync batch when its transaction completes and main then
    // deletes its copy, so with Chromium's relaxed default a power cut just
    // after could lose articles both sides had let go of.
    super(name, { chromeTransactionDurability: 'strict' });
    if (migrations === allMigrations && migrations.length !== ARCHIVE_VERSION) {
      throw new Error(`archiveIdentity.ts says version ${ARCHIVE_VERSION}, but there are ${migrations.length} migrations: update ARCHIVE_VERSION with each new migration.`);
    }
    migrations.forEach((migration, index) => {
      if (migration.version !== index + 1) {
        throw new Error(`Archive migration ${index + 1} declares version ${migration.version}; migrations must be numbered 1, 2, 3… in order.`);
      }
      const version = this.version(migration.version).stores(migration.stores);
      if (migration.upgrade) version.upgrade(migration.upgrade);
    });
  }
}
