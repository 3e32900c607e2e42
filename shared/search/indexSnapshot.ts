import { SearchIndex } from './searchIndex';
import { CHECKPOINT, type TermPostings } from './termPostings';

/** Bumped whenever the snapshot layout or what goes into the index changes: an older snapshot is then rebuilt, never misread. */
export const SNAPSHOT_VERSION = 2;

/**
 * An index as a handful of flat arrays, for IndexedDB: structured clone of a
 * few large ArrayBuffers is fast, where millions of small objects are not.
 * Dead documents are left out and the rest renumbered, so saving also
 * compacts.
 */
export interface IndexSnapshot {
  version: number;
  /** Article ids, one per document, joined by newlines. */
  ids: string;
  /** Term keys joined by newlines (words never hold one). */
  keys: string;
  dates: Float64Array;
  flags: Uint8Array;
  lengths: Float32Array;
  /** Per term: how many postings. */
  counts: Uint32Array;
  /** Each term's document numbers as varint gaps (the first from 0): about a third of the bytes, so the index reads sooner. */
  docGaps: Uint8Array;
  tfs: Uint8Array;
}

/**
 * Word positions, saved apart from the rest: only phrases need them, so the
 * index answers everything else before they are read (see attachPositions).
 */
export interface PositionsSnapshot {
  version: number;
  positionBytes: Uint32Array;
  positions: Uint8Array;
  checkpoints: Uint32Array;
}

/** Byte ranges of each posting's positions in a term's stream. */
function postingRanges(p: TermPostings): Uint32Array {
  const starts = new Uint32Array(p.count + 1);
  const bytes = p.positions;
  let offset = 0;
  const skip = () => {
    while ((bytes[offset++] as number) & 0x80);
  };
  const read = (): number => {
    let value = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[offset++] as number;
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  for (let i = 0; i < p.count; i++) {
    starts[i] = offset;
    for (let n = read(); n > 0; n--) skip();
  }
  starts[p.count] = offset;
  return starts;
}

function varintGaps(docs: Uint32Array, counts: readonly number[]): Uint8Array {
  const out = new Uint8Array(docs.length * 5);
  let n = 0;
  let at = 0;
  for (const count of counts) {
    let last = 0;
    for (let i = at; i < at + count; i++) {
      let gap = (docs[i] as number) - last;
      last = docs[i] as number;
      while (gap >= 0x80) {
        out[n++] = (gap & 0x7f) | 0x80;
        gap >>>= 7;
      }
      out[n++] = gap;
    }
    at += count;
  }
  return out.slice(0, n);
}

function fromGaps(bytes: Uint8Array, counts: Uint32Array, total: number): Uint32Array {
  const docs = new Uint32Array(total);
  let offset = 0;
  let at = 0;
  for (let term = 0; term < counts.length; term++) {
    let last = 0;
    const end = at + (counts[term] as number);
    for (; at < end; at++) {
      let value = 0;
      let shift = 0;
      let byte: number;
      do {
        byte = bytes[offset++] as number;
        value |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte & 0x80);
      last += value;
      docs[at] = last;
    }
  }
  return docs;
}

export function snapshotIndex(index: SearchIndex): { core: IndexSnapshot; positions: PositionsSnapshot } {
  const docCount = index.documentCount;
  const renumber = new Int32Array(docCount).fill(-1);
  const ids: string[] = [];
  for (let doc = 0; doc < docCount; doc++) {
    if (index.alive[doc]) {
      renumber[doc] = ids.length;
      ids.push(index.ids[doc] as string);
    }
  }
  const live = ids.length;
  const dates = new Float64Array(live);
  const flags = new Uint8Array(live);
  const lengths = new Float32Array(live);
  for (let doc = 0; doc < docCount; doc++) {
    const n = renumber[doc] as number;
    if (n < 0) continue;
    dates[n] = index.dates[doc] as number;
    flags[n] = index.flags[doc] as number;
    lengths[n] = index.lengths[doc] as number;
  }

  const { keys: allKeys, postings } = index.dictionary;
  const keys: string[] = [];
  const counts: number[] = [];
  const positionBytes: number[] = [];
  let totalPostings = 0;
  let totalBytes = 0;
  const kept: Array<{ p: TermPostings; keep: number[]; ranges: Uint32Array | null }> = [];
  allKeys.forEach((key, term) => {
    const p = postings[term] as TermPostings;
    const keep: number[] = [];
    for (let i = 0; i < p.count; i++) if ((renumber[p.docs[i] as number] as number) >= 0) keep.push(i);
    if (keep.length === 0) return;
    // A term with nothing dead is copied whole; only the others need their postings' byte ranges.
    const ranges = keep.length === p.count ? null : postingRanges(p);
    const bytes = ranges ? keep.reduce((sum, i) => sum + ((ranges[i + 1] as number) - (ranges[i] as number)), 0) : p.positionBytes;
    keys.push(key);
    counts.push(keep.length);
    positionBytes.push(bytes);
    kept.push({ p, keep, ranges });
    totalPostings += keep.length;
    totalBytes += bytes;
  });

  const docs = new Uint32Array(totalPostings);
  const tfs = new Uint8Array(totalPostings);
  const positions = new Uint8Array(totalBytes);
  const checkpointList: number[] = [];
  let at = 0;
  let byteAt = 0;
  for (const { p, keep, ranges } of kept) {
    let termByte = 0;
    keep.forEach((i, k) => {
      docs[at + k] = renumber[p.docs[i] as number] as number;
      tfs[at + k] = p.tfs[i] as number;
    });
    if (!ranges) {
      positions.set(p.positions.subarray(0, p.positionBytes), byteAt);
      for (let c = 0; c * CHECKPOINT < p.count; c++) checkpointList.push(p.checkpoints[c] as number);
      termByte = p.positionBytes;
    } else {
      keep.forEach((i, k) => {
        if (k % CHECKPOINT === 0) checkpointList.push(termByte);
        const slice = p.positions.subarray(ranges[i], ranges[i + 1]);
        positions.set(slice, byteAt + termByte);
        termByte += slice.length;
      });
    }
    at += keep.length;
    byteAt += termByte;
  }
  return {
    core: { version: SNAPSHOT_VERSION, ids: ids.join('\n'), keys: keys.join('\n'), dates, flags, lengths, counts: Uint32Array.from(counts), docGaps: varintGaps(docs, counts), tfs },
    positions: { version: SNAPSHOT_VERSION, positionBytes: Uint32Array.from(positionBytes), positions, checkpoints: Uint32Array.from(checkpointList) },
  };
}

/**
 * The index a snapshot holds; its arrays are used in place (views, not
 * copies) until a term grows. Without `positions`, phrases wait until
 * attachPositions gives them; nothing may be added before then.
 */
export function loadIndex(snapshot: IndexSnapshot, positionsSnapshot: PositionsSnapshot | null = null): SearchIndex {
  const index = new SearchIndex();
  const ids = snapshot.ids === '' ? [] : snapshot.ids.split('\n');
  index.ids = ids;
  const n = ids.length;
  index.alive = new Uint8Array(Math.max(n, 1024));
  index.alive.fill(1, 0, n);
  index.dates = new Float64Array(Math.max(n, 1024));
  index.dates.set(snapshot.dates);
  index.flags = new Uint8Array(Math.max(n, 1024));
  index.flags.set(snapshot.flags);
  index.lengths = new Float32Array(Math.max(n, 1024));
  index.lengths.set(snapshot.lengths);
  index.liveCount = n;
  index.totalLength = snapshot.lengths.reduce((sum, length) => sum + length, 0);
  ids.forEach((id, doc) => index.restoreDocument(doc, id));

  const keys = snapshot.keys === '' ? [] : snapshot.keys.split('\n');
  const docs = fromGaps(snapshot.docGaps, snapshot.counts, snapshot.tfs.length);
  let at = 0;
  keys.forEach((key, term) => {
    const count = snapshot.counts[term] as number;
    index.dictionary.add(key, { count, docs: docs.subarray(at, at + count), tfs: snapshot.tfs.subarray(at, at + count), positions: EMPTY_BYTES, positionBytes: 0, checkpoints: EMPTY_CHECKPOINTS });
    at += count;
  });
  index.dictionary.regroup();
  index.dictionary.settle();
  index.positionsPending = true;
  if (positionsSnapshot) attachPositions(index, positionsSnapshot);
  return index;
}

const EMPTY_BYTES = new Uint8Array(0);
const EMPTY_CHECKPOINTS = new Uint32Array(0);

/** Gives a loaded index its terms' positions (see PositionsSnapshot). */
export function attachPositions(index: SearchIndex, snapshot: PositionsSnapshot): void {
  let byteAt = 0;
  let checkpointAt = 0;
  index.dictionary.postings.forEach((p, term) => {
    const bytes = snapshot.positionBytes[term] as number;
    const checkpoints = Math.ceil(p.count / CHECKPOINT);
    p.positions = snapshot.positions.subarray(byteAt, byteAt + bytes);
    p.positionBytes = bytes;
    p.checkpoints = snapshot.checkpoints.subarray(checkpointAt, checkpointAt + checkpoints);
    byteAt += bytes;
    checkpointAt += checkpoints;
  });
  index.positionsPending = false;
}
