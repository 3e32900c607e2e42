import type { ArchivedImage, Article } from '../../../shared/model';
import type { ArticleFilter } from '../../archive/articleQueries';
import { ARCHIVE_DB_NAME, ARCHIVE_IDB_VERSION } from '../../archive/archiveIdentity';
import { leadImageId, toListRow, type ListRow } from '../../archive/listRows';
import { FIRST_RANGE, HEAD, windowIds } from './listWindow';

export interface RowsRead {
  /** The ids asked for, joined by newlines: which window these rows are. */
  key: string;
  rows: ListRow[];
}

export interface FirstScreen {
  ids: string[];
  rows: RowsRead;
}

let head: Promise<FirstScreen | undefined> | null = null;
let rows: Promise<RowsRead | undefined> | null = null;

/**
 * Reads the reader's first screen (the newest articles and their rows) as
 * the page starts, before the rest of the bundle (React, Dexie) has been
 * evaluated, in plain IndexedDB: opening the archive and reading it then
 * overlap that evaluation and React's first render instead of following
 * them (at launch the archive took 190 ms to open and answer). Each result
 * is handed over once, to the list's first reads; later reads go through Dexie.
 *
 * Nothing is read, and the list reads as usual, when there is no archive yet
 * (it is left to Dexie to create) or its schema is not this version's (Dexie
 * upgrades it first).
 */
export function startFirstScreenRead(): void {
  const read = readFirstScreen().catch(() => undefined);
  head = read;
  rows = read.then((screen) => screen?.rows);
}

function openArchive(): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    const request = indexedDB.open(ARCHIVE_DB_NAME);
    // No archive yet: opening must not create an empty one in Dexie's place.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
  });
}

async function readFirstScreen(): Promise<FirstScreen | undefined> {
  const db = await openArchive();
  if (!db) return undefined;
  // Dexie upgrading the schema asks other connections to close.
  db.onversionchange = () => db.close();
  try {
    if (db.version !== ARCHIVE_IDB_VERSION || !db.objectStoreNames.contains('articles') || !db.objectStoreNames.contains('images')) return undefined;
    return await new Promise<FirstScreen>((resolve, reject) => {
      const transaction = db.transaction(['articles', 'images'], 'readonly');
      const articles = transaction.objectStore('articles');
      const images = transaction.objectStore('images');
      const ids: string[] = [];
      const cursor = articles.index('sortDate').openKeyCursor(null, 'prev');
      cursor.onsuccess = () => {
        const at = cursor.result;
        if (at && ids.length < HEAD) {
          ids.push(at.primaryKey as string);
          at.continue();
          return;
        }
        // All the gets go out in this callback, while the transaction is active.
        const wanted = windowIds(ids, FIRST_RANGE);
        const found: Array<{ article?: Article; lead?: ArchivedImage }> = wanted.map(() => ({}));
        wanted.forEach((id, i) => {
          const article = articles.get(id);
          article.onsuccess = () => void ((found[i] as { article?: Article }).article = article.result as Article | undefined);
          const lead = images.get(leadImageId(id));
          lead.onsuccess = () => void ((found[i] as { lead?: ArchivedImage }).lead = lead.result as ArchivedImage | undefined);
        });
        transaction.oncomplete = () => {
          const listed = found.flatMap(({ article, lead }) => (article ? [toListRow(article, lead)] : []));
          resolve({ ids, rows: { key: wanted.join('\n'), rows: listed } });
        };
      };
      transaction.onerror = () => reject(transaction.error ?? new Error('The first screen could not be read.'));
      transaction.onabort = () => reject(transaction.error ?? new Error('The first screen could not be read.'));
    });
  } finally {
    db.close();
  }
}

/** The first screen read at start, for this filter if it is the first screen's and not yet claimed (undefined: read it yourself). */
export function claimFirstHead(filter: ArticleFilter): Promise<FirstScreen | undefined> | null {
  if (filter.kind !== 'all' || head === null) return null;
  const claimed = head;
  head = null;
  return claimed;
}

/** The first screen's rows, if not yet claimed; the caller checks they are the window it wants. */
export function claimFirstRows(): Promise<RowsRead | undefined> | null {
  const claimed = rows;
  rows = null;
  return claimed;
}
