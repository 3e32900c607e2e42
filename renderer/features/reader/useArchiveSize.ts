import { useEffect, useState } from 'react';

/**
 * Bytes this origin keeps (the archive, its pictures and the search index),
 * as the browser counts them. Asked again when the article count changes;
 * null where the browser will not say.
 */
export function useArchiveSize(articleCount: number): number | null {
  const [bytes, setBytes] = useState<number | null>(null);
  useEffect(() => {
    let current = true;
    navigator.storage.estimate().then(
      (estimate) => current && setBytes(estimate.usage ?? null),
      () => undefined,
    );
    return () => void (current = false);
  }, [articleCount]);
  return bytes;
}
