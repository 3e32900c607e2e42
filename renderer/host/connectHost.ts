import type { HostApi } from '../../shared/host/contract';
import { PRELOAD_GLOBAL } from '../../shared/host/contractNames';
import type { HostConnection } from './hostConnection';
import { preloadHost } from './preloadHost';
import { webSocketHost } from './webSocketHost';

/**
 * Picks the transport, once, for the whole renderer: Electron's preload when
 * it is there, else the web host's WebSocket on the page's own origin. This
 * is the only place the renderer looks at window globals for the host.
 */
export function connectHost(): HostConnection {
  const preload = (window as unknown as Record<string, HostApi | undefined>)[PRELOAD_GLOBAL];
  if (preload) return preloadHost(preload);
  return webSocketHost(`ws://${window.location.host}/host`);
}
