import type { UpdateSpec } from 'dexie';
import type { ArchivableArticle, Article } from '../../shared/model';
import { sanitizeForStorage } from '../security/sanitizeForStorage';
import type { ArchiveDb } from './db';
import { replaceImagesOf } from './images';
import { changesContent, keepRevision } from './revisions';
import { ensureSources, sourceIdOf } from './sources';
import { replaceDerivedTagsOf } from './tags';
import { narrowFlagMutation } from './narrowFlagMutation';

export interface ArchiveOutcome {
  /** Articles that were not in the archive before. */
  added: string[];
  /** Articles that were, and were refreshed (their earlier version kept as a revision if it changed). */
  refreshed: string[];
  /** Of the refreshed, those whose content changed: marked updated. */
  changed: string[];
}

/**
 * Gives the UI a turn. scheduler.yield where the engine has it; a message
 * otherwise, because nested setTimeout(0) is clamped to 4 ms (ten chunks a
 * pull cost 40 ms of nothing, measured).
 */
function yieldToUi(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Bodies sanitized per chunk, giving the UI a turn between chunks so a large delivery never freezes it. */
const SANITIZE_CHUNK = 50;

/**
 * Every body sanitized with the browser's own parser before anything is
 * stored: the HTML that reaches the archive is exactly what this engine will
 * render. Done before the transaction, which must not wait on other work.
 */
async function sanitizeBodies(articles: ArchivableArticle[]): Promise<ArchivableArticle[]> {
  const clean: ArchivableArticle[] = [];
  for (let i = 0; i < articles.length; i += SANITIZE_CHUNK) {
    if (i > 0) await yieldToUi();
    // The plain text, where an importer sent it, is left behind: see ArchivableArticle.
    for (const { bodyText: _plain, ...article } of articles.slice(i, i + SANITIZE_CHUNK)) clean.push({ ...article, bodyHtml: sanitizeForStorage(article.bodyHtml) });
  }
  return clean;
}

/**
 * Stores importer or sync output in one transaction: all of it lands, or none
 * does. Idempotent: delivering the same batch twice changes nothing, which
 * is what makes redelivery after a crash safe. Reads and writes are done in
 * bulk, a handful of IndexedDB requests per batch rather than per article.
 */
export interface ArchiveOptions {
  now?: string;
  /**
   * The reader asked for this version (fetching an article's full story):
   * the earlier version is still kept, but the article is not flagged as
   * updated by its source, which it was not.
   */
  byReader?: boolean;
}

export async function archiveArticles(db: ArchiveDb, articles: ArchivableArticle[], { now = new Date().toISOString(), byReader = false }: ArchiveOptions = {}): Promise<ArchiveOutcome> {
  const incoming = await sanitizeBodies(articles);
  return db.transaction('rw', [db.articles, db.images, db.tags, db.tagAliases, db.namesPending, db.sources, db.revisions, db.searchChanges], async () => {
    const outcome: ArchiveOutcome = { added: [], refreshed: [], changed: [] };
    // Reads go out together and writes go out together: each await inside a
    // transaction is a round trip to the browser's IndexedDB process, and on
    // a busy machine round trips, not work, set the pace.
    const links = [...new Set(incoming.flatMap((item) => (item.url ? [item.url] : [])))];
    const [, byId, linked] = await Promise.all([
      ensureSources(db, incoming.map((item) => item.origin), now),
      db.articles.bulkGet(incoming.map((item) => item.id)),
      links.length > 0 ? db.articles.where('url').anyOf(links).toArray() : Promise.resolve([]),
    ]);
    // The archived article each one is: the same id, or failing that the same link from another source.
    const byLink = new Map<string, Article>();
    for (const found of linked) if (found.url) byLink.set(found.url, found);
    // Articles already archived: only theirs have pictures and tags to replace.
    const knownIds = [...new Set([...byId.flatMap((found) => (found ? [found.id] : [])), ...incoming.flatMap((item, i) => (!byId[i] && item.url && byLink.has(item.url) ? [byLink.get(item.url)?.id ?? ''] : []))])];

    const idOf: string[] = [];
    const skipped = new Set<number>();
    const revisionsToKeep: Article[] = [];
    const written = new Map<string, Article>();
    incoming.forEach((item, i) => {
      const { images: _images, tags: _tags, origin, findNames: _findNames, ...fields } = item;
      const sourceId = sourceIdOf(origin);
      // An earlier item in this same batch may already be the article.
      const previous = written.get(byId[i]?.id ?? item.id) ?? byId[i] ?? (item.url ? (written.get(byLink.get(item.url)?.id ?? '') ?? byLink.get(item.url)) : undefined);
      const id = previous?.id ?? item.id;
      idOf[i] = id;
      // A wire item's older version arriving late never replaces the newer one.
      if (previous?.wire?.version && item.wire?.version && compareVersions(item.wire.version, previous.wire.version) < 0) {
        skipped.add(i);
        return;
      }
      const changed = previous !== undefined && (changesContent(previous, fields) || previous.updatedAt !== fields.updatedAt);
      const article: Article = {
        ...fields,
        id,
        sourceId: previous?.sourceId ?? sourceId,
        sourceIds: [...new Set([...(previous?.sourceIds ?? []), sourceId])],
        importedAt: previous?.importedAt ?? now,
        sortDate: fields.publishedAt ?? previous?.importedAt ?? now,
        ...(previous?.starred ? { starred: 1 as const } : {}),
        ...(previous?.read ? { read: 1 as const } : {}),
        ...((changed && !byReader) || previous?.updated ? { updated: 1 as const } : {}),
      };
      if (previous && changed) revisionsToKeep.push(previous);
      written.set(id, article);
      (previous ? outcome.refreshed : outcome.added).push(id);
      if (changed) outcome.changed.push(id);
    });
    const pictures = incoming.flatMap((item, i) => (skipped.has(i) ? [] : [{ id: idOf[i] ?? item.id, images: item.images }]));
    const tags = incoming.flatMap((item, i) => (skipped.has(i) ? [] : [{ id: idOf[i] ?? item.id, tags: item.tags }]));
    // Names for these are found later, in the background (see ArchivableArticle.findNames).
    const namesToFind = [...new Set(incoming.flatMap((item, i) => (skipped.has(i) || !item.findNames ? [] : [idOf[i] ?? item.id])))];
    await Promise.all([
      ...revisionsToKeep.map((previous) => keepRevision(db, previous, now)),
      db.articles.bulkPut([...written.values()]),
      replaceImagesOf(db, knownIds, pictures),
      replaceDerivedTagsOf(db, knownIds, tags, now),
      namesToFind.length > 0 ? db.namesPending.add({ ids: namesToFind }) : Promise.resolve(),
      written.size > 0 ? db.searchChanges.add({ ids: [...written.keys()] }) : Promise.resolve(),
    ]);
    return outcome;
  });
}

/** Wire versions compared as numbers where they are numbers ("10" after "9"), else as text. */
function compareVersions(a: string, b: string): number {
  const [x, y] = [Number(a), Number(b)];
  return Number.isFinite(x) && Number.isFinite(y) ? x - y : a.localeCompare(b);
}

/** Removes articles with everything that hangs off them (used by undo). */
export function removeArticles(db: ArchiveDb, ids: string[]): Promise<void> {
  return db.transaction('rw', [db.articles, db.images, db.tags, db.revisions, db.searchChanges], async () => {
    await db.searchChanges.add({ ids });
    await db.articles.bulkDelete(ids);
    await db.images.where('articleId').anyOf(ids).delete();
    await db.tags.where('articleId').anyOf(ids).delete();
    await db.revisions.where('articleId').anyOf(ids).delete();
  });
}

/** Flags the list and the search index both read, and which a person sets. */
export type ArticleFlag = 'read' | 'starred';

/**
 * Sets or clears a flag on articles. Cleared flags are removed, not stored as
 * 0 (see Article), and the search index hears of the change (is:unread,
 * is:starred). Returns how many articles changed.
 */
export function setFlag(db: ArchiveDb, ids: string[], flag: ArticleFlag, on: boolean): Promise<number> {
  return db.transaction('rw', [db.articles, db.searchChanges], async () => {
    const rows = await db.articles.bulkGet(ids);
    const changing = rows.flatMap((row) => (row && (row[flag] === 1) !== on ? [row.id] : []));
    if (changing.length === 0) return 0;
    await db.articles.bulkUpdate(changing.map((key) => ({ key, changes: { [flag]: on ? 1 : undefined } as UpdateSpec<Article> })));
    narrowFlagMutation(db.name, flag);
    await db.searchChanges.add({ ids: changing });
    return changing.length;
  });
}

export function markRead(db: ArchiveDb, id: string): Promise<number> {
  return setFlag(db, [id], 'read', true);
}
