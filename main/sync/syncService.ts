import type { Subscription } from '../../shared/model';
import type { EmitEvent } from '../../shared/host/contract';
import type { FetchOptions } from './httpFetch';
import type { PictureStore } from '../images/pictureStore';
import type { Outbox } from './outbox';
import type { SourceRecord, SourceStore } from './sourceStore';
import { FolderWatchers } from './folderWatchers';
import { hostOf } from './hostOf';
import { syncSource } from './syncSource';
import { throttle } from './throttle';

/** Least time between two progress or health events. */
const EVENT_INTERVAL_MS = 200;

export interface SyncSettings {
  fetch: FetchOptions;
  /** Fetch the page of an item whose feed gives only a summary, and take the story from it (on unless said otherwise). */
  fetchPages?: boolean;
  /** Fetches at once, across all sources. */
  maxConcurrent: number;
  /** Fetches at once to one host: politeness. */
  perHostConcurrent: number;
  /** Least time between two fetches starting on one host. */
  perHostGapMs: number;
  /** How often due sources are looked for. */
  tickMs: number;
  /** First retry delay after a failure; doubles with each failure after. */
  backoffBaseMs: number;
  /** Whether this machine has a network at all. */
  isOnline: () => boolean;
  /** Whether a source needs the network (sources on this machine don't). */
  needsNetwork: (url: string) => boolean;
}

/**
 * Keeps every source current: finds due sources on a timer (or on "sync
 * now"), fetches within global and per-host limits, and reports progress.
 * One source failing never stops another: each runs and settles on its own.
 */
export class SyncService {
  private readonly queue: string[] = [];
  private readonly running = new Set<string>();
  private readonly activeByHost = new Map<string, number>();
  private readonly lastStartByHost = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private pumpTimer: NodeJS.Timeout | null = null;
  private online = true;
  private run = { total: 0, done: 0, newCount: 0, updatedCount: 0 };
  private idleWaiters: Array<() => void> = [];
  /** Sources that changed again while they synced: synced once more when they finish. */
  private readonly again = new Set<string>();
  private readonly folders = new FolderWatchers((id) => this.syncSoon(id));
  private readonly sourcesChanged = throttle(() => this.emit('sourcesChanged', { sources: this.list() }), EVENT_INTERVAL_MS);
  private readonly outboxReady = throttle(() => this.emit('outboxReady', { pending: 0 }), EVENT_INTERVAL_MS);
  private readonly progressChanged = throttle(() => this.emit('syncProgress', { running: this.queue.length + this.running.size > 0, ...this.run }), EVENT_INTERVAL_MS);

  constructor(
    private readonly store: SourceStore,
    private readonly outbox: Outbox,
    private readonly settings: SyncSettings,
    private readonly emit: EmitEvent,
    /** Where pictures of synced articles are downloaded to; none, and pictures are left for later. */
    private readonly pictures: PictureStore | null = null,
  ) {}

  async start(): Promise<void> {
    await this.store.load();
    this.watchFolders();
    this.tick();
    this.timer = setInterval(() => this.tick(), this.settings.tickMs);
    this.timer.unref();
  }

  stop(): void {
    this.sourcesChanged.cancel();
    this.outboxReady.cancel();
    this.progressChanged.cancel();
    if (this.timer) clearInterval(this.timer);
    if (this.pumpTimer) clearTimeout(this.pumpTimer);
    this.timer = null;
    this.folders.close();
  }

  /** Watches the folder sources as they now are: call after a source is added, paused, resumed or removed. */
  watchFolders(): void {
    this.folders.update(this.store.all());
  }

  /** A watched folder changed: sync it now, or once more after the sync under way, which may have missed the change. */
  private syncSoon(id: string): void {
    const record = this.store.get(id);
    if (!record || record.paused) return;
    if (this.running.has(id)) this.again.add(id);
    else this.syncNow(id);
  }

  view(record: SourceRecord): Subscription {
    const { etag: _etag, lastModified: _lm, bodyHash: _bh, permanentFailures: _pf, serverMinIntervalMinutes: _sm, itemHashes: _ih, fileStamps: _fs, fileProblems: _fp, ...visible } = record;
    return { ...visible, syncing: this.running.has(record.id) || this.queue.includes(record.id) };
  }

  list(): Subscription[] {
    return this.store.all().map((r) => this.view(r));
  }

  /** Queues sources to sync now: one, or every unpaused one. */
  syncNow(id?: string): number {
    const targets = this.store.all().filter((r) => (id === undefined ? !r.paused : r.id === id));
    for (const record of targets) this.enqueue(record.id);
    this.pump();
    return targets.length;
  }

  /** Resolves when nothing is queued or running (tests and benchmarks wait on it). */
  whenIdle(): Promise<void> {
    if (this.queue.length === 0 && this.running.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private tick(): void {
    const online = this.settings.isOnline();
    if (online !== this.online) {
      this.online = online;
      this.emit('connectivity', { online });
    }
    const now = Date.now();
    for (const record of this.store.all()) {
      if (record.paused || !record.nextAttemptAt || Date.parse(record.nextAttemptAt) > now) continue;
      this.enqueue(record.id);
    }
    this.pump();
  }

  private enqueue(id: string): void {
    if (this.running.has(id) || this.queue.includes(id)) return;
    if (this.queue.length === 0 && this.running.size === 0) this.run = { total: 0, done: 0, newCount: 0, updatedCount: 0 };
    this.queue.push(id);
    this.run.total++;
  }

  private pump(): void {
    if (this.pumpTimer) {
      clearTimeout(this.pumpTimer);
      this.pumpTimer = null;
    }
    const now = Date.now();
    let wakeAt = Infinity;
    for (let i = 0; i < this.queue.length && this.running.size < this.settings.maxConcurrent; ) {
      const id = this.queue[i] as string;
      const record = this.store.get(id);
      if (!record) {
        this.queue.splice(i, 1);
        this.run.total--;
        continue;
      }
      // Offline: leave network sources queued instead of piling up failing requests.
      if (!this.online && this.settings.needsNetwork(record.url)) {
        i++;
        continue;
      }
      const host = hostOf(record.url);
      const active = this.activeByHost.get(host) ?? 0;
      const readyAt = (this.lastStartByHost.get(host) ?? 0) + this.settings.perHostGapMs;
      if (active >= this.settings.perHostConcurrent || readyAt > now) {
        if (readyAt > now) wakeAt = Math.min(wakeAt, readyAt);
        i++;
        continue;
      }
      this.queue.splice(i, 1);
      this.activeByHost.set(host, active + 1);
      this.lastStartByHost.set(host, now);
      this.running.add(id);
      void this.runOne(record, host);
    }
    if (wakeAt !== Infinity) this.pumpTimer = setTimeout(() => this.pump(), wakeAt - now);
    this.progress();
  }

  private async runOne(record: SourceRecord, host: string): Promise<void> {
    this.sourcesChanged();
    try {
      const { record: next, outcome } = await syncSource(record, this.outbox, { fetch: this.settings.fetch, backoffBaseMs: this.settings.backoffBaseMs, pictures: this.pictures, fetchPages: this.settings.fetchPages ?? false });
      // A source edited or removed while it synced keeps the person's change.
      const current = this.store.get(record.id);
      if (current) {
        const pausedMeanwhile = current.paused && !next.paused;
        await this.store.save(
          {
            ...next,
            title: current.title !== record.title ? current.title : next.title,
            folder: current.folder,
            intervalMinutes: current.intervalMinutes,
            alwaysFetchPage: current.alwaysFetchPage,
            ...(pausedMeanwhile ? { paused: true, pausedReason: current.pausedReason, nextAttemptAt: null } : {}),
          },
          { durable: false },
        );
      }
      this.run.newCount += outcome.newCount;
      this.run.updatedCount += outcome.updatedCount;
      if (outcome.newCount + outcome.updatedCount > 0) this.outboxReady();
    } catch (error) {
      // A bug in one source's sync is reported on that source, never thrown at the others.
      const current = this.store.get(record.id);
      if (current) await this.store.save({ ...current, lastError: `Newsroom Reader failed while syncing this source: ${error instanceof Error ? error.message : String(error)}`, lastErrorAt: new Date().toISOString(), nextAttemptAt: new Date(Date.now() + 30 * 60_000).toISOString() });
    } finally {
      this.running.delete(record.id);
      this.activeByHost.set(host, (this.activeByHost.get(host) ?? 1) - 1);
      this.run.done++;
      if (this.again.delete(record.id)) this.enqueue(record.id);
      this.pump();
      if (this.queue.length === 0 && this.running.size === 0) {
        // The end of a run is always reported at once, never held back by the throttle.
        this.sourcesChanged.flush();
        this.progressChanged.flush();
        for (const resolve of this.idleWaiters.splice(0)) resolve();
      } else {
        this.sourcesChanged();
      }
    }
  }

  private progress(): void {
    this.progressChanged();
  }
}
