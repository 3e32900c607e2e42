import { mkdir, readFile, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { OutboxBatch } from '../../shared/host/contract';
import type { ArchivableArticle } from '../../shared/model';
import { RawJson } from '../host/rawJson';
import { writeFileAtomic } from './atomicWrite';

/** A batch's JSON starts with its count and id, so pulls and acks never parse it. */
const BATCH_HEAD = /^\{"count":(\d+),"id":"(\d{12}-[A-Za-z0-9_-]+)"/;
const BATCH_ID = /^\d{12}-[A-Za-z0-9_-]+$/;
const FILE_NAME = /^\d{12}-.+\.json$/;
/**
 * Text of batches written in this run, kept until acknowledged so a pull
 * need not read back from disk what was just written there (a sixth of the
 * host's delivery time, `npm run bench -- sync`). Capped: past this, pulls
 * read the files.
 */
const MEMORY_BUDGET_CHARS = 32 * 1024 * 1024;
/** Most text written to one file. */
const GROUP_CHARS = 32 * 1024 * 1024;

interface Entry {
  id: string;
  count: number;
  file: string;
  /** The batch's JSON while it fits the memory budget; otherwise read from `file`. */
  text: string | null;
}

interface Queued {
  id: string;
  count: number;
  text: string;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Articles on their way to the archive. The archive lives in the renderer's
 * IndexedDB, so main keeps each batch on disk in userData until the renderer
 * says it has written it: a batch is written atomically, survives any
 * crash, and is dropped only when acknowledged. Redelivery after a crash is
 * harmless because the archive stores articles by stable id.
 *
 * Batches that arrive while a write is under way are written together, one
 * per line of one file (group commit): on this machine each small file
 * written costs about a millisecond of CPU, and a 200-feed sync wrote 200.
 * A file is deleted when every batch in it has been acknowledged.
 */
export class Outbox {
  private sequence = 0;
  private ready: Promise<void> | null = null;
  /** Every unacknowledged batch, in order. */
  private readonly entries = new Map<string, Entry>();
  /** Unacknowledged batches left in each file. */
  private readonly left = new Map<string, number>();
  private queue: Queued[] = [];
  private writing = false;
  private rememberedChars = 0;

  constructor(private readonly dir: string) {}

  private init(): Promise<void> {
    this.ready ??= (async () => {
      await mkdir(this.dir, { recursive: true });
      const files = (await readdir(this.dir)).filter((name) => FILE_NAME.test(name)).sort();
      for (const file of files) {
        let text: string;
        try {
          text = await readFile(join(this.dir, file), 'utf8');
        } catch {
          continue;
        }
        const lines = batchLines(text);
        for (const line of lines) this.entries.set(line.id, { id: line.id, count: line.count, file, text: null });
        if (lines.length > 0) this.left.set(file, lines.length);
      }
      // Continue numbering after whatever survived the last run, so order holds.
      const last = [...this.entries.keys()].at(-1) ?? files.at(-1);
      this.sequence = last ? Number.parseInt(last.slice(0, 12), 10) + 1 : 0;
    })();
    return this.ready;
  }

  /** Durably adds a batch; resolves with its id once it is on disk. */
  async put(sourceId: string | null, articles: ArchivableArticle[]): Promise<string> {
    await this.init();
    const id = `${String(this.sequence++).padStart(12, '0')}-${(sourceId ?? 'import').replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 40)}`;
    const batch: OutboxBatch = { count: articles.length, id, sourceId, articles };
    const text = JSON.stringify(batch);
    await new Promise<void>((resolve, reject) => {
      this.queue.push({ id, count: articles.length, text, resolve, reject });
      void this.flush();
    });
    return id;
  }

  /** Writes what is queued, a file per group, until nothing is. */
  private async flush(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    try {
      while (this.queue.length > 0) {
        let chars = 0;
        let take = 0;
        while (take < this.queue.length && (take === 0 || chars + (this.queue[take]?.text.length ?? 0) <= GROUP_CHARS)) chars += this.queue[take++]?.text.length ?? 0;
        const group = this.queue.splice(0, take);
        const file = `${group[0]?.id ?? 'batch'}.json`;
        try {
          // JSON.stringify never writes a raw newline, so a line is a batch.
          await writeFileAtomic(join(this.dir, file), group.map((queued) => queued.text).join('\n'));
        } catch (error) {
          for (const queued of group) queued.reject(error);
          continue;
        }
        for (const queued of group) {
          const keep = this.rememberedChars + queued.text.length <= MEMORY_BUDGET_CHARS;
          if (keep) this.rememberedChars += queued.text.length;
          this.entries.set(queued.id, { id: queued.id, count: queued.count, file, text: keep ? queued.text : null });
        }
        this.left.set(file, group.length);
        for (const queued of group) queued.resolve();
      }
    } finally {
      this.writing = false;
    }
  }

  /**
   * The oldest batches, up to `maxArticles` articles (at least one batch);
   * with `after`, only batches that came after that one, so a reader can
   * fetch the next batches while it is still writing the last ones. Their
   * JSON as written, unparsed: an array of OutboxBatch.
   */
  async peekRaw(maxArticles: number, after?: string): Promise<RawJson<OutboxBatch[]>> {
    await this.init();
    const texts: string[] = [];
    const read = new Map<string, Map<string, string>>();
    let count = 0;
    for (const entry of [...this.entries.values()]) {
      if (after !== undefined && entry.id <= after) continue;
      if (texts.length > 0 && count >= maxArticles) break;
      const text = entry.text ?? (await this.readBatch(entry, read));
      if (text === null) continue; // acknowledged while this pull was reading
      texts.push(text);
      count += entry.count;
    }
    return new RawJson<OutboxBatch[]>(`[${texts.join(',')}]`);
  }

  private async readBatch(entry: Entry, read: Map<string, Map<string, string>>): Promise<string | null> {
    let lines = read.get(entry.file);
    if (!lines) {
      try {
        lines = new Map(batchLines(await readFile(join(this.dir, entry.file), 'utf8')).map((line) => [line.id, line.text]));
      } catch {
        lines = new Map();
      }
      read.set(entry.file, lines);
    }
    return lines.get(entry.id) ?? null;
  }

  /** peekRaw, parsed. */
  async peek(maxArticles: number, after?: string): Promise<OutboxBatch[]> {
    return JSON.parse((await this.peekRaw(maxArticles, after)).text) as OutboxBatch[];
  }

  /** Drops acknowledged batches; unknown ids are ignored (a repeated ack is harmless). */
  async ack(ids: string[]): Promise<void> {
    await this.init();
    const emptied: string[] = [];
    for (const id of ids) {
      const entry = BATCH_ID.test(id) ? this.entries.get(id) : undefined;
      if (!entry) continue;
      this.entries.delete(id);
      this.rememberedChars -= entry.text?.length ?? 0;
      const left = (this.left.get(entry.file) ?? 1) - 1;
      if (left > 0) {
        this.left.set(entry.file, left);
      } else {
        this.left.delete(entry.file);
        emptied.push(entry.file);
      }
    }
    await Promise.all(emptied.map((file) => unlink(join(this.dir, file)).catch(() => undefined)));
  }

  /** Every picture (by SHA-256) an article still waiting here names: those must stay until it is delivered. */
  async pendingPictures(): Promise<Set<string>> {
    const raw = await this.peekRaw(Number.MAX_SAFE_INTEGER);
    return new Set([...raw.text.matchAll(/"sha256":"([0-9a-f]{64})"/g)].map((match) => match[1] as string));
  }

  async pendingBatches(): Promise<number> {
    await this.init();
    return this.entries.size;
  }
}

/** The batches in one file, a line each; a batch written before batches carried their count gets it here. */
function batchLines(text: string): Array<{ id: string; count: number; text: string }> {
  const lines: Array<{ id: string; count: number; text: string }> = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const head = BATCH_HEAD.exec(line.slice(0, 120));
    if (head?.[1] && head[2]) {
      lines.push({ id: head[2], count: Number(head[1]), text: line });
      continue;
    }
    try {
      const old = JSON.parse(line) as Omit<OutboxBatch, 'count'>;
      if (typeof old.id === 'string' && BATCH_ID.test(old.id) && Array.isArray(old.articles)) {
        lines.push({ id: old.id, count: old.articles.length, text: JSON.stringify({ count: old.articles.length, ...old }) });
      }
    } catch {
      // Not a batch: nothing to deliver from this line.
    }
  }
  return lines;
}
