import { describe, expect, it } from 'vitest';
import type { HostApi } from '../../../shared/host/contract';
import { preloadHost } from '../../../renderer/host/preloadHost';

describe('the Electron transport in the renderer', () => {
  it('shows the host’s own message, without the prefix Electron adds to IPC errors', async () => {
    const api = {
      addSource: () => Promise.reject(new Error("Error invoking remote method 'newsroom:addSource': SubscriptionError: You are already subscribed to this feed (\"Wire\").")),
      listSources: () => Promise.resolve([]),
      on: () => () => undefined,
    } as unknown as HostApi;
    const host = preloadHost(api);
    await expect(host.api.addSource({ url: 'https://x.example/feed' })).rejects.toThrow(/^You are already subscribed to this feed \("Wire"\)\.$/);
    await expect(host.api.listSources({})).resolves.toEqual([]);
    expect(host.status()).toBe('connected');
  });
});
