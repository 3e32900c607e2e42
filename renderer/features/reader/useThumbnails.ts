import { useEffect, useRef, useState } from 'react';
import type { ArchiveDb } from '../../archive/db';
import { pictureUrls } from '../../archive/pictures';

/** Thumbnails kept made beyond those on screen, so scrolling back does not make them again. */
const KEEP = 300;

/**
 * Object URLs for the list's thumbnails, made from the archive's picture
 * bytes (the renderer never loads a picture from the web). The least
 * recently wanted are revoked once more than KEEP are held.
 */
export function useThumbnails(db: ArchiveDb, hashes: readonly string[]): ReadonlyMap<string, string> {
  const made = useRef(new Map<string, string>());
  const [urls, setUrls] = useState<ReadonlyMap<string, string>>(() => new Map());
  const key = [...new Set(hashes)].join(',');
  useEffect(() => {
    const wanted = key === '' ? [] : key.split(',');
    const cache = made.current;
    const missing = wanted.filter((hash) => !cache.has(hash));
    let cancelled = false;
    void pictureUrls(db, missing).then((found) => {
      if (cancelled) {
        for (const url of found.values()) URL.revokeObjectURL(url);
        return;
      }
      // Re-inserted in the order wanted: a Map iterates oldest first, which is what gets revoked.
      for (const hash of wanted) {
        const url = cache.get(hash) ?? found.get(hash);
        if (url === undefined) continue;
        cache.delete(hash);
        cache.set(hash, url);
      }
      for (const [hash, url] of cache) {
        if (cache.size <= KEEP) break;
        URL.revokeObjectURL(url);
        cache.delete(hash);
      }
      setUrls(new Map(cache));
    });
    return () => void (cancelled = true);
  }, [db, key]);
  useEffect(() => {
    const cache = made.current;
    return () => {
      for (const url of cache.values()) URL.revokeObjectURL(url);
      cache.clear();
    };
  }, []);
  return urls;
}
