import type { HostApi } from '../../shared/host/contract';
import { requestNames } from '../../shared/host/contractNames';
import type { HostConnection } from './hostConnection';

// Electron prefixes every error thrown by a main-process handler; the person should see only the host's own message.
const IPC_PREFIX = /^Error invoking remote method '[^']+': (?:[A-Za-z]*Error: )?/;

/**
 * The Electron transport: the preload's contract, always connected, with
 * errors read the same as over the WebSocket.
 */
export function preloadHost(api: HostApi): HostConnection {
  const requests = Object.fromEntries(
    requestNames.map((name) => [
      name,
      (input: unknown) =>
        (api[name] as (input: unknown) => Promise<unknown>)(input).catch((error: unknown) => {
          throw error instanceof Error ? new Error(error.message.replace(IPC_PREFIX, '')) : error;
        }),
    ]),
  );
  return {
    api: { ...requests, on: api.on.bind(api) } as HostApi,
    status: () => 'connected',
    onStatus: () => () => undefined,
  };
}
