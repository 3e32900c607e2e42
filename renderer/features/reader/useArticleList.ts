import { useCallback, useMemo, useState } from 'react';
import { hasHead, listArticleIds, listHeadIds, type ArticleFilter } from '../../archive/articleQueries';
import type { ArchiveDb } from '../../archive/db';
import { listRows, type ListRow } from '../../archive/listRows';
import { useArchiveQuery } from '../../archive/useArchiveQuery';
import { useThumbnails } from './useThumbnails';

/** Rows are read in blocks of this many, so scrolling a few pixels does not ask the archive again. */
const BLOCK = 40;
/** Rows in the first screen's short read: more than a tall window shows. */
const HEAD = 60;
const NO_IDS: readonly string[] = [];

export interface ArticleListModel {
  /** Every article the filter matches, newest first; until they are all read, the first screen's; undefined before either. */
  ids: readonly string[] | undefined;
  /** False while `ids` holds only the first screen. */
  complete: boolean;
  rows: ReadonlyMap<string, ListRow>;
  thumbnails: ReadonlyMap<string, string>;
  onRange: (start: number, end: number) => void;
}

/**
 * The list's data: the filter's ids (cheap, keys only) and the rows around
 * those on screen (read in blocks, with their thumbnails). Both follow the
 * archive as it changes.
 */
export function useArticleList(db: ArchiveDb, filter: ArticleFilter): ArticleListModel {
  // The first screen comes from a short read; every key is read after it, since
  // IndexedDB answers one long read before the short one queued behind it.
  const head = useArchiveQuery(db, useCallback(() => listHeadIds(db, filter, HEAD), [db, filter]), Infinity);
  const headRead = head !== undefined || !hasHead(filter);
  const all = useArchiveQuery(db, useCallback(() => (headRead ? listArticleIds(db, filter) : Promise.resolve(undefined)), [db, filter, headRead]));
  const ids = all ?? head;
  const [range, setRange] = useState({ start: 0, end: BLOCK });
  const onRange = useCallback((start: number, end: number) => {
    setRange((r) => (r.start === start && r.end === end ? r : { start, end }));
  }, []);
  const from = Math.max(0, (Math.floor(range.start / BLOCK) - 1) * BLOCK);
  const to = (Math.ceil(range.end / BLOCK) + 1) * BLOCK;
  const windowKey = (ids ?? NO_IDS).slice(from, to).join('\n');
  const loaded = useArchiveQuery(db, useCallback(() => listRows(db, windowKey === '' ? [] : windowKey.split('\n')), [db, windowKey]));
  const rows = useMemo(() => new Map((loaded ?? []).map((row) => [row.id, row])), [loaded]);
  const hashes = useMemo(() => (loaded ?? []).flatMap((row) => (row.thumbnail ? [row.thumbnail] : [])), [loaded]);
  const thumbnails = useThumbnails(db, hashes);
  return { ids, complete: all !== undefined, rows, thumbnails, onRange };
}
