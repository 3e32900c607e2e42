import type { HostApi } from '../../shared/host/contract';
import type { HostConnection } from './hostConnection';

/** The Electron transport: the preload's contract, always connected. */
export function preloadHost(api: HostApi): HostConnection {
  return {
    api,
    status: () => 'connected',
    onStatus: () => () => undefined,
  };
}
