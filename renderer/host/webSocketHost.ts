import type { EventPayload, HostApi } from '../../shared/host/contract';
import { isEventName, requestNames, type EventName } from '../../shared/host/contractNames';
import type { ClientMessage, ServerMessage } from '../../shared/host/wireMessages';
import type { HostConnection, HostStatus } from './hostConnection';

const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 10_000;

/** Thrown for requests made while the web host is unreachable. */
export class HostUnavailableError extends Error {
  constructor() {
    super('Newsroom Reader’s host is not running, so files can’t be imported right now. Your archive is still here. Start it again with "npm run web".');
    this.name = 'HostUnavailableError';
  }
}

/**
 * The web-mode transport: the host contract over a WebSocket to the web
 * host on 127.0.0.1. It reconnects with backoff when the host goes away.
 */
export function webSocketHost(url: string): HostConnection {
  let socket: WebSocket | null = null;
  let status: HostStatus = 'connecting';
  let nextId = 1;
  let retryMs = RETRY_MIN_MS;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const eventListeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const statusListeners = new Set<(status: HostStatus) => void>();

  const setStatus = (next: HostStatus): void => {
    if (status === next) return;
    status = next;
    for (const listener of statusListeners) listener(next);
  };

  const connect = (): void => {
    const ws = new WebSocket(url);
    socket = ws;
    ws.addEventListener('open', () => {
      retryMs = RETRY_MIN_MS;
      setStatus('connected');
    });
    ws.addEventListener('message', (event: MessageEvent<string>) => {
      const message = JSON.parse(event.data) as ServerMessage;
      if (message.type === 'event') {
        if (isEventName(message.name)) for (const listener of eventListeners.get(message.name) ?? []) listener(message.payload);
        return;
      }
      const call = pending.get(message.id);
      if (!call) return;
      pending.delete(message.id);
      if (message.ok) call.resolve(message.output);
      else call.reject(new Error(message.error));
    });
    ws.addEventListener('close', () => {
      socket = null;
      setStatus('disconnected');
      for (const call of pending.values()) call.reject(new HostUnavailableError());
      pending.clear();
      setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
    });
  };
  connect();

  const request = (name: string, input: unknown): Promise<unknown> =>
    new Promise((resolve, reject) => {
      if (!socket || socket.readyState !== WebSocket.OPEN) {
        reject(new HostUnavailableError());
        return;
      }
      const id = nextId++;
      pending.set(id, { resolve, reject });
      const message = { type: 'request', id, name, input } as ClientMessage;
      socket.send(JSON.stringify(message));
    });

  const on = <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): (() => void) => {
    const set = eventListeners.get(event) ?? new Set();
    const wrapped = listener as (payload: unknown) => void;
    set.add(wrapped);
    eventListeners.set(event, set);
    return () => {
      set.delete(wrapped);
    };
  };

  const api = Object.fromEntries(requestNames.map((name) => [name, (input: unknown) => request(name, input)]));
  return {
    api: { ...api, on } as HostApi,
    status: () => status,
    onStatus: (listener) => {
      statusListeners.add(listener);
      return () => {
        statusListeners.delete(listener);
      };
    },
  };
}
