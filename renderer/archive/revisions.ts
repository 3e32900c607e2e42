import type { Article, Revision } from '../../shared/model';
import type { ArchiveDb } from './db';

/** True when a new copy changes what a reader sees: headline, standfirst or body. */
export function changesContent(previous: Article, next: Pick<Article, 'headline' | 'dek' | 'bodyHtml'>): boolean {
  return previous.headline !== next.headline || previous.dek !== next.dek || previous.bodyHtml !== next.bodyHtml;
}

/** Keeps the version being replaced, so nothing a reporter read is ever lost. */
export async function keepRevision(db: ArchiveDb, previous: Article, capturedAt: string): Promise<void> {
  const revision: Revision = {
    id: `${previous.id}:${capturedAt}`,
    articleId: previous.id,
    capturedAt,
    headline: previous.headline,
    dek: previous.dek,
    bodyHtml: previous.bodyHtml,
    updatedAt: previous.updatedAt,
  };
  await db.revisions.put(revision);
}

export async function revisionsOf(db: ArchiveDb, articleId: string): Promise<Revision[]> {
  return db.revisions.where('articleId').equals(articleId).sortBy('capturedAt');
}
