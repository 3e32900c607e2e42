import { randomBytes } from 'node:crypto';

/**
 * JSON text a transport passes on as it is. The outbox keeps its batches as
 * JSON files; parsing a pull's worth only for the WebSocket to stringify it
 * again cost the host a sixth of its sync time (`npm run bench -- sync`).
 * A handler returns one in place of the value it stands for (see
 * rawJsonAs). The web transport splices the text into its message
 * (stringifyWithRaw); the IPC transport parses it (parseRaw), because
 * Electron clones objects, not text.
 */
export class RawJson<T = unknown> {
  /** Never set: it only carries the type of the value the text encodes. */
  declare readonly encodes?: T;
  constructor(readonly text: string) {}
}

/** Types raw JSON as the value it encodes, for a handler's declared output. */
export const rawJsonAs = <T>(raw: RawJson<T>): T => raw as unknown as T;

/** JSON.stringify, with each RawJson's text put in where it stands. */
export function stringifyWithRaw(value: unknown): string {
  const raws: RawJson[] = [];
  // A fresh nonce per message, so no string in the data can pass for a placeholder.
  const marker = `\u0000raw-${randomBytes(8).toString('hex')}-`;
  const json = JSON.stringify(value, (_key, field: unknown) => {
    if (!(field instanceof RawJson)) return field;
    raws.push(field);
    return `${marker}${raws.length - 1}`;
  });
  if (raws.length === 0) return json;
  const escapedMarker = JSON.stringify(marker).slice(1, -1);
  let out = json;
  raws.forEach((raw, i) => {
    const placeholder = `"${escapedMarker}${i}"`;
    const at = out.indexOf(placeholder);
    out = `${out.slice(0, at)}${raw.text}${out.slice(at + placeholder.length)}`;
  });
  return out;
}

/** The value with every RawJson parsed, for transports that clone objects. */
export function parseRaw(value: unknown): unknown {
  if (value instanceof RawJson) return JSON.parse(value.text) as unknown;
  if (Array.isArray(value)) return value.map(parseRaw);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, parseRaw(field)]));
  return value;
}
