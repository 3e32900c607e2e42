import { useCallback, useEffect, useMemo, useState } from 'react';
import { hasHead, listArticleIds, listHeadIds, listParts, type ArticleFilter } from '../../archive/articleQueries';
import type { ArchiveDb } from '../../archive/db';
import type { ListRow } from '../../archive/listRows';
import { useArchiveQuery } from '../../archive/useArchiveQuery';
import { claimFirstHead, claimFirstRows, type RowsRead } from './firstScreenRead';
import { readFirstScreenSnapshot, saveFirstScreenSnapshot } from './firstScreenSnapshot';
import { BLOCK, FIRST_RANGE, HEAD, windowIds } from './listWindow';
import { RowBlocks } from './rowBlocks';
import { useThumbnails } from './useThumbnails';


export interface ArticleListModel {
  /** Every article the filter matches, newest first; until they are all read, the first screen's; undefined before either. */
  ids: readonly string[] | undefined;
  /** False while `ids` holds only the first screen. */
  complete: boolean;
  /** The first screen's rows have been read (and stay so): reads nobody is looking at yet can start. */
  firstScreen: boolean;
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
  // The first screen comes from a short read, then its rows; every key is read
  // only after those, since IndexedDB answers one long read before the short
  // ones queued behind it (at 100,000 articles the rows waited 2.6 s for it).
  // Reads carry what they were for, so a folder's list never shows another's.
  const head = useArchiveQuery(db, useCallback(() => readHead(db, filter), [db, filter]), Infinity);
  const [fullFor, setFullFor] = useState<ArticleFilter | null>(null);
  const wantAll = fullFor === filter || !hasHead(filter);
  // The same ids as last time are the same array: a write that changed no article's place (read marks) renders nothing.
  const [lastIds] = useState(() => ({ ids: [] as string[] }));
  const all = useArchiveQuery(db, useCallback(async () => (wantAll ? { filter, ids: sameAsLast(lastIds, await listArticleIds(db, filter)) } : undefined), [db, filter, wantAll, lastIds]), undefined, useMemo(() => listParts(filter), [filter]));
  const complete = all?.filter === filter;
  const headIds = head?.filter === filter ? head.ids : undefined;
  // Until the archive first answers, the first screen as last shown (see firstScreenSnapshot); never after.
  // (A head read once stays read, so the snapshot is never shown again.)
  const [snapshot] = useState(() => (filter.kind === 'all' ? readFirstScreenSnapshot() : null));
  const shownSnapshot = filter.kind === 'all' && head === undefined ? snapshot : null;
  const realIds = complete ? all.ids : headIds;
  const ids = realIds ?? shownSnapshot?.ids;

  // Kept to whole blocks, all windowIds needs: the screen (which calls this hook) renders again
  // only when the list scrolls into another block, not each time j scrolls it by a row.
  const [range, setRange] = useState(FIRST_RANGE);
  const onRange = useCallback((start: number, end: number) => {
    const blocks = { start: Math.floor(start / BLOCK) * BLOCK, end: Math.ceil(end / BLOCK) * BLOCK };
    setRange((r) => (r.start === blocks.start && r.end === blocks.end ? r : blocks));
  }, []);
  const windowKey = ids === undefined ? null : windowIds(ids, range).join('\n');
  const [known] = useState(() => new Map<string, ListRow>());
  const [blocks] = useState(() => new RowBlocks());
  const read = useArchiveQuery(db, useCallback(async () => keepUnchanged(known, await readRows(db, blocks, windowKey)), [db, blocks, windowKey, known]));
  // The rows read at start show with their ids, in the same render, not one read later.
  const early = head?.filter === filter ? head.rows : undefined;
  const loaded = read?.key !== windowKey && early?.key === windowKey ? early : read;
  // The archive's own first screen (not the snapshot's) lets the reads nobody is looking at yet start.
  if (fullFor !== filter && headIds !== undefined && windowKey !== null && loaded?.key === windowKey) setFullFor(filter);
  const shown = shownSnapshot && loaded?.key !== windowKey ? shownSnapshot.rows : loaded?.rows;

  useEffect(() => {
    if (filter.kind !== 'all' || realIds === undefined || !loaded) return;
    const first = windowIds(realIds, FIRST_RANGE);
    if (loaded.key !== first.join('\n')) return;
    const head = realIds.slice(0, HEAD);
    const wanted = new Set(head);
    saveFirstScreenSnapshot({ ids: head, rows: loaded.rows.filter((row) => wanted.has(row.id)) });
  }, [filter, realIds, loaded]);

  const rows = useMemo(() => new Map((shown ?? []).map((row) => [row.id, row])), [shown]);
  const hashes = useMemo(() => (shown ?? []).flatMap((row) => (row.thumbnail ? [row.thumbnail] : [])), [shown]);
  const thumbnails = useThumbnails(db, hashes);
  return { ids, complete, firstScreen: fullFor !== null, rows, thumbnails, onRange };
}

/** The filter's newest ids; for the first screen, with its rows, as read at start. */
async function readHead(db: ArchiveDb, filter: ArticleFilter): Promise<{ filter: ArticleFilter; ids: string[] | undefined; rows?: RowsRead }> {
  const early = await claimFirstHead(filter);
  return early ? { filter, ...early } : { filter, ids: await listHeadIds(db, filter, HEAD) };
}

/** The rows of a window (its ids joined by newlines), from the read started at load when it is that window. */
async function readRows(db: ArchiveDb, blocks: RowBlocks, key: string | null): Promise<RowsRead> {
  const first = key === null ? undefined : await claimFirstRows();
  if (first && first.key === key) return first;
  if (!key) return { key: '', rows: [] };
  // A window starts on a block's first row (windowIds), so its blocks are its ids cut every BLOCK.
  const ids = key.split('\n');
  const cut = Array.from({ length: Math.ceil(ids.length / BLOCK) }, (_, i) => ids.slice(i * BLOCK, (i + 1) * BLOCK));
  return { key, rows: await blocks.read(db, cut) };
}

const sameRow = (a: ListRow, b: ListRow): boolean => (Object.keys(a) as Array<keyof ListRow>).every((key) => a[key] === b[key]);

/**
 * Each row read as the same object as last time while it reads the same, so
 * only rows that changed render again: every block read while scrolling (and
 * every re-read after a write) made all thirty rows on screen render again,
 * the longest tasks of a fast scroll. `known` holds the last read's rows.
 */
function keepUnchanged(known: Map<string, ListRow>, read: RowsRead): RowsRead {
  const rows = read.rows.map((row) => {
    const kept = known.get(row.id);
    return kept && sameRow(kept, row) ? kept : row;
  });
  known.clear();
  for (const row of rows) known.set(row.id, row);
  return { key: read.key, rows };
}

/** `next`, or the array `last` holds when it has the same ids in the same order; `last` then holds the answer. */
function sameAsLast(last: { ids: string[] }, next: string[]): string[] {
  const same = next.length === last.ids.length && next.every((id, i) => id === last.ids[i]);
  if (!same) last.ids = next;
  return last.ids;
}
