import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { AppInfo } from '../../shared/host/contract';
import type { HostConnection, HostStatus } from './hostConnection';

const HostContext = createContext<HostConnection | null>(null);

export function HostProvider({ connection, children }: { connection: HostConnection; children: ReactNode }): ReactNode {
  return <HostContext.Provider value={connection}>{children}</HostContext.Provider>;
}

export function useHost(): HostConnection {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost must be used inside <HostProvider>.');
  return host;
}

export function useHostStatus(): HostStatus {
  const host = useHost();
  return useSyncExternalStore(host.onStatus, host.status);
}

/** The host's name and capabilities, once connected; null until then. */
export function useAppInfo(): AppInfo | null {
  const host = useHost();
  const status = useHostStatus();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    if (status !== 'connected' || info) return;
    host.api.getAppInfo({}).then(setInfo, () => undefined);
  }, [host, status, info]);
  return info;
}
