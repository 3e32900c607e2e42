/**
 * The archive database's name and schema version, in a module of their own
 * so the first-screen read can open the archive before Dexie (and the rest
 * of the bundle) has been evaluated. db.ts checks the version against its
 * migrations, so the two cannot drift apart.
 */
export const ARCHIVE_DB_NAME = 'newsroom-archive';

/** The number of archive migrations (renderer/archive/migrations). */
export const ARCHIVE_VERSION = 7;

/** The version IndexedDB reports for it: Dexie opens version n as n × 10. */
export const ARCHIVE_IDB_VERSION = ARCHIVE_VERSION * 10;
