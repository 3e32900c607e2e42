import type { ArchivedImage, ArticleImage } from '../../shared/model';
import type { ArchiveDb } from './db';

/** Replaces the images of the given articles with the importer's, lead image first; one delete and one write for the lot. */
export async function replaceImagesOf(db: ArchiveDb, articleIds: string[], items: Array<{ id: string; images: ArticleImage[] }>): Promise<void> {
  await db.images.where('articleId').anyOf(articleIds).delete();
  const rows = new Map<string, ArchivedImage>();
  for (const item of items) item.images.forEach((image, position) => rows.set(`${item.id}:${position}`, { ...image, id: `${item.id}:${position}`, articleId: item.id, position }));
  await db.images.bulkPut([...rows.values()]);
}

export async function imagesOf(db: ArchiveDb, articleId: string): Promise<ArchivedImage[]> {
  const images = await db.images.where('articleId').equals(articleId).toArray();
  return images.sort((a, b) => a.position - b.position);
}
