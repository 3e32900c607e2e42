import { loadIndex, snapshotIndex } from '../../shared/search/indexSnapshot';
import type { SearchIndex } from '../../shared/search/searchIndex';

/** An index saved and loaded again, positions and all: what the app has after a restart. */
export function roundTripIndex(index: SearchIndex): SearchIndex {
  const { core, positions } = snapshotIndex(index);
  return loadIndex(core, positions);
}
