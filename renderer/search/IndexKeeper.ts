import { attachPositions, loadIndex, snapshotIndex, SNAPSHOT_VERSION } from '../../shared/search/indexSnapshot';
import { SearchIndex } from '../../shared/search/searchIndex';
import type { ArchiveDb } from '../archive/db';
import type { IndexStore } from './indexStore';
import type { SearchStatus } from './searchProtocol';
import { searchDocuments } from './searchDocuments';

/** Articles read from the archive per step of a build. */
const BUILD_PAGE = 500;
/** Quiet time after the last change before the index is saved: a sync delivers in bursts. */
const SAVE_AFTER_MS = 3000;
/**
 * Changes that keep trickling in (the background name pass re-indexes 25
 * articles at a time for minutes after a big sync) would otherwise put the
 * save off until they stop: past this, the save waits for nothing more.
 */
const SAVE_AT_MOST_MS = 10_000;

/**
 * Keeps the search index in step with the archive: loads the saved index
 * (or builds one), applies the archive's change queue, checks at start-up
 * that it holds exactly the archive's articles, and saves itself once
 * changes settle, deleting the queue rows it has saved.
 */
export class IndexKeeper {
  index = new SearchIndex();
  private lastSeq = 0;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  /** When the oldest unsaved change was applied (ms), or null when all is saved. */
  private unsavedSince: number | null = null;
  private work: Promise<unknown> = Promise.resolve();
  private status: SearchStatus = { state: 'loading', documents: 0 };
  private markSearchable: (ok: boolean) => void = () => undefined;
  /** Resolves as soon as searches can be answered: a saved index answers before its positions and the change queue are read. */
  readonly searchable = new Promise<void>((resolve, reject) => {
    this.markSearchable = (ok) => (ok ? resolve() : reject(new Error('The search index could not be opened.')));
  });

  constructor(
    private readonly archive: ArchiveDb,
    private readonly store: IndexStore,
    private readonly report: (status: SearchStatus) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Loads or builds the index, catches up with the archive; resolves once searches can be answered. */
  async start(started: number): Promise<void> {
    let loadedFrom: 'snapshot' | 'archive' = 'snapshot';
    try {
      const [saved] = await Promise.all([this.store.load(), this.sourceNames()]);
      if (saved?.snapshot.version === SNAPSHOT_VERSION) {
        this.index = loadIndex(saved.snapshot);
        this.lastSeq = saved.lastSeq;
        // Searches are answered from here on; phrases wait for the positions, read next.
        this.setStatus({ state: 'ready', documents: this.index.liveCount, loadedFrom, readyMs: Math.round(this.now() - started), saved: true });
        this.positionsLoaded = this.serially(async () => {
          const positions = await this.store.loadPositions(saved.savedAt);
          if (positions) attachPositions(this.index, positions);
          else await this.rebuildInPlace();
        });
      } else {
        loadedFrom = 'archive';
        await this.build();
      }
    } catch (error) {
      this.setStatus({ state: 'failed', documents: 0, error: error instanceof Error ? error.message : String(error) });
      throw error;
    }
    await this.serially(() => this.applyChanges());
    this.setStatus({ ...this.status, state: 'ready', documents: this.index.liveCount, loadedFrom, readyMs: this.status.readyMs ?? Math.round(this.now() - started), saved: !this.savePending() });
    // After answering is possible: the check reads every article key, which need not hold up the first search.
    void this.serially(() => this.checkConsistency()).catch(() => undefined);
  }

  /** Resolves once phrases can be answered (a saved index's positions are read after it opens). */
  positionsLoaded: Promise<void> = Promise.resolve();

  /** Saved positions missing or from another save: the index is built again from the archive. */
  private async rebuildInPlace(): Promise<void> {
    this.index = new SearchIndex();
    await this.build();
  }

  /** Runs index work one piece at a time, so a search never sees a half-applied change. */
  serially<T>(task: () => Promise<T>): Promise<T> {
    const next = this.work.then(task, task);
    this.work = next.catch(() => undefined);
    return next;
  }

  /** Reads the archive's change queue and applies it. */
  async applyChanges(): Promise<number> {
    const rows = await this.archive.searchChanges.where('seq').above(this.lastSeq).toArray();
    if (rows.length === 0) return 0;
    const ids = [...new Set(rows.flatMap((row) => row.ids))];
    const sources = await this.sourceNames();
    for (let i = 0; i < ids.length; i += BUILD_PAGE) {
      const page = ids.slice(i, i + BUILD_PAGE);
      const docs = await searchDocuments(this.archive, page, sources);
      const found = new Set(docs.map((d) => d.id));
      for (const doc of docs) this.index.add(doc);
      for (const id of page) if (!found.has(id)) this.index.remove(id);
    }
    this.lastSeq = Math.max(...rows.map((row) => row.seq ?? 0));
    this.setStatus({ ...this.status, documents: this.index.liveCount });
    this.scheduleSave();
    return ids.length;
  }

  /** Drops the index and builds it again from the archive (the recovery for a damaged index). */
  async rebuild(): Promise<void> {
    await this.store.clear();
    this.index = new SearchIndex();
    await this.build();
    this.setStatus({ state: 'ready', documents: this.index.liveCount, loadedFrom: 'archive' });
    await this.save();
  }

  /** Stops the pending save (the window is closing, or a test is done). */
  close(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
  }

  async save(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    const lastSeq = this.lastSeq;
    this.unsavedSince = null;
    const { core, positions } = snapshotIndex(this.index);
    // Saving compacts: continue from the saved form, so dead documents stop costing memory and time.
    if (this.index.deadShare > 0.1) this.index = loadIndex(core, positions);
    await this.store.store({ snapshot: core, lastSeq, savedAt: new Date().toISOString() }, positions);
    await this.archive.searchChanges.where('seq').belowOrEqual(lastSeq).delete();
    // Changes that came in while this saved are still to save.
    if (!this.savePending()) this.setStatus({ ...this.status, saved: true });
  }

  private savePending(): boolean {
    return this.saveTimer !== null;
  }

  private scheduleSave(): void {
    if (this.status.saved !== false) this.setStatus({ ...this.status, saved: false });
    const now = this.now();
    this.unsavedSince ??= now;
    // Changes for longer than SAVE_AT_MOST_MS: the save already waiting is kept, not put off again.
    if (this.saveTimer && now - this.unsavedSince >= SAVE_AT_MOST_MS) return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    // A save that fails (the disk full, the database closed) leaves `saved` false; the next change tries again.
    this.saveTimer = setTimeout(() => void this.serially(() => this.save()).catch(() => undefined), SAVE_AFTER_MS);
  }

  private async build(): Promise<void> {
    // Changes queued before the build are in what it reads.
    const last = await this.archive.searchChanges.orderBy('seq').last();
    const total = await this.archive.articles.count();
    const sources = await this.sourceNames();
    this.setStatus({ state: 'building', documents: 0, done: 0, total });
    let after: string | null = null;
    for (;;) {
      const ids = await this.idsAfter(after);
      if (ids.length === 0) break;
      for (const doc of await searchDocuments(this.archive, ids, sources)) this.index.add(doc);
      after = ids.at(-1) ?? null;
      this.setStatus({ state: 'building', documents: this.index.liveCount, done: this.index.liveCount, total });
    }
    this.index.dictionary.settle();
    this.lastSeq = Math.max(this.lastSeq, last?.seq ?? 0);
    this.scheduleSave();
  }

  /** The index holds exactly the archive's articles: any missing are indexed, any extra dropped. */
  private async checkConsistency(): Promise<void> {
    const keys = await this.archive.articles.toCollection().primaryKeys();
    const inArchive = new Set(keys);
    const missing = keys.filter((id) => !this.index.has(id));
    const extra = this.index.ids.filter((id) => id !== '' && !inArchive.has(id));
    if (missing.length + extra.length === 0) return;
    const sources = await this.sourceNames();
    for (let i = 0; i < missing.length; i += BUILD_PAGE) for (const doc of await searchDocuments(this.archive, missing.slice(i, i + BUILD_PAGE), sources)) this.index.add(doc);
    for (const id of extra) this.index.remove(id);
    this.setStatus({ ...this.status, documents: this.index.liveCount, repaired: missing.length + extra.length });
    this.scheduleSave();
  }

  /** A page of article ids in key order, after `after`: no offset scans. */
  private async idsAfter(after: string | null): Promise<string[]> {
    if (after === null) return (await this.archive.articles.limit(BUILD_PAGE).primaryKeys()).map(String);
    return (await this.archive.articles.where(':id').above(after).limit(BUILD_PAGE).primaryKeys()).map(String);
  }

  /** Source names by id, as last read (with each change applied): results name their source without a read per keystroke. */
  names = new Map<string, string>();

  private async sourceNames(): Promise<Map<string, string>> {
    this.names = new Map((await this.archive.sources.toArray()).map((s) => [s.id, s.name]));
    return this.names;
  }

  private setStatus(status: SearchStatus): void {
    this.status = status;
    if (status.state === 'ready') this.markSearchable(true);
    if (status.state === 'failed') this.markSearchable(false);
    this.report(status);
  }
}
