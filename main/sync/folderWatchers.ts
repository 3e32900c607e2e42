import { watch, type FSWatcher } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SourceRecord } from './sourceStore';

/** Quiet time after the last change before a folder is read: a copy of many files, or one large file, lands first. */
const SETTLE_MS = 300;

interface Watch {
  path: string;
  watcher: FSWatcher;
  timer: NodeJS.Timeout | null;
}

/**
 * One file-system watcher per watched folder (subfolders included), each
 * telling its source to sync once changes settle. Watching is a shortcut,
 * not the only way in: a folder is also read on its interval, so a change
 * a watcher misses (network disks, a watcher that died) still arrives.
 */
export class FolderWatchers {
  private readonly watches = new Map<string, Watch>();

  constructor(
    private readonly changed: (id: string) => void,
    private readonly settleMs = SETTLE_MS,
  ) {}

  /** Watches exactly the unpaused folder sources among these. */
  update(records: SourceRecord[]): void {
    const wanted = new Map(records.filter((r) => r.kind === 'folder' && !r.paused).map((r) => [r.id, fileURLToPath(r.url)]));
    for (const [id, watch] of this.watches) {
      if (wanted.get(id) !== watch.path) this.unwatch(id);
    }
    for (const [id, path] of wanted) {
      if (!this.watches.has(id)) this.watch(id, path);
    }
  }

  /** The sources being watched now. */
  watching(): string[] {
    return [...this.watches.keys()];
  }

  close(): void {
    for (const id of [...this.watches.keys()]) this.unwatch(id);
  }

  private watch(id: string, path: string): void {
    let watcher: FSWatcher;
    try {
      watcher = watch(path, { recursive: true, persistent: false });
    } catch {
      // Not there now: its interval sync reports that, and a later update tries again.
      return;
    }
    const entry: Watch = { path, watcher, timer: null };
    watcher.on('change', () => {
      if (entry.timer) clearTimeout(entry.timer);
      entry.timer = setTimeout(() => {
        entry.timer = null;
        this.changed(id);
      }, this.settleMs);
    });
    // The folder went away under the watcher: drop it, and let the next sync say so.
    watcher.on('error', () => this.unwatch(id));
    this.watches.set(id, entry);
  }

  private unwatch(id: string): void {
    const entry = this.watches.get(id);
    if (!entry) return;
    if (entry.timer) clearTimeout(entry.timer);
    entry.watcher.close();
    this.watches.delete(id);
  }
}
