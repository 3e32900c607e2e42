import type { RefObject } from 'react';
import type { HostApi } from '../../../shared/host/contract';
import { setFlag, type ArticleFlag } from '../../archive/articles';
import type { ArchiveDb } from '../../archive/db';
import type { CommandHandlers } from '../../commands/CommandContext';
import { cursorIndex, type ReaderCursor } from './readerCursor';

export interface ArticleCommandDeps {
  db: ArchiveDb;
  host: HostApi;
  /** What j/k move through: the search's results while searching, else the list. */
  rows: readonly string[];
  /** The cursor's article (which may not be in `rows` yet: just imported, the list not yet re-read) and the open one. */
  cursor: ReaderCursor;
  /** Selects and shows an article, marking it read. */
  show: (id: string) => void;
  /** Picked articles, else the one under the cursor: what s, m and t act on. */
  targets: () => string[];
  articlePane: RefObject<HTMLElement | null>;
}

/** Of these articles, are all flagged? Then the key clears the flag; otherwise it sets it on all. */
async function toggleFlag(db: ArchiveDb, ids: string[], flag: ArticleFlag): Promise<void> {
  const rows = await db.articles.bulkGet(ids);
  await setFlag(db, ids, flag, !rows.every((row) => row?.[flag] === 1));
}

/** The next row from `from` (exclusive) in direction `by` that is not read, found on the read index. */
async function nextUnread(db: ArchiveDb, rows: readonly string[], from: number, by: 1 | -1): Promise<string | null> {
  const read = new Set(await db.articles.where('read').equals(1).primaryKeys());
  for (let i = from + by; i >= 0 && i < rows.length; i += by) {
    const id = rows[i];
    if (id !== undefined && !read.has(id)) return id;
  }
  return null;
}

/**
 * What the reader's own keys do: move (j/k, n/p, Home/End), page through an
 * article (Space), and act on it (star, read, open the original).
 * j and k show the article as they move, as NetNewsWire and Miniflux do.
 */
export function useArticleCommands({ db, host, rows, cursor, show, targets, articlePane }: ArticleCommandDeps): CommandHandlers {
  const moveBy = (step: number): void => {
    const index = cursorIndex(rows, cursor);
    const next = rows[Math.min(rows.length - 1, Math.max(0, index === -1 ? 0 : index + step))];
    if (next !== undefined) show(next);
  };
  const jumpUnread = (by: 1 | -1): void => {
    const index = cursorIndex(rows, cursor);
    void nextUnread(db, rows, index === -1 && by === 1 ? -1 : index, by).then((id) => id && show(id));
  };
  return {
    'list.next': () => moveBy(1),
    'list.previous': () => moveBy(-1),
    'list.nextUnread': () => jumpUnread(1),
    'list.previousUnread': () => jumpUnread(-1),
    'list.first': () => rows[0] !== undefined && cursor.moveTo(rows[0]),
    'list.last': () => rows.length > 0 && cursor.moveTo(rows[rows.length - 1] as string),
    'article.open': () => {
      const id = cursor.get().selectedId;
      if (id !== null) show(id);
    },
    'article.pageDown': () => {
      const pane = articlePane.current;
      const { openId } = cursor.get();
      // Page through the open article first; at its end, Space goes on to the next.
      if (openId && pane && pane.scrollTop + pane.clientHeight < pane.scrollHeight - 8) pane.scrollBy({ top: pane.clientHeight * 0.85 });
      else moveBy(1);
    },
    'article.star': () => void toggleFlag(db, targets(), 'starred'),
    'article.toggleRead': () => void toggleFlag(db, targets(), 'read'),
    // The link is read when asked for: the command is enabled only while the open article has one (OpenArticle).
    'article.openOriginal': () => {
      const { openId } = cursor.get();
      if (!openId) return;
      void db.articles.get(openId).then(async (article) => {
        if (article?.url) await host.openExternal({ url: article.url });
      });
    },
  };
}
