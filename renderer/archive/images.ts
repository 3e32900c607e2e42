import type { ArchivedImage, ArticleImage } from '../../shared/model';
import type { ArchiveDb } from './db';

/**
 * Stores the importer's images, lead image first, replacing those of
 * `archivedIds` (articles that were already in the archive): one delete and
 * one write for the lot. New articles have nothing to delete, which spares
 * a first sync an index walk per batch.
 */
export async function replaceImagesOf(db: ArchiveDb, archivedIds: string[], items: Array<{ id: string; images: ArticleImage[] }>): Promise<void> {
  if (archivedIds.length > 0) await db.images.where('articleId').anyOf(archivedIds).delete();
  const rows = new Map<string, ArchivedImage>();
  for (const item of items) item.images.forEach((image, position) => rows.set(`${item.id}:${position}`, { ...image, id: `${item.id}:${position}`, articleId: item.id, position }));
  await db.images.bulkPut([...rows.values()]);
}

export async function imagesOf(db: ArchiveDb, articleId: string): Promise<ArchivedImage[]> {
  const images = await db.images.where('articleId').equals(articleId).toArray();
  return images.sort((a, b) => a.position - b.position);
}
