import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import type { EmitEvent, HostHandlers } from '../../shared/host/contract';
import type { ClientMessage, ServerMessage } from '../../shared/host/wireMessages';
import { dispatchRequest } from '../host/dispatchRequest';
import { stringifyWithRaw } from '../host/rawJson';

/** True when the upgrade comes from a page this host served, not from any other site the browser has open. */
export function isOwnOrigin(req: IncomingMessage, ownOrigins: string[]): boolean {
  return ownOrigins.includes(req.headers.origin ?? '');
}

function readClientMessage(data: Buffer): ClientMessage | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data.toString('utf8'));
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const candidate = parsed as Partial<ClientMessage>;
  return candidate.type === 'request' && typeof candidate.id === 'number' ? (candidate as ClientMessage) : null;
}

function send(socket: WebSocket, message: ServerMessage): void {
  if (socket.readyState === socket.OPEN) socket.send(stringifyWithRaw(message));
}

/** Carries the host contract over one WebSocket: requests in, responses and events out. */
export function serveHostSocket(socket: WebSocket, handlers: HostHandlers): void {
  socket.on('message', (data: Buffer) => {
    const message = readClientMessage(data);
    if (!message) return; // not ours; a client that sends garbage gets no answer
    dispatchRequest(handlers, message.name, message.input).then(
      (output) => send(socket, { type: 'response', id: message.id, ok: true, output }),
      (error: unknown) =>
        send(socket, { type: 'response', id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  });
}

/** Sends an event to every open socket. */
export function broadcaster(sockets: Set<WebSocket>): EmitEvent {
  return (name, payload) => {
    for (const socket of sockets) send(socket, { type: 'event', name, payload });
  };
}
