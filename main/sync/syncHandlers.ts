import type { HostHandlers } from '../../shared/host/contract';
import { rawJsonAs } from '../host/rawJson';
import type { PictureStore } from '../images/pictureStore';
import type { Outbox } from './outbox';
import type { Subscriptions } from './subscriptions';
import type { SyncService } from './syncService';

type SyncRequestName =
  | 'listSources' | 'addSource' | 'updateSource' | 'setSourcePaused' | 'removeSource' | 'syncNow'
  | 'importOpml' | 'exportOpml' | 'pullOutbox' | 'ackOutbox' | 'pullPictures';

/** The contract's sync requests, over the sync service, the subscriptions and the outbox. */
export function syncHandlers(sync: SyncService, subscriptions: Subscriptions, outbox: Outbox, pictures: PictureStore): Pick<HostHandlers, SyncRequestName> {
  return {
    listSources: () => Promise.resolve(sync.list()),
    addSource: ({ url, folder, name }) => subscriptions.add(url, folder ?? null, name ?? null),
    updateSource: ({ id, ...changes }) => subscriptions.update(id, changes),
    setSourcePaused: ({ id, paused }) => subscriptions.setPaused(id, paused),
    removeSource: async ({ id }) => ({ removed: await subscriptions.remove(id) }),
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
