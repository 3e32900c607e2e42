import { useCallback, useMemo, useState } from 'react';
import { listArticleIds, type ArticleFilter } from '../../archive/articleQueries';
import type { ArchiveDb } from '../../archive/db';
import { listRows, type ListRow } from '../../archive/listRows';
import { useArchiveQuery } from '../../archive/useArchiveQuery';
import { useThumbnails } from './useThumbnails';

/** Rows are read in blocks of this many, so scrolling a few pixels does not ask the archive again. */
const BLOCK = 40;
const NO_IDS: readonly string[] = [];

export interface ArticleListModel {
  /** Every article the filter matches, newest first; undefined until first read. */
  ids: readonly string[] | undefined;
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
  const ids = useArchiveQuery(db, useCallback(() => listArticleIds(db, filter), [db, filter]));
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
  return { ids, rows, thumbnails, onRange };
}
