import { mkdir, readFile, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { OutboxBatch } from '../../shared/host/contract';
import type { ArchivableArticle } from '../../shared/model';
import { RawJson } from '../host/rawJson';
import { writeFileAtomic } from './atomicWrite';

/** A batch file starts with its article count, so a pull can be sized without parsing it. */
const COUNT_PREFIX = /^\{"count":(\d+),/;
/**
 * Text of batches written in this run, kept until acknowledged so a pull
 * need not read back from disk what was just written there (a sixth of the
 * host's delivery time, `npm run bench -- sync`). Capped: past this, pulls
 * read the files.
 */
const MEMORY_BUDGET_CHARS = 32 * 1024 * 1024;

/**
 * Articles on their way to the archive. The archive lives in the renderer's
 * IndexedDB, so main keeps each batch as its own file in userData until the
 * renderer says it has written it: a batch is created atomically, survives
 * any crash, and is deleted only when acknowledged. Redelivery after a crash
 * is harmless because the archive stores articles by stable id.
 */
export class Outbox {
  private sequence = 0;
  private ready: Promise<void> | null = null;
  private readonly remembered = new Map<string, string>();
  private rememberedChars = 0;

  constructor(private readonly dir: string) {}

  private init(): Promise<void> {
    this.ready ??= (async () => {
      await mkdir(this.dir, { recursive: true });
      // Continue numbering after whatever survived the last run, so order holds.
      const names = await this.names();
      const last = names.at(-1);
      this.sequence = last ? Number.parseInt(last.slice(0, 12), 10) + 1 : 0;
    })();
    return this.ready;
  }

  private async names(): Promise<string[]> {
    return (await readdir(this.dir)).filter((name) => /^\d{12}-.+\.json$/.test(name)).sort();
  }

  /** Durably adds a batch; resolves once it is on disk. */
  async put(sourceId: string | null, articles: ArchivableArticle[]): Promise<string> {
    await this.init();
    const id = `${String(this.sequence++).padStart(12, '0')}-${(sourceId ?? 'import').replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 40)}`;
    const batch: OutboxBatch = { count: articles.length, id, sourceId, articles };
    const text = JSON.stringify(batch);
    await writeFileAtomic(join(this.dir, `${id}.json`), text);
    if (this.rememberedChars + text.length <= MEMORY_BUDGET_CHARS) {
      this.remembered.set(id, text);
      this.rememberedChars += text.length;
    }
    return id;
  }

  /**
   * The oldest batches, up to `maxArticles` articles (at least one batch);
   * with `after`, only batches that came after that one, so a reader can
   * fetch the next batches while it is still writing the last ones. The
   * files' own JSON, unparsed: an array of OutboxBatch.
   */
  async peekRaw(maxArticles: number, after?: string): Promise<RawJson> {
    await this.init();
    const texts: string[] = [];
    let count = 0;
    for (const name of await this.names()) {
      if (after !== undefined && name.slice(0, -'.json'.length) <= after) continue;
      if (texts.length > 0 && count >= maxArticles) break;
      let text = this.remembered.get(name.slice(0, -'.json'.length));
      try {
        text ??= await readFile(join(this.dir, name), 'utf8');
      } catch {
        continue; // removed by a concurrent ack between readdir and read: nothing to deliver
      }
      const counted = COUNT_PREFIX.exec(text.slice(0, 40))?.[1];
      if (counted === undefined) {
        // Written before batches carried their count.
        const old = JSON.parse(text) as Omit<OutboxBatch, 'count'>;
        text = JSON.stringify({ count: old.articles.length, ...old });
        count += old.articles.length;
      } else {
        count += Number(counted);
      }
      texts.push(text);
    }
    return new RawJson(`[${texts.join(',')}]`);
  }

  /** peekRaw, parsed. */
  async peek(maxArticles: number, after?: string): Promise<OutboxBatch[]> {
    return JSON.parse((await this.peekRaw(maxArticles, after)).text) as OutboxBatch[];
  }

  /** Drops acknowledged batches; unknown ids are ignored (a repeated ack is harmless). */
  async ack(ids: string[]): Promise<void> {
    await this.init();
    const valid = ids.filter((id) => /^\d{12}-[A-Za-z0-9_-]+$/.test(id));
    for (const id of valid) {
      this.rememberedChars -= this.remembered.get(id)?.length ?? 0;
      this.remembered.delete(id);
    }
    await Promise.all(valid.map((id) => unlink(join(this.dir, `${id}.json`)).catch(() => undefined)));
  }

  async pendingBatches(): Promise<number> {
    await this.init();
    return (await this.names()).length;
  }
}
