/**
 * Sets of document numbers as ascending Uint32Arrays: what a query's parts
 * evaluate to, combined by intersection, union and difference. Ascending
 * order lets these run as merges, and intersection gallops through the
 * larger side, so a rare word AND a common one costs about the rare one.
 */
export type DocSet = Uint32Array;

export const EMPTY: DocSet = new Uint32Array(0);

/**
 * First index in a[from..end) whose value is ≥ target, or `end`: a
 * galloping search, as callers walk ascending targets and the next is
 * usually a few places on.
 */
export function seek(a: ArrayLike<number>, target: number, from: number, end: number = a.length): number {
  let step = 1;
  let hi = from;
  while (hi < end && (a[hi] as number) < target) {
    from = hi + 1;
    hi += step;
    step *= 2;
  }
  hi = Math.min(hi, end);
  while (from < hi) {
    const mid = (from + hi) >>> 1;
    if ((a[mid] as number) < target) from = mid + 1;
    else hi = mid;
  }
  return from;
}

export function intersect(a: DocSet, b: DocSet): DocSet {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const out = new Uint32Array(small.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < small.length && j < large.length; i++) {
    const value = small[i] as number;
    j = seek(large, value, j);
    if (large[j] === value) out[n++] = value;
  }
  return out.subarray(0, n);
}

export function subtract(a: DocSet, b: DocSet): DocSet {
  if (b.length === 0) return a;
  const out = new Uint32Array(a.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    const value = a[i] as number;
    j = seek(b, value, j);
    if (b[j] !== value) out[n++] = value;
  }
  return out.subarray(0, n);
}

/**
 * The union of several sets. Two small ones merge; many, or large ones, are
 * marked in a bitmap over every document number and read back in order,
 * which is linear in what they hold.
 */
export function unionAll(sets: readonly DocSet[], docCount: number): DocSet {
  const nonEmpty = sets.filter((s) => s.length > 0);
  if (nonEmpty.length === 0) return EMPTY;
  if (nonEmpty.length === 1) return nonEmpty[0] as DocSet;
  const total = nonEmpty.reduce((sum, s) => sum + s.length, 0);
  if (nonEmpty.length === 2 && total < docCount / 8) return merge(nonEmpty[0] as DocSet, nonEmpty[1] as DocSet);
  const marks = new Uint8Array(docCount);
  for (const set of nonEmpty) for (let i = 0; i < set.length; i++) marks[set[i] as number] = 1;
  return fromMarks(marks, Math.min(total, docCount));
}

function merge(a: DocSet, b: DocSet): DocSet {
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x < y) {
      out[n++] = x;
      i++;
    } else if (y < x) {
      out[n++] = y;
      j++;
    } else {
      out[n++] = x;
      i++;
      j++;
    }
  }
  while (i < a.length) out[n++] = a[i++] as number;
  while (j < b.length) out[n++] = b[j++] as number;
  return out.subarray(0, n);
}

/** The document numbers marked 1, ascending. */
export function fromMarks(marks: Uint8Array, capacity: number): DocSet {
  const out = new Uint32Array(capacity);
  let n = 0;
  for (let doc = 0; doc < marks.length; doc++) if (marks[doc]) out[n++] = doc;
  return out.subarray(0, n);
}
