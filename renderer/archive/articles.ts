import type { Article, NormalizedArticle } from '../../shared/model';
import type { ArchiveDb } from './db';
import { replaceImages } from './images';
import { changesContent, keepRevision } from './revisions';
import { ensureSource } from './sources';
import { replaceDerivedTags } from './tags';

export interface ArchiveOutcome {
  /** Articles that were not in the archive before. */
  added: string[];
  /** Articles that were, and were refreshed (their earlier version kept as a revision if it changed). */
  refreshed: string[];
}

/** Stores importer output in one transaction: all of it lands, or none does. */
export function archiveArticles(db: ArchiveDb, incoming: NormalizedArticle[], now: string = new Date().toISOString()): Promise<ArchiveOutcome> {
  return db.transaction('rw', [db.articles, db.images, db.tags, db.sources, db.revisions], async () => {
    const outcome: ArchiveOutcome = { added: [], refreshed: [] };
    for (const item of incoming) {
      const { images, tags, origin, ...fields } = item;
      const sourceId = await ensureSource(db, origin, now);
      const previous = await db.articles.get(item.id);
      if (previous && changesContent(previous, fields)) await keepRevision(db, previous, now);
      const article: Article = {
        ...fields,
        sourceId,
        importedAt: previous?.importedAt ?? now,
        sortDate: fields.publishedAt ?? previous?.importedAt ?? now,
        read: previous?.read ?? 0,
        starred: previous?.starred ?? 0,
      };
      await db.articles.put(article);
      await replaceImages(db, item.id, images);
      await replaceDerivedTags(db, item.id, tags, now);
      (previous ? outcome.refreshed : outcome.added).push(item.id);
    }
    return outcome;
  });
}

/** Removes articles with everything that hangs off them (used by undo). */
export function removeArticles(db: ArchiveDb, ids: string[]): Promise<void> {
  return db.transaction('rw', [db.articles, db.images, db.tags, db.revisions], async () => {
    await db.articles.bulkDelete(ids);
    await db.images.where('articleId').anyOf(ids).delete();
    await db.tags.where('articleId').anyOf(ids).delete();
    await db.revisions.where('articleId').anyOf(ids).delete();
  });
}

/** The whole list, newest first. (A virtualized, paged list comes with the reader work.) */
export function newestFirst(db: ArchiveDb): Promise<Article[]> {
  return db.articles.orderBy('sortDate').reverse().toArray();
}

export function markRead(db: ArchiveDb, id: string): Promise<number> {
  return db.articles.update(id, { read: 1 });
}
