import type { ArticleTag, Tag } from '../../shared/model';
import { htmlText } from '../../shared/search/htmlText';
import type { ArchiveDb } from '../archive/db';
import { aliasLookup, derivedTagRows } from '../archive/tags';

/** Finds an article's entity tags from its paragraphs (the entity tagger). */
export type FindNames = (paragraphs: string[]) => Tag[];

/** Articles read per transaction: small, so a sync's writes never wait long behind it. */
export const NAME_BATCH = 25;

/**
 * The background pass that gives synced articles their people, places and
 * organisations. Sync queues them (namesPending) instead of running the
 * tagger, which reads about a hundred articles a second; this takes a few
 * at a time, replaces their entity tags in one transaction with the
 * queue rows, and tells the search index, so `person:` and the tag
 * timelines see the names a moment after the articles arrive.
 * Returns how many articles it read (0 when the queue is empty).
 */
export async function findNamesBatch(db: ArchiveDb, findNames: FindNames, size = NAME_BATCH): Promise<number> {
  const first = await db.namesPending.orderBy('seq').first();
  if (!first) return 0;
  const ids = [...new Set(first.ids)].slice(0, size);
  const [articles, aliasOf] = await Promise.all([db.articles.bulkGet(ids), aliasLookup(db)]);
  const now = new Date().toISOString();
  const rows: ArticleTag[] = articles.flatMap((article) =>
    article ? derivedTagRows(article.id, findNames(htmlText(`${article.dek ? `<p>${article.dek}</p>` : ''}${article.bodyHtml}`).split(/\n{2,}/)), aliasOf, now) : [],
  );
  const done = articles.flatMap((a) => (a ? [a.id] : []));
  const taken = new Set(ids);
  await db.transaction('rw', [db.tags, db.namesPending, db.searchChanges], async () => {
    // An article synced again meanwhile is named again in a later row, and
    // its names are found once more from its new text when that row's turn comes.
    await db.tags.where('articleId').anyOf(done).filter((tag) => tag.kind === 'entity').delete();
    const rest = first.ids.filter((id) => !taken.has(id));
    await Promise.all([
      db.tags.bulkPut(rows),
      rest.length > 0 ? db.namesPending.put({ ...first, ids: rest }) : db.namesPending.delete(first.seq ?? -1),
      done.length > 0 ? db.searchChanges.add({ ids: done }) : Promise.resolve(),
    ]);
  });
  return ids.length;
}

/** Articles still waiting for their names. */
export async function namesLeft(db: ArchiveDb): Promise<number> {
  let left = 0;
  await db.namesPending.each((row) => (left += row.ids.length));
  return left;
}
