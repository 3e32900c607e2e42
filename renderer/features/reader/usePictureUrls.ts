import { useEffect, useState } from 'react';
import type { ArticleImage } from '../../../shared/model';
import type { ArchiveDb } from '../../archive/db';
import { pictureUrls } from '../../archive/pictures';

/**
 * Object URLs for the article's pictures kept in the archive, by SHA-256:
 * the renderer shows pictures only from the archive, never from the web.
 * Revoked when the article changes or closes.
 */
export function usePictureUrls(db: ArchiveDb, images: ArticleImage[] | undefined): Map<string, string> {
  const [urls, setUrls] = useState<Map<string, string>>(() => new Map());
  const key = (images ?? []).flatMap((image) => (image.archived ? [image.archived.sha256] : [])).join(',');
  useEffect(() => {
    let cancelled = false;
    let made = new Map<string, string>();
    void pictureUrls(db, key === '' ? [] : key.split(',')).then((found) => {
      if (cancelled) {
        for (const url of found.values()) URL.revokeObjectURL(url);
        return;
      }
      made = found;
      setUrls(found);
    });
    return () => {
      cancelled = true;
      for (const url of made.values()) URL.revokeObjectURL(url);
    };
  }, [db, key]);
  return urls;
}
