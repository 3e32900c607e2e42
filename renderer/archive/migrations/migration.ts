import type { Transaction } from 'dexie';

/**
 * One schema version of the archive. Each lives in its own file, named
 * NNNN-what-it-does.ts, and is listed in order in ./index.ts. A migration
 * never changes once released: the next change is the next file.
 */
export interface Migration {
  version: number;
  /** Dexie store definitions for this version: a string per table, null to drop one. */
  stores: Record<string, string | null>;
  /** Rewrites existing rows for this version, inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
}
