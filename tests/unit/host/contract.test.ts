import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PRELOAD_GLOBAL, channelOf, eventNames, requestInputs, requestNames } from '../../../shared/host/contract';

// The Electron binary can't run here, so the preload runs against a stand-in
// `electron` module that records what it exposes and what it sends.
const exposed = new Map<string, Record<string, unknown>>();
const invoked: Array<[string, unknown]> = [];
const listeners = new Map<string, (event: unknown, payload: unknown) => void>();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.set(key, api) },
  ipcRenderer: {
    invoke: (channel: string, input: unknown) => {
      invoked.push([channel, input]);
      return Promise.resolve('ok');
    },
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => listeners.set(channel, listener),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}));

describe('the preload exposes exactly the host contract', () => {
  beforeAll(async () => {
    await import('../../../main/electron/preload');
  });

  it('exposes one global, with one function per request and `on`, nothing more', () => {
    expect([...exposed.keys()]).toEqual([PRELOAD_GLOBAL]);
    const api = exposed.get(PRELOAD_GLOBAL) ?? {};
    expect(Object.keys(api).sort()).toEqual([...requestNames, 'on'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(api).not.toHaveProperty('ipcRenderer');
    expect(api).not.toHaveProperty('invoke');
  });

  it('sends each request on its contract channel', async () => {
    const api = exposed.get(PRELOAD_GLOBAL) as Record<string, (input: unknown) => Promise<unknown>>;
    for (const name of requestNames) await api[name]?.({});
    expect(invoked.map(([channel]) => channel)).toEqual(requestNames.map(channelOf));
  });

  it('passes events to listeners without the IPC event, and refuses unknown events', () => {
    const on = (exposed.get(PRELOAD_GLOBAL) as { on: (e: string, l: (p: unknown) => void) => () => void }).on;
    const received: unknown[] = [];
    const off = on('menuCommand', (payload) => received.push(payload));
    listeners.get(channelOf('menuCommand'))?.({ sender: 'secret' }, { command: 'import.open' });
    expect(received).toEqual([{ command: 'import.open' }]);
    off();
    expect(listeners.has(channelOf('menuCommand'))).toBe(false);
    expect(() => on('not-an-event', () => undefined)).toThrow(/no host event/);
  });
});

describe('the contract itself', () => {
  it('names every channel once, and requests and events never share a name', () => {
    const channels = [...requestNames, ...eventNames].map(channelOf);
    expect(new Set(channels).size).toBe(channels.length);
  });

  it('has an input schema for every request', () => {
    for (const name of requestNames) expect(typeof requestInputs[name].safeParse).toBe('function');
  });
});
