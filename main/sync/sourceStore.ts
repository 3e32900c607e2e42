import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Subscription } from '../../shared/model';
import { AppendLog } from './appendLog';
import { writeFileAtomic } from './atomicWrite';

/** What main remembers about a source between syncs, beyond what the UI shows. */
export interface SourceRecord extends Omit<Subscription, 'syncing'> {
  etag: string | null;
  lastModified: string | null;
  /** SHA-256 of the last body parsed: an unchanged body is not parsed again. */
  bodyHash: string | null;
  /** Permanent errors (404, 410, not a feed) in a row; enough of them pause the source. */
  permanentFailures: number;
  /** Minimum minutes between syncs the feed asked for (RSS ttl, Cache-Control). */
  serverMinIntervalMinutes: number | null;
  /** Content hash of each item last delivered, by article id: unchanged items are not sent again. */
  itemHashes: Record<string, string>;
  /** A watched folder's files as last read, by path inside it: size and modification time, so an unchanged file is not read again. */
  fileStamps?: Record<string, string>;
  /** A watched folder's files that could not be read, by path, with why: shown until the file is fixed or removed. */
  fileProblems?: Record<string, string>;
}

/** A record as saved before `kind` and `alwaysFetchPage` existed. */
type SavedRecord = Omit<SourceRecord, 'kind' | 'alwaysFetchPage'> & Partial<Pick<SourceRecord, 'kind' | 'alwaysFetchPage'>>;

/** Fields added since the first release, for records saved before them. */
const withDefaults = (record: SavedRecord): SourceRecord => ({ ...record, kind: record.kind ?? 'feed', alwaysFetchPage: record.alwaysFetchPage ?? false });

export const sourceIdFor = (url: string): string => `feed:${createHash('sha256').update(url).digest('hex').slice(0, 16)}`;

/** A journal line: a source as saved, or its removal, in the order they happened. */
type JournalEntry = { revision: number; record: SourceRecord } | { revision: number; removed: string };

/** A snapshot file: a source as of a revision (files from before the journal are a bare record, revision 0). */
interface Snapshot {
  revision: number;
  record: SourceRecord;
}

/** Journal size past which its sources are written back to their own files and it is emptied. */
const COMPACT_AT_BYTES = 8 * 1024 * 1024;

/**
 * Subscriptions and their sync state in userData: a JSON snapshot file per
 * source, and a journal that every save appends to (see AppendLog). Saves
 * are cheap, so a 200-feed sync writes one file per group of saves rather
 * than one per source, and the journal is folded back into the snapshot
 * files when it grows and at each start. Every save carries a revision, so
 * whichever of snapshot and journal is newer wins, and a crash at any point
 * loses at most the saves not yet written. One source's state never
 * corrupts another's: an unreadable snapshot or journal line is skipped.
 */
export class SourceStore {
  private readonly records = new Map<string, SourceRecord>();
  private readonly revisions = new Map<string, number>();
  /** Sources whose latest state is in the journal but not yet in their own file. */
  private readonly dirty = new Set<string>();
  private revision = 0;
  private loaded: Promise<void> | null = null;
  private readonly journal: AppendLog;
  private compacting: Promise<void> | null = null;

  constructor(
    private readonly dir: string,
    private readonly compactAtBytes = COMPACT_AT_BYTES,
  ) {
    this.journal = new AppendLog(join(dir, 'journal.log'));
  }

  load(): Promise<void> {
    this.loaded ??= (async () => {
      await mkdir(this.dir, { recursive: true });
      for (const name of await readdir(this.dir)) {
        if (!name.endsWith('.json')) continue;
        try {
          const parsed = JSON.parse(await readFile(join(this.dir, name), 'utf8')) as Snapshot | SourceRecord;
          const snapshot = 'record' in parsed ? parsed : { revision: 0, record: parsed };
          this.apply(snapshot.revision, snapshot.record.id, snapshot.record);
        } catch {
          // A file that can't be read is skipped rather than stopping every other source.
        }
      }
      const entries = (await this.journal.readAll()) as JournalEntry[];
      for (const entry of entries) {
        const id = 'removed' in entry ? entry.removed : entry.record.id;
        if (this.apply(entry.revision, id, 'removed' in entry ? null : entry.record)) this.dirty.add(id);
      }
      // Fold the journal into the files now: it is then never appended to after a line a crash tore.
      if (entries.length > 0) await this.compact();
    })();
    return this.loaded;
  }

  /** Takes a saved state if it is newer than what is known; null removes the source. */
  private apply(revision: number, id: string, record: SavedRecord | null): boolean {
    this.revision = Math.max(this.revision, revision);
    if (revision < (this.revisions.get(id) ?? -1)) return false;
    this.revisions.set(id, revision);
    if (record) this.records.set(id, withDefaults(record));
    else this.records.delete(id);
    return true;
  }

  all(): SourceRecord[] {
    return [...this.records.values()].sort((a, b) => (a.folder ?? '').localeCompare(b.folder ?? '') || a.title.localeCompare(b.title));
  }

  get(id: string): SourceRecord | undefined {
    return this.records.get(id);
  }

  findByUrl(url: string): SourceRecord | undefined {
    return [...this.records.values()].find((r) => r.url === url);
  }

  /**
   * `durable: false` is for sync state after a fetch: losing it to a power cut
   * only means a refetch, which the flushed outbox and the archive's stable
   * ids make harmless. What the person changed is always flushed.
   */
  async save(record: SourceRecord, { durable = true }: { durable?: boolean } = {}): Promise<void> {
    const revision = this.changed(record.id, record);
    // A line written while a compaction runs could be emptied with the journal; it waits.
    if (this.compacting) await this.compacting;
    await this.journal.append({ revision, record } satisfies JournalEntry, durable);
    // The save stands either way: a compaction that fails leaves the journal as it was, to try again.
    if (this.journal.size >= this.compactAtBytes) await this.compact().catch(() => undefined);
  }

  async remove(id: string): Promise<boolean> {
    const existed = this.records.has(id);
    const revision = this.changed(id, null);
    if (this.compacting) await this.compacting;
    await this.journal.append({ revision, removed: id } satisfies JournalEntry, true);
    return existed;
  }

  /** Records a change in memory, at once, so reads and a compaction starting now both see it. */
  private changed(id: string, record: SourceRecord | null): number {
    const revision = ++this.revision;
    this.revisions.set(id, revision);
    this.dirty.add(id);
    if (record) this.records.set(id, record);
    else this.records.delete(id);
    return revision;
  }

  /** Writes the sources changed since the last compaction to their own files, durably, then empties the journal. */
  private compact(): Promise<void> {
    this.compacting ??= (async () => {
      try {
        // Captured in one synchronous step: a save after this waits for the compaction to end.
        const ids = [...this.dirty];
        this.dirty.clear();
        const writes = ids.map((id) => {
          const record = this.records.get(id);
          if (!record) return unlink(this.fileOf(id)).catch(() => undefined);
          return writeFileAtomic(this.fileOf(id), JSON.stringify({ revision: this.revisions.get(id) ?? 0, record } satisfies Snapshot));
        });
        try {
          await Promise.all(writes);
        } catch (error) {
          // The journal still holds them: keep it, and try again next time.
          for (const id of ids) this.dirty.add(id);
          throw error;
        }
        await this.journal.truncate();
      } finally {
        this.compacting = null;
      }
    })();
    return this.compacting;
  }

  private fileOf(id: string): string {
    return join(this.dir, `${id.replace(/[^A-Za-z0-9_-]/g, '_')}.json`);
  }
}

export function newSourceRecord(url: string, title: string, folder: string | null, now: string, kind: SourceRecord['kind'] = 'feed'): SourceRecord {
  return {
    id: sourceIdFor(url), kind, url, alwaysFetchPage: false, siteUrl: null, title, folder, intervalMinutes: kind === 'folder' ? 5 : 30, paused: false, pausedReason: null,
    addedAt: now, lastAttemptAt: null, lastSuccessAt: null, lastError: null, lastErrorAt: null, nextAttemptAt: now,
    failures: 0, etag: null, lastModified: null, bodyHash: null, permanentFailures: 0, serverMinIntervalMinutes: null, itemHashes: {},
  };
}
