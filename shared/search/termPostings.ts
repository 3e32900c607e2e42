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

/** The positions of posting `index`. */
export function positionsAt(p: TermPostings, index: number): number[] {
  const bytes = p.positions;
  let offset = p.checkpoints[Math.floor(index / CHECKPOINT)] ?? 0;
  const read = (): number => {
    let value = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[offset++] ?? 0;
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  // Skip the postings between the checkpoint and this one.
  for (let skip = index % CHECKPOINT; skip > 0; skip--) {
    for (let n = read(); n > 0; n--) read();
  }
  const out: number[] = [];
  let position = 0;
  for (let n = read(); n > 0; n--) {
    position += read();
    out.push(position);
  }
  return out;
}

/** Index of `doc` in `p.docs`, or -1 (binary search from `from`). */
export function findPosting(p: TermPostings, doc: number, from = 0): number {
  let lo = from;
  let hi = p.count - 1;
  const docs = p.docs;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = docs[mid] as number;
    if (value === doc) return mid;
    if (value < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
