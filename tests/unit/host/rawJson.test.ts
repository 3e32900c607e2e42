import { describe, expect, it } from 'vitest';
import { parseRaw, RawJson, stringifyWithRaw } from '../../../main/host/rawJson';

describe('raw JSON passed through a transport', () => {
  it('is spliced into the message as it is, wherever it sits', () => {
    const message = { type: 'response', id: 3, ok: true, output: { batches: new RawJson('[{"id":"b1","articles":[]}]'), note: 'n' } };
    const text = stringifyWithRaw(message);
    expect(JSON.parse(text)).toEqual({ type: 'response', id: 3, ok: true, output: { batches: [{ id: 'b1', articles: [] }], note: 'n' } });
  });

  it('is not fooled by data that looks like its placeholder, and leaves $ patterns alone', () => {
    const message = { a: '\u0000raw-0000000000000000-0', b: new RawJson('"$& $1 $$"'), c: [new RawJson('1'), new RawJson('{"x":2}')] };
    expect(JSON.parse(stringifyWithRaw(message))).toEqual({ a: '\u0000raw-0000000000000000-0', b: '$& $1 $$', c: [1, { x: 2 }] });
  });

  it('is plain JSON.stringify when there is none', () => {
    const message = { type: 'event', name: 'x', payload: { list: [1, 'two', null] } };
    expect(stringifyWithRaw(message)).toBe(JSON.stringify(message));
  });

  it('is parsed for transports that clone objects (Electron IPC)', () => {
    expect(parseRaw({ batches: new RawJson('[{"id":"b1"}]'), n: 1, list: [new RawJson('true')] })).toEqual({ batches: [{ id: 'b1' }], n: 1, list: [true] });
  });
});
