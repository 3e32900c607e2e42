import { archiveGeneration } from '../../archive/archiveGeneration';
import type { ArchiveDb } from '../../archive/db';
import { listRows, type ListRow } from '../../archive/listRows';
import { afterNextFrame } from './afterNextFrame';

/** Blocks kept: the window's three and a few either side, for scrolling back. */
const KEEP = 12;

/**
 * The list's rows by block, as last read while the archive has not changed.
 * A window is three blocks; moving it by one re-read all three (240 reads of
 * the archive for 40 new rows), and a fast scroll spent a sixth of its time
 * there. Now only blocks not held are read; any change to the archive drops
 * them all, so nothing shown is older than the archive.
 */
export class RowBlocks {
  private readonly held = new Map<string, ListRow[]>();
  private generation = archiveGeneration();

  /** The rows of these blocks of ids, in order, leaving out ids no longer in the archive. */
  async read(db: ArchiveDb, blocks: ReadonlyArray<readonly string[]>): Promise<ListRow[]> {
    const now = archiveGeneration();
    if (now !== this.generation) {
      this.held.clear();
      this.generation = now;
    }
    const missing = blocks.filter((block) => !this.held.has(block.join('\n')));
    // The window moves as j scrolls the list: its new block is read after the frame that shows
    // the next article, not inside the key's task (issuing its 80 reads took ~5 ms).
    if (missing.length > 0) await afterNextFrame();
    const read = missing.length === 0 ? [] : await listRows(db, missing.flat());
    const byId = new Map(read.map((row) => [row.id, row]));
    const rowsOf = (block: readonly string[]): ListRow[] => block.flatMap((id) => byId.get(id) ?? []);
    // Read across a change: handed out, but not kept (the change makes the list read again).
    if (archiveGeneration() === now) for (const block of missing) this.held.set(block.join('\n'), rowsOf(block));
    const rows = blocks.flatMap((block) => this.held.get(block.join('\n')) ?? rowsOf(block));
    for (const key of this.held.keys()) {
      if (this.held.size <= KEEP) break;
      this.held.delete(key);
    }
    return rows;
  }
}
