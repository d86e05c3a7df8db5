import { describe, expect, it } from 'vitest';
import { EventCursor } from '../../src/realtime/event-cursor.js';

const rows = (...ids: number[]) => ids.map((id) => ({ id }));
const ids = (list: Array<{ id: number }>) => list.map((row) => row.id);

describe('EventCursor', () => {
  it('delivers rows once, in id order, and moves past them', () => {
    const cursor = new EventCursor(10);
    expect(ids(cursor.accept(rows(12, 11)))).toEqual([11, 12]);
    expect(cursor.nextRead()).toEqual({ afterId: 12, gapIds: [] });
    expect(ids(cursor.accept(rows(12, 13)))).toEqual([13]);
    expect(cursor.gapCount).toBe(0);
  });

  it('delivers a late commit: 42 committed before 41, both arrive', () => {
    const cursor = new EventCursor(40);
    expect(ids(cursor.accept(rows(42)))).toEqual([42]);
    expect(cursor.hasPromptGaps).toBe(true);
    // reads go on after 42 and ask for 41 by id: 42 is never read again
    expect(cursor.nextRead()).toEqual({ afterId: 42, gapIds: [41] });
    expect(ids(cursor.accept(rows(42)))).toEqual([]); // 42 is not sent twice
    expect(ids(cursor.accept(rows(41)))).toEqual([41]);
    expect(cursor.nextRead()).toEqual({ afterId: 42, gapIds: [] });
    expect(cursor.hasPromptGaps).toBe(false);
  });

  it('looks for a missing id on every read while young, then once a second, and gives it up after the horizon', () => {
    let now = 0;
    const cursor = new EventCursor(0, { promptMs: 1_000, lateCheckEveryMs: 500, giveUpAfterMs: 10_000 }, () => now);
    cursor.accept(rows(2, 3));
    expect(cursor.nextRead().gapIds).toEqual([1]);
    now = 999;
    expect(cursor.nextRead().gapIds).toEqual([1]);
    expect(cursor.hasPromptGaps).toBe(true);
    now = 1_200; // past the prompt window: read only when a late check is due (every 500 ms; the last was at 999)
    expect(cursor.hasPromptGaps).toBe(false);
    expect(cursor.nextRead().gapIds).toEqual([]);
    now = 1_500;
    expect(cursor.nextRead().gapIds).toEqual([1]);
    now = 1_600;
    expect(cursor.nextRead().gapIds).toEqual([]);
    // a transaction that commits minutes late is still delivered
    now = 9_000;
    expect(ids(cursor.accept(rows(1)))).toEqual([1]);
    expect(cursor.gapCount).toBe(0);
    // a rolled-back id is given up at the horizon
    cursor.accept(rows(5));
    expect(cursor.gapCount).toBe(1);
    now = 19_000;
    expect(cursor.nextRead()).toEqual({ afterId: 5, gapIds: [] });
    expect(cursor.gapCount).toBe(0);
  });

  it('keeps the newest missing ids when a rolled-back bulk write skipped more than it tracks', () => {
    const cursor = new EventCursor(0, { maxGaps: 3 });
    cursor.accept(rows(100));
    expect(cursor.nextRead().gapIds).toEqual([97, 98, 99]);
  });

  it('is written down and taken up again with its gaps (the webhook outbox keeps it in a row)', () => {
    let now = 1_000;
    const cursor = new EventCursor(10, { giveUpAfterMs: 5_000 }, () => now);
    cursor.accept(rows(11, 13, 16));
    expect(cursor.watermark).toBe(11); // 12 may still commit
    const written = JSON.parse(JSON.stringify(cursor.state));
    expect(written).toEqual({ highest: 16, gaps: { '12': 1_000, '14': 1_000, '15': 1_000 } });

    now = 3_000;
    const resumed = EventCursor.fromState(written, { giveUpAfterMs: 5_000 }, () => now);
    expect(resumed.nextRead()).toEqual({ afterId: 16, gapIds: [12, 14, 15] });
    expect(ids(resumed.accept(rows(12, 16, 17)))).toEqual([12, 17]); // 16 was read before it was written down
    expect(resumed.watermark).toBe(13);
    now = 6_000; // 14 and 15 were first missed at 1,000: given up, kept no longer
    expect(resumed.nextRead().gapIds).toEqual([]);
    expect(resumed.watermark).toBe(17);
    expect(resumed.state).toEqual({ highest: 17, gaps: {} });
  });
});
