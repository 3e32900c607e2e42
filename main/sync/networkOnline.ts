import { networkInterfaces } from 'node:os';

/**
 * Whether this machine has any network besides loopback. Plain Node has no
 * "online" event; an interface that is up with an address is the honest
 * signal (Electron's shell uses net.isOnline() instead).
 */
export function hasNetworkInterface(): boolean {
  return Object.values(networkInterfaces()).some((addresses) => (addresses ?? []).some((a) => !a.internal));
}
