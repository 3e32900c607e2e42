import Dexie, { type EntityTable } from 'dexie';
import type { IndexSnapshot } from '../../shared/search/indexSnapshot';

/** The saved index, with the last archive change it includes. */
export interface SavedIndex {
  key: 'main';
  snapshot: IndexSnapshot;
  /** The last row of the archive's searchChanges queue the snapshot reflects. */
  lastSeq: number;
  savedAt: string;
}

/**
 * The search index's own IndexedDB database, apart from the archive: it is
 * derived data, so it can be dropped and rebuilt at any time (and is, when
 * its layout version changes) without touching an article.
 */
export class IndexStore extends Dexie {
  saved!: EntityTable<SavedIndex, 'key'>;

  constructor(name = 'newsroom-search') {
    super(name);
    this.version(1).stores({ saved: 'key' });
  }

  async load(): Promise<SavedIndex | undefined> {
    return this.saved.get('main');
  }

  async store(saved: Omit<SavedIndex, 'key'>): Promise<void> {
    await this.saved.put({ key: 'main', ...saved });
  }

  async clear(): Promise<void> {
    await this.saved.clear();
  }
}
