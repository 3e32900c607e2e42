import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Subscription } from '../../shared/model';
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
}

export const sourceIdFor = (url: string): string => `feed:${createHash('sha256').update(url).digest('hex').slice(0, 16)}`;

/**
 * Subscriptions and their sync state, one small JSON file per source in
 * userData, each written atomically: a crash loses at most the sync in
 * flight, and one source's state never corrupts another's.
 */
export class SourceStore {
  private readonly records = new Map<string, SourceRecord>();
  private loaded: Promise<void> | null = null;

  constructor(private readonly dir: string) {}

  load(): Promise<void> {
    this.loaded ??= (async () => {
      await mkdir(this.dir, { recursive: true });
      for (const name of await readdir(this.dir)) {
        if (!name.endsWith('.json')) continue;
        try {
          const record = JSON.parse(await readFile(join(this.dir, name), 'utf8')) as SourceRecord;
          this.records.set(record.id, record);
        } catch {
          // A file that can't be read is skipped rather than stopping every other source.
        }
      }
    })();
    return this.loaded;
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
    this.records.set(record.id, record);
    await writeFileAtomic(join(this.dir, `${record.id.replace(/[^A-Za-z0-9_-]/g, '_')}.json`), JSON.stringify(record), { durable });
  }

  async remove(id: string): Promise<boolean> {
    const existed = this.records.delete(id);
    await unlink(join(this.dir, `${id.replace(/[^A-Za-z0-9_-]/g, '_')}.json`)).catch(() => undefined);
    return existed;
  }
}

export function newSourceRecord(url: string, title: string, folder: string | null, now: string): SourceRecord {
  return {
    id: sourceIdFor(url), url, siteUrl: null, title, folder, intervalMinutes: 30, paused: false, pausedReason: null,
    addedAt: now, lastAttemptAt: null, lastSuccessAt: null, lastError: null, lastErrorAt: null, nextAttemptAt: now,
    failures: 0, etag: null, lastModified: null, bodyHash: null, permanentFailures: 0, serverMinIntervalMinutes: null, itemHashes: {},
  };
}
