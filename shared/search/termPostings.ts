import { seek } from './docSets';

/**
 * One term's postings: the documents it is in (ascending document numbers),
 * its weighted frequency in each, and its word positions for phrases. Kept
 * in typed arrays that grow by doubling, because a hundred thousand
 * articles make tens of millions of postings and a JS object per posting
 * would cost gigabytes. Positions are varint deltas in a byte stream, with
 * the stream offset of every CHECKPOINT-th posting kept, so a phrase check
 * reaches any posting's positions after decoding at most CHECKPOINT - 1
 * others.
 */
export const CHECKPOINT = 32;

export interface TermPostings {
  /** Postings in use. */
  count: number;
  docs: Uint32Array;
  /** Weighted term frequency (a headline word counts more than a body word), capped at 255. */
  tfs: Uint8Array;
  /** Varint stream: per posting, the number of positions, then each as a delta from the last. */
  positions: Uint8Array;
  positionBytes: number;
  /** Offset in `positions` of postings 0, CHECKPOINT, 2·CHECKPOINT… */
  checkpoints: Uint32Array;
}

export function emptyPostings(): TermPostings {
  return { count: 0, docs: new Uint32Array(2), tfs: new Uint8Array(2), positions: new Uint8Array(8), positionBytes: 0, checkpoints: new Uint32Array(1) };
}

function grown<T extends Uint32Array | Uint8Array>(array: T, needed: number, make: (size: number) => T): T {
  if (needed <= array.length) return array;
  const next = make(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

function writeVarint(p: TermPostings, value: number): void {
  p.positions = grown(p.positions, p.positionBytes + 5, (n) => new Uint8Array(n));
  let v = value;
  while (v >= 0x80) {
    p.positions[p.positionBytes++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  p.positions[p.positionBytes++] = v;
}

/** Appends a document, which must be numbered after every document already in `p`. */
export function appendPosting(p: TermPostings, doc: number, tf: number, positions: readonly number[]): void {
  const i = p.count;
  p.docs = grown(p.docs, i + 1, (n) => new Uint32Array(n));
  p.tfs = grown(p.tfs, i + 1, (n) => new Uint8Array(n));
  p.docs[i] = doc;
  p.tfs[i] = Math.min(255, tf);
  if (i % CHECKPOINT === 0) {
    p.checkpoints = grown(p.checkpoints, i / CHECKPOINT + 1, (n) => new Uint32Array(n));
    p.checkpoints[i / CHECKPOINT] = p.positionBytes;
  }
  writeVarint(p, positions.length);
  let last = 0;
  for (const position of positions) {
    writeVarint(p, position - last);
    last = position;
  }
  p.count = i + 1;
}

/** Where a reader of one term's positions is: after posting `index`, at byte `offset`. */
export interface PositionCursor {
  index: number;
  offset: number;
}

export const newCursor = (): PositionCursor => ({ index: -1, offset: 0 });

/**
 * The positions of posting `index`, written into `out` (grown when too
 * small; the array in use is returned with the count). With a cursor,
 * reading postings in ascending order continues from the last one read
 * when that is nearer than a checkpoint, so a phrase check over many
 * documents reads each term's stream about once. Written without closures
 * or per-call arrays: it runs once per candidate document per phrase word.
 * Only positions up to `until` (and the first past it) are returned.
 */
export function readPositions(p: TermPostings, index: number, cursor: PositionCursor, out: Int32Array, until = Infinity): { positions: Int32Array; count: number } {
  const bytes = p.positions;
  const checkpoint = index - (index % CHECKPOINT);
  const fromCursor = cursor.index >= checkpoint && cursor.index < index;
  let offset = fromCursor ? cursor.offset : (p.checkpoints[checkpoint / CHECKPOINT] ?? 0);
  // Skip the postings between the checkpoint (or the cursor) and this one.
  for (let skip = fromCursor ? index - cursor.index - 1 : index % CHECKPOINT; skip > 0; skip--) {
    let n = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[offset++] as number;
      n += (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    // Each position is a varint: its last byte is the one below 0x80.
    while (n > 0) if ((bytes[offset++] as number) < 0x80) n--;
  }
  let count = 0;
  let shift = 0;
  let byte: number;
  do {
    byte = bytes[offset++] as number;
    count += (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  let positions = out;
  if (positions.length < count) positions = new Int32Array(count * 2);
  let position = 0;
  let read = 0;
  // Positions past `until` are of no use to the caller: they are stepped over, not decoded (a phrase needs only those up to its last possible start).
  while (read < count && position <= until) {
    let delta = 0;
    shift = 0;
    do {
      byte = bytes[offset++] as number;
      delta += (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    position += delta;
    positions[read++] = position;
  }
  for (let left = count - read; left > 0; ) if ((bytes[offset++] as number) < 0x80) left--;
  cursor.index = index;
  cursor.offset = offset;
  return { positions, count: read };
}

/** Index of `doc` in `p.docs`, or -1; from `from` on (see seek). */
export function findPosting(p: TermPostings, doc: number, from = 0): number {
  const index = seek(p.docs, doc, from, p.count);
  return index < p.count && p.docs[index] === doc ? index : -1;
}
