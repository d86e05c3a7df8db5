import { describe, expect, it } from 'vitest';
import { EventCursor } from '../../src/realtime/event-cursor.js';

const rows = (...ids: number[]) => ids.map((id) => ({ id }));
const ids = (list: Array<{ id: number }>) => list.map((row) => row.id);

describe('EventCursor', () => {
  it('delivers rows once, in id order, and moves past them', () => {
    const cursor = new EventCursor(10);
    expect(ids(cursor.accept(rows(12, 11)))).toEqual([11, 12]);
    expect(cursor.after).toBe(12);
    expect(ids(cursor.accept(rows(12, 13)))).toEqual([13]);
    expect(cursor.hasGaps).toBe(false);
  });

  it('delivers a late commit: 42 committed before 41, both arrive', () => {
    const cursor = new EventCursor(40);
    expect(ids(cursor.accept(rows(42)))).toEqual([42]);
    expect(cursor.hasGaps).toBe(true);
    expect(cursor.after).toBe(40); // keeps reading after 40 so 41 can still come
    expect(ids(cursor.accept(rows(42)))).toEqual([]); // 42 is not sent twice
    expect(ids(cursor.accept(rows(41, 42)))).toEqual([41]);
    expect(cursor.after).toBe(42);
    expect(cursor.hasGaps).toBe(false);
  });

  it('gives a missing id up after the timeout (its transaction rolled back)', () => {
    let now = 0;
    const cursor = new EventCursor(0, 1_000, () => now);
    cursor.accept(rows(2, 3));
    expect(cursor.after).toBe(0);
    now = 999;
    cursor.accept([]);
    expect(cursor.after).toBe(0);
    now = 1_000;
    cursor.accept([]);
    expect(cursor.after).toBe(3);
    expect(cursor.hasGaps).toBe(false);
  });
});
