/** Keeps, in place, the first `live` starts (ascending) for which `positions` (ascending, `count` of them) holds start + offset; returns how many. */
export function keepFollowed(starts: Int32Array, live: number, positions: Int32Array, count: number, offset: number): number {
  let kept = 0;
  let j = 0;
  for (let i = 0; i < live; i++) {
    const start = starts[i] as number;
    const want = start + offset;
    while (j < count && (positions[j] as number) < want) j++;
    if (j < count && positions[j] === want) starts[kept++] = start;
  }
  return kept;
}
