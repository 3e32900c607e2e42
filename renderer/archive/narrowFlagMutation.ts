import Dexie from 'dexie';

/**
 * Inside a transaction that has just rewritten articles to change only
 * `flag`, narrows what Dexie will announce (storagemutated) to the rows
 * and the flag's index. Dexie marks every index of a row it rewrites when
 * it has no copy of the old row, so each batch of read marks told the list
 * that article dates had changed, and the list read all 100,000 ids again
 * while the reader went on with j. The parts are Dexie's transaction's own
 * (`mutatedParts`, announced as the transaction completes); should a Dexie
 * release keep them elsewhere, nothing is narrowed and the list just
 * re-reads, as before (tests/archive/flagMutation.test.ts would say so).
 */
export function narrowFlagMutation(dbName: string, flag: string): void {
  const transaction = Dexie.currentTransaction as { idbtrans?: { mutatedParts?: Record<string, unknown> } } | null;
  const parts = transaction?.idbtrans?.mutatedParts;
  if (!parts) return;
  const table = `idb://${dbName}/articles/`;
  for (const part of Object.keys(parts)) {
    // Kept: the rows themselves (their primary keys) and the flag's index.
    if (part.startsWith(table) && part !== table && part !== `${table}${flag}`) Reflect.deleteProperty(parts, part);
  }
}
