import { beforeAll, describe, expect, it, vi } from 'vitest';
import { commandIds } from '../../../shared/commands/commands';
import { PRELOAD_GLOBAL, channelOf, eventNames, eventPayloads, requestInputs, requestNames } from '../../../shared/host/contract';

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

  it('lets the menu name any registry command, and nothing else', () => {
    for (const command of commandIds) expect(eventPayloads.menuCommand.safeParse({ command }).success).toBe(true);
    expect(eventPayloads.menuCommand.safeParse({ command: 'sources.show' }).success).toBe(false);
    expect(eventPayloads.menuCommand.safeParse({ command: 'list.next', extra: 1 }).success).toBe(false);
  });

  it('checks the badge count and the menu keys', () => {
    expect(requestInputs.setBadgeCount.safeParse({ count: 1_000_000 }).success).toBe(true);
    expect(requestInputs.setBadgeCount.safeParse({ count: 1_000_001 }).success).toBe(false);
    expect(requestInputs.setBadgeCount.safeParse({ count: 0.5 }).success).toBe(false);
    expect(requestInputs.setBadgeCount.safeParse({}).success).toBe(false);
    // Every command, or only some: a command left out keeps its default keys.
    expect(requestInputs.setMenuKeys.safeParse({ keys: Object.fromEntries(commandIds.map((id) => [id, []])) }).success).toBe(true);
    expect(requestInputs.setMenuKeys.safeParse({ keys: { 'go.all': ['g a'] } }).success).toBe(true);
    expect(requestInputs.setMenuKeys.safeParse({ keys: { 'go.nowhere': ['g n'] } }).success).toBe(false);
    // JSON can carry "__proto__" as a key of its own: it is dropped, never made the result's prototype.
    const parsed = requestInputs.setMenuKeys.parse({ keys: JSON.parse('{"__proto__":["j"],"go.all":[]}') as unknown });
    expect(Object.keys(parsed.keys)).toEqual(['go.all']);
    expect(Object.getPrototypeOf(parsed.keys)).toBe(Object.prototype);
  });
});
