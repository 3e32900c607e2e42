import { useEffect, useState } from 'react';

/** Something from a chunk of the build fetched after launch: fetched once, kept once it is here. */
export interface LazyChunk<T> {
  /** What the chunk gave, or null while it has not arrived. */
  current(): T | null;
  /** Fetches the chunk now (once; again after a failure); resolves with what it gives. */
  load(): Promise<T>;
}

export function lazyChunk<T>(importer: () => Promise<T>): LazyChunk<T> {
  let loaded: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    current: () => loaded,
    load: () =>
      (loading ??= importer().then(
        (value) => (loaded = value),
        (error: unknown) => {
          // Asked again next time: a file the app ships should not fail twice, but nothing is lost by trying.
          loading = null;
          throw error;
        },
      )),
  };
}

/** What the chunk gave, fetching it if need be; the component renders again when it arrives. */
export function useLazyChunk<T>(chunk: LazyChunk<T>): T | null {
  const [, setArrived] = useState(false);
  const value = chunk.current();
  useEffect(() => {
    if (value !== null) return;
    let live = true;
    chunk.load().then(
      () => live && setArrived(true),
      (error: unknown) => console.error('A part of the reader could not be loaded; restarting it should help.', error),
    );
    return () => {
      live = false;
    };
  }, [chunk, value]);
  return value;
}
