import type { ArchivableArticle, ArticleImage } from '../../shared/model';
import { eachLimited } from '../host/eachLimited';
import { embeddedCreditLine, readEmbeddedCredits } from '../credits/embeddedCredits';
import { fetchFeed, type FetchOptions } from '../sync/httpFetch';
import type { PictureStore } from './pictureStore';
import { pictureSize } from './pictureSize';
import { pictureType } from './pictureType';

export interface PictureLimits {
  /** Largest picture downloaded. */
  maxPictureBytes: number;
  /** Most bytes of pictures kept for one article. */
  maxArticleBytes: number;
  /** Most pictures kept for one article, lead first. */
  maxPerArticle: number;
  /** Downloads at once. */
  concurrency: number;
  /** Most pixels a picture may declare: a small file that unpacks to gigabytes (a decompression bomb) is not kept. */
  maxPixels: number;
}

export const DEFAULT_PICTURE_LIMITS: PictureLimits = { maxPictureBytes: 10 * 1024 * 1024, maxArticleBytes: 25 * 1024 * 1024, maxPerArticle: 8, concurrency: 4, maxPixels: 60_000_000 };

type Downloaded = Pick<ArticleImage, 'archived'> & { embedded: Awaited<ReturnType<typeof readEmbeddedCredits>> };

/** The picture the article names, with its credit read from the file where the source gave none (or gave another). */
function withPicture(image: ArticleImage, downloaded: Downloaded): ArticleImage {
  const embedded = embeddedCreditLine(downloaded.embedded);
  const picture: ArticleImage = { ...image, ...(downloaded.archived ? { archived: downloaded.archived } : {}) };
  picture.caption ??= downloaded.embedded.caption[0]?.value ?? null;
  if (!embedded) return picture;
  if (picture.credit === null) return { ...picture, credit: embedded.value, creditSource: embedded.source };
  if (embedded.value !== picture.credit) picture.otherCredits = [...(picture.otherCredits ?? []), { credit: embedded.value, creditSource: embedded.source }];
  return picture;
}

/**
 * Downloads the pictures of new and changed articles, within the limits,
 * into the picture store, and records each one's bytes on its image, with
 * the credit the file carries. A picture that can't be had (gone, too large,
 * not a picture at all) is left as it was: the reader shows a placeholder
 * with its caption and credit. Never throws.
 */
export async function downloadPictures(articles: ArchivableArticle[], store: PictureStore, fetch: FetchOptions, limits: PictureLimits = DEFAULT_PICTURE_LIMITS): Promise<ArchivableArticle[]> {
  const byUrl = new Map<string, Promise<Downloaded | null>>();
  const download = (url: string): Promise<Downloaded | null> => {
    let pending = byUrl.get(url);
    if (!pending) {
      pending = (async () => {
        try {
          const response = await fetchFeed(url, { ...fetch, maxBytes: limits.maxPictureBytes, accept: 'image/avif, image/webp, image/jpeg, image/png, image/gif;q=0.9, */*;q=0.1', etag: null, lastModified: null });
          if (response.status < 200 || response.status >= 300) return null;
          const type = pictureType(response.body);
          const size = pictureSize(response.body);
          if (!type || !size || size.width * size.height > limits.maxPixels) return null;
          const sha256 = await store.put(response.body);
          return { archived: { sha256, type, bytes: response.body.length }, embedded: await readEmbeddedCredits(response.body) };
        } catch {
          return null;
        }
      })();
      byUrl.set(url, pending);
    }
    return pending;
  };
  const jobs = articles.flatMap((article) => article.images.slice(0, limits.maxPerArticle).flatMap((image) => (image.src && /^https?:\/\//.test(image.src) ? [image.src] : [])));
  await eachLimited([...new Set(jobs)], limits.concurrency, async (url) => {
    await download(url);
  });
  return Promise.all(
    articles.map(async (article) => {
      let used = 0;
      const images = await Promise.all(
        article.images.map(async (image, index) => {
          if (index >= limits.maxPerArticle || !image.src || !byUrl.has(image.src)) return image;
          const downloaded = await byUrl.get(image.src);
          if (!downloaded?.archived || used + downloaded.archived.bytes > limits.maxArticleBytes) return image;
          used += downloaded.archived.bytes;
          return withPicture(image, downloaded);
        }),
      );
      return { ...article, images };
    }),
  );
}
