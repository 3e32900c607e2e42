import type { FetchPageResult, HostHandlers } from '../../shared/host/contract';
import type { HostPlatform } from '../host/hostHandlers';
import { downloadPictures } from '../images/downloadPictures';
import { fetchPageArticle, PageError } from '../pages/completeFromPage';
import { FetchError } from './fetchError';
import type { FetchOptions } from './httpFetch';
import { rawJsonAs } from '../host/rawJson';
import type { PictureStore } from '../images/pictureStore';
import type { Outbox } from './outbox';
import type { Subscriptions } from './subscriptions';
import type { SyncService } from './syncService';

type SyncRequestName =
  | 'listSources' | 'addSource' | 'updateSource' | 'setSourcePaused' | 'removeSource' | 'syncNow'
  | 'importOpml' | 'exportOpml' | 'pullOutbox' | 'ackOutbox' | 'pullPictures' | 'watchFolder' | 'fetchPage';

/** An article's page, its pictures downloaded: the story, or why there is none. */
async function fetchPage(url: string, fetch: FetchOptions, pictures: PictureStore): Promise<FetchPageResult> {
  try {
    const [article] = await downloadPictures([await fetchPageArticle(url, fetch, { entities: true })], pictures, fetch);
    return article ? { ok: true, article } : { ok: false, error: `The page at ${url} gave nothing to read.` };
  } catch (error) {
    if (error instanceof FetchError || error instanceof PageError) return { ok: false, error: error.message };
    throw error;
  }
}

/** The contract's sync requests, over the sync service, the subscriptions and the outbox. */
export function syncHandlers(sync: SyncService, subscriptions: Subscriptions, outbox: Outbox, pictures: PictureStore, platform: Pick<HostPlatform, 'pickFolderPath'>, fetch: FetchOptions): Pick<HostHandlers, SyncRequestName> {
  return {
    listSources: () => Promise.resolve(sync.list()),
    addSource: ({ url, folder, name }) => subscriptions.add(url, folder ?? null, name ?? null),
    updateSource: ({ id, ...changes }) => subscriptions.update(id, changes),
    setSourcePaused: ({ id, paused }) => subscriptions.setPaused(id, paused),
    removeSource: async ({ id }) => ({ removed: await subscriptions.remove(id) }),
    watchFolder: async ({ path, folder }) => {
      const chosen = path ?? (await platform.pickFolderPath());
      return { source: chosen === null ? null : await subscriptions.watchFolder(chosen, folder ?? null) };
    },
    fetchPage: ({ url }) => fetchPage(url, fetch, pictures),
    syncNow: ({ id }) => Promise.resolve({ queued: sync.syncNow(id) }),
    importOpml: ({ xml }) => subscriptions.importOpml(xml),
    exportOpml: () => Promise.resolve({ opml: subscriptions.exportOpml() }),
    // The batch files go out as they are on disk: see RawJson.
    pullOutbox: async ({ maxArticles, after }) => ({ batches: rawJsonAs(await outbox.peekRaw(maxArticles, after)) }),
    pullPictures: async ({ sha256s }) => {
      const found = await Promise.all(sha256s.map(async (sha256) => ({ sha256, bytes: await pictures.get(sha256) })));
      return { pictures: found.flatMap(({ sha256, bytes }) => (bytes ? [{ sha256, base64: bytes.toString('base64') }] : [])) };
    },
    ackOutbox: async ({ ids }) => {
      await outbox.ack(ids);
      return { pending: await outbox.pendingBatches() };
    },
  };
}
