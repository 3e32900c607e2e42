import { join } from 'node:path';
import type { HostHandlers } from '../../shared/host/contract';
import { Outbox } from '../sync/outbox';
import { PictureStore } from '../images/pictureStore';
import { SourceStore } from '../sync/sourceStore';
import { Subscriptions } from '../sync/subscriptions';
import { syncHandlers } from '../sync/syncHandlers';
import { SyncService } from '../sync/syncService';
import { syncSettings } from '../sync/syncSettings';
import { createHostHandlers, type HostPlatform } from './hostHandlers';
import { shellHandlers } from './shellHandlers';

/** A downloaded picture is kept here at least this long after it came, whether or not it has been delivered. */
export const PICTURE_KEEP_MS = 24 * 60 * 60 * 1000;

/** Deletes pictures no waiting article names and that came more than PICTURE_KEEP_MS ago (see PictureStore.sweep). */
export async function sweepPictures(outbox: Outbox, pictures: PictureStore, now: number = Date.now()): Promise<number> {
  return pictures.sweep(await outbox.pendingPictures(), now - PICTURE_KEEP_MS);
}

export interface HostServices {
  handlers: HostHandlers;
  sync: SyncService;
  start(): Promise<void>;
  stop(): void;
}

/**
 * Everything the host does, in plain Node, for either shell: importing,
 * and syncing subscriptions into an outbox kept in `dataDir` (Electron's
 * userData, or the web host's data folder).
 */
export function createHostServices(platform: HostPlatform, dataDir: string, isOnline: () => boolean): HostServices {
  const settings = syncSettings(platform.appInfo.version, isOnline);
  const store = new SourceStore(join(dataDir, 'sources'));
  const outbox = new Outbox(join(dataDir, 'outbox'));
  const pictures = new PictureStore(join(dataDir, 'pictures'));
  const sync = new SyncService(store, outbox, settings, platform.emit, pictures);
  const subscriptions = new Subscriptions(store, sync, settings.fetch, () => {
    sync.watchFolders();
    platform.emit('sourcesChanged', { sources: sync.list() });
  });
  return {
    handlers: { ...createHostHandlers(platform), ...shellHandlers(platform), ...syncHandlers(sync, subscriptions, outbox, pictures, platform, settings.fetch) },
    sync,
    start: async () => {
      await sync.start();
      // Pictures the renderer copied into the archive long ago are not kept twice: swept once a start, in the background.
      void sweepPictures(outbox, pictures).catch(() => undefined);
    },
    stop: () => sync.stop(),
  };
}
