import type { ArchivedImage, ArticleImage } from '../../shared/model';
import type { ArchiveDb } from './db';

/** Replaces an article's images with the importer's, lead image first. */
export async function replaceImages(db: ArchiveDb, articleId: string, images: ArticleImage[]): Promise<void> {
  await db.images.where('articleId').equals(articleId).delete();
  await db.images.bulkPut(images.map((image, position) => ({ ...image, id: `${articleId}:${position}`, articleId, position })));
}

export async function imagesOf(db: ArchiveDb, articleId: string): Promise<ArchivedImage[]> {
  const images = await db.images.where('articleId').equals(articleId).toArray();
  return images.sort((a, b) => a.position - b.position);
}
