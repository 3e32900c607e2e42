import { describe, expect, it } from 'vitest';
import { cursorIndex, ReaderCursor } from '../../../renderer/features/reader/readerCursor';

describe('the reader cursor', () => {
  it('starts on nothing, and moves the selection and the open article together or apart', () => {
    const cursor = new ReaderCursor();
    expect(cursor.get()).toEqual({ selectedId: null, openId: null });
    cursor.set({ selectedId: 'a', openId: 'a' });
    cursor.set({ selectedId: 'b' });
    expect(cursor.get()).toEqual({ selectedId: 'b', openId: 'a' });
    cursor.set({ openId: null });
    expect(cursor.get()).toEqual({ selectedId: 'b', openId: null });
  });

  it('tells its listeners only when something changed, and not after they leave', () => {
    const cursor = new ReaderCursor();
    const told: string[] = [];
    const leave = cursor.subscribe(() => told.push(String(cursor.get().selectedId)));
    cursor.set({ selectedId: 'a' });
    cursor.set({ selectedId: 'a' });
    cursor.set({ openId: null });
    cursor.set({ selectedId: 'b' });
    leave();
    cursor.set({ selectedId: 'c' });
    expect(told).toEqual(['a', 'b']);
  });

  it('keeps the same state object while nothing changes, as useSyncExternalStore needs', () => {
    const cursor = new ReaderCursor();
    cursor.set({ selectedId: 'a' });
    const before = cursor.get();
    cursor.set({ selectedId: 'a', openId: null });
    expect(cursor.get()).toBe(before);
  });

  it("finds the cursor's row, or -1 when it is on nothing or on an article not in the rows", () => {
    const cursor = new ReaderCursor();
    const rows = ['a', 'b', 'c'];
    expect(cursorIndex(rows, cursor)).toBe(-1);
    cursor.set({ selectedId: 'c' });
    expect(cursorIndex(rows, cursor)).toBe(2);
    cursor.set({ selectedId: 'just-imported' });
    expect(cursorIndex(rows, cursor)).toBe(-1);
  });
});
