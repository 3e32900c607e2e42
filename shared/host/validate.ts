import type { z } from 'zod';
import { requestInputs, type RequestName } from './contract';

/** Raised when a request's input does not match the contract; the message names the request and the field. */
export class InvalidRequestError extends Error {
  constructor(request: string, detail: string) {
    super(`The request "${request}" was refused: ${detail}`);
    this.name = 'InvalidRequestError';
  }
}

/** Checks an untrusted input against the contract at the host boundary. */
export function parseRequestInput<K extends RequestName>(name: K, input: unknown): z.infer<(typeof requestInputs)[K]> {
  const result = requestInputs[name].safeParse(input ?? {});
  if (!result.success) {
    const detail = result.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`)
      .join('; ');
    throw new InvalidRequestError(name, detail);
  }
  return result.data as z.infer<(typeof requestInputs)[K]>;
}
