import { isRequestName, type HostHandlers, type RequestName, type RequestOutput } from '../../shared/host/contract';
import { InvalidRequestError, parseRequestInput } from '../../shared/host/validate';

/**
 * The host boundary: every request from a renderer, over IPC or the
 * WebSocket, passes through here. Unknown names and malformed inputs are
 * refused before any handler sees them.
 */
export async function dispatchRequest(handlers: HostHandlers, name: unknown, input: unknown): Promise<unknown> {
  if (!isRequestName(name)) throw new InvalidRequestError(String(name).slice(0, 80), 'there is no such request');
  return call(handlers, name, input);
}

function call<K extends RequestName>(handlers: HostHandlers, name: K, input: unknown): Promise<RequestOutput<K>> {
  const handler = handlers[name] as (input: unknown) => Promise<RequestOutput<K>>;
  return handler(parseRequestInput(name, input));
}
