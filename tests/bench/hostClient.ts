import { WebSocket } from 'ws';
import type { ServerMessage } from '../../shared/host/wireMessages';

export interface HostClient {
  request(name: string, input: unknown): Promise<unknown>;
  /** Resolves when a sync run has finished every source it started. */
  syncIdle(): Promise<void>;
  close(): void;
}

/** The benchmark's own connection to the web host, speaking the same contract as the renderer. */
export async function connectHostClient(url: string): Promise<HostClient> {
  const origin = url.replace(/\/$/, '');
  const ws = new WebSocket(`${origin.replace('http', 'ws')}/host`, { origin });
  await new Promise((resolve) => ws.once('open', resolve));
  let nextId = 1;
  const listeners: Array<(m: ServerMessage) => void> = [];
  const stopListening = (listener: (m: ServerMessage) => void): void => {
    listeners.splice(listeners.indexOf(listener), 1);
  };
  ws.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString()) as ServerMessage;
    for (const listener of [...listeners]) listener(message);
  });
  return {
    request: (name, input) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        const listener = (m: ServerMessage): void => {
          if (m.type !== 'response' || m.id !== id) return;
          stopListening(listener);
          if (m.ok) resolve(m.output);
          else reject(new Error(m.error));
        };
        listeners.push(listener);
        ws.send(JSON.stringify({ type: 'request', id, name, input }));
      }),
    syncIdle: () =>
      new Promise((resolve) => {
        const listener = (m: ServerMessage): void => {
          const payload = m.type === 'event' && m.name === 'syncProgress' ? (m.payload as { running: boolean; done: number; total: number }) : null;
          if (payload && !payload.running && payload.done === payload.total && payload.total > 0) {
            stopListening(listener);
            resolve();
          }
        };
        listeners.push(listener);
      }),
    close: () => ws.close(),
  };
}
