import Dexie from 'dexie';

let generation = 0;
// Any change to any archive, from this page or another (Dexie tells both).
Dexie.on('storagemutated', () => {
  generation++;
});

/**
 * A number that changes whenever the archive does: what was read under one
 * generation is still what the archive holds while it stays the same.
 */
export const archiveGeneration = (): number => generation;
