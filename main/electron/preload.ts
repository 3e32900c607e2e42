import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  PRELOAD_GLOBAL,
  channelOf,
  isEventName,
  requestNames,
  type EventName,
  type EventPayload,
  type HostApi,
} from '../../shared/host/contract';

/**
 * Exposes exactly the host contract: one function per request and `on` for
 * events. ipcRenderer itself never reaches the page, and listeners receive
 * only the payload, never the IPC event.
 */
const requests = Object.fromEntries(
  requestNames.map((name) => [name, (input: unknown): Promise<unknown> => ipcRenderer.invoke(channelOf(name), input)]),
);

function on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  if (!isEventName(event)) throw new Error(`There is no host event called "${String(event)}".`);
  const channel = channelOf(event);
  const forward = (_event: IpcRendererEvent, payload: EventPayload<E>): void => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const api = { ...requests, on } as HostApi;
contextBridge.exposeInMainWorld(PRELOAD_GLOBAL, api);
