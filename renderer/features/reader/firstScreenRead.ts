import { listHeadIds, type ArticleFilter } from '../../archive/articleQueries';
import type { ArchiveDb } from '../../archive/db';
import { listRows, type ListRow } from '../../archive/listRows';
import { FIRST_RANGE, HEAD, windowIds } from './listWindow';

export interface RowsRead {
  /** The ids asked for, joined by newlines: which window these rows are. */
  key: string;
  rows: ListRow[];
}

let head: Promise<string[] | undefined> | null = null;
let rows: Promise<RowsRead> | null = null;

/**
 * Starts reading the reader's first screen (the newest articles and their
 * rows) as the page loads, while React renders for the first time: the
 * reads and the render overlap instead of one waiting for the other. Each
 * is handed over once, to the list's first reads; later reads go to the archive.
 */
export function startFirstScreenRead(db: ArchiveDb): void {
  head = listHeadIds(db, { kind: 'all' }, HEAD);
  rows = head.then(async (ids) => {
    const wanted = windowIds(ids ?? [], FIRST_RANGE);
    return { key: wanted.join('\n'), rows: await listRows(db, wanted) };
  });
  // Unclaimed (the list opened elsewhere) they must not be reported as unhandled; a claimed one reports its own error.
  rows.catch(() => undefined);
}

/** The head read started for this filter, if it is the first screen's and not yet claimed. */
export function claimFirstHead(filter: ArticleFilter): Promise<string[] | undefined> | null {
  if (filter.kind !== 'all' || head === null) return null;
  const claimed = head;
  head = null;
  return claimed;
}

/** The first screen's rows, if not yet claimed; the caller checks they are the window it wants. */
export function claimFirstRows(): Promise<RowsRead> | null {
  const claimed = rows;
  rows = null;
  return claimed;
}
