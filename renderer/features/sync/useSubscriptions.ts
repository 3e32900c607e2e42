import { useEffect, useState } from 'react';
import type { SyncProgress } from '../../../shared/host/contract';
import type { Subscription } from '../../../shared/model';
import { useHost, useHostStatus } from '../../host/HostContext';

/** The subscriptions and their health, kept current by the host's sourcesChanged events. */
export function useSubscriptions(): Subscription[] | null {
  const host = useHost();
  const status = useHostStatus();
  const [sources, setSources] = useState<Subscription[] | null>(null);
  useEffect(() => {
    if (status !== 'connected') return;
    let live = true;
    host.api.listSources({}).then((list) => live && setSources(list), () => undefined);
    const off = host.api.on('sourcesChanged', ({ sources: next }) => setSources(next));
    return () => {
      live = false;
      off();
    };
  }, [host, status]);
  return sources;
}

/** The running sync's progress, and whether the machine is online. */
export function useSyncProgress(): { progress: SyncProgress | null; online: boolean } {
  const host = useHost();
  const [progress, setProgress] = useState<SyncProgress | null>(null);
  const [online, setOnline] = useState(true);
  useEffect(() => {
    const offProgress = host.api.on('syncProgress', setProgress);
    const offOnline = host.api.on('connectivity', ({ online: next }) => setOnline(next));
    return () => {
      offProgress();
      offOnline();
    };
  }, [host]);
  return { progress, online };
}
