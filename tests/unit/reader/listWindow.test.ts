import { describe, expect, it } from 'vitest';
import { BLOCK, FIRST_RANGE, windowIds } from '../../../renderer/features/reader/listWindow';

const ids = Array.from({ length: 1000 }, (_, i) => `a${i}`);

describe('the rows read around the visible ones', () => {
  it('before the list is measured: its first block and the next', () => {
    expect(windowIds(ids, FIRST_RANGE)).toEqual(ids.slice(0, 2 * BLOCK));
  });

  it('whole blocks with one block either side, so a few pixels of scrolling read nothing new', () => {
    expect(windowIds(ids, { start: 95, end: 107 })).toEqual(ids.slice(40, 160));
    expect(windowIds(ids, { start: 96, end: 108 })).toEqual(windowIds(ids, { start: 95, end: 107 }));
  });

  it('stops at the ends of a short list', () => {
    expect(windowIds(ids.slice(0, 12), FIRST_RANGE)).toEqual(ids.slice(0, 12));
    expect(windowIds(ids, { start: 990, end: 1000 })).toEqual(ids.slice(920, 1000));
    expect(windowIds([], FIRST_RANGE)).toEqual([]);
  });
});
