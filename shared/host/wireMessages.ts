import type { EventName, RequestName } from './contract';

/**
 * Messages on the web host's WebSocket. The IPC path needs none of these:
 * Electron's invoke/handle already pairs requests with replies.
 */
export type ClientMessage = { type: 'request'; id: number; name: RequestName; input: unknown };

export type ServerMessage =
  | { type: 'response'; id: number; ok: true; output: unknown }
  | { type: 'response'; id: number; ok: false; error: string }
  | { type: 'event'; name: EventName; payload: unknown };
