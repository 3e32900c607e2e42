import Dexie, { type EntityTable } from 'dexie';
import '../archive/quietDexie';
import type { IndexSnapshot, PositionsSnapshot } from '../../shared/search/indexSnapshot';

/** The saved index, with the last archive change it includes. */
export interface SavedIndex {
  key: 'main';
  snapshot: IndexSnapshot;
  /** The last row of the archive's searchChanges queue the snapshot reflects. */
  lastSeq: number;
  savedAt: string;
}

/** The saved index's word positions, read after the rest (see PositionsSnapshot). */
export interface SavedPositions {
  key: 'main';
  positions: PositionsSnapshot;
  /** The savedAt of the index they belong to: a mismatch (a save cut short) means they are not used. */
  savedAt: string;
}

/**
 * The search index's own IndexedDB database, apart from the archive: it is
 * derived data, so it can be dropped and rebuilt at any time (and is, when
 * its layout version changes) without touching an article.
 */
export class IndexStore extends Dexie {
  saved!: EntityTable<SavedIndex, 'key'>;
  positions!: EntityTable<SavedPositions, 'key'>;

  constructor(name = 'newsroom-search') {
    super(name);
    this.version(1).stores({ saved: 'key' });
    this.version(2).stores({ saved: 'key', positions: 'key' });
  }

  async load(): Promise<SavedIndex | undefined> {
    return this.saved.get('main');
  }

  /** The positions saved with `savedAt`'s index; undefined when they are not there or belong to another save. */
  async loadPositions(savedAt: string): Promise<PositionsSnapshot | undefined> {
    const row = await this.positions.get('main');
    return row?.savedAt === savedAt ? row.positions : undefined;
  }

  async store(saved: Omit<SavedIndex, 'key'>, positions: PositionsSnapshot): Promise<void> {
    await this.transaction('rw', [this.saved, this.positions], async () => {
      await this.saved.put({ key: 'main', ...saved });
      await this.positions.put({ key: 'main', positions, savedAt: saved.savedAt });
    });
  }

  async clear(): Promise<void> {
    await this.transaction('rw', [this.saved, this.positions], async () => {
      await this.saved.clear();
      await this.positions.clear();
    });
  }
}
