/**
 * Where a reader is in the parking_events mailbox, safe against late commits.
 *
 * A bigserial id is taken when a row is inserted, not when its transaction commits: the
 * transaction holding id 41 may commit after the one holding 42, seconds or minutes later. Reading
 * "id > last seen" alone would skip 41 forever. So the cursor keeps the highest id it has seen and
 * every id below it that has not arrived (a gap), and each read asks for both: the ids above the
 * highest, and the missing ids by primary key. A gap costs one index probe per read, never a
 * re-read of events already delivered, so a gap with thousands of newer events behind it cannot
 * make the reader spin.
 *
 * A gap is looked for on every read while it is young (its transaction is most likely committing
 * right now), then about once a second (a long transaction), and given up after `giveUpAfterMs`
 * (it rolled back: sequences never reuse an id; or it committed so late that pruning took it).
 *
 * Why not "only rows of transactions older than the snapshot's xmin": xmin is server-wide, so
 * any idle transaction in any database on the server would hold every live update back.
 */
export interface GapTimings {
  /** How long a missing id is looked for on every read. @default 10_000 */
  promptMs: number;
  /** After that, how often it is still looked for. @default 1_000 */
  lateCheckEveryMs: number;
  /** When it is given up: the event table's retention (events are pruned after an hour). @default 3_600_000 */
  giveUpAfterMs: number;
  /** The most missing ids tracked at once (the oldest are given up first). @default 100_000 */
  maxGaps: number;
}

export const DEFAULT_GAP_TIMINGS: GapTimings = {
  promptMs: 10_000,
  lateCheckEveryMs: 1_000,
  giveUpAfterMs: 3_600_000,
  maxGaps: 100_000,
};

/**
 * A cursor written down, for a reader that must survive restarts (the webhook outbox keeps one in
 * a row): the highest id seen and each missing id with when it was first missed (epoch ms).
 */
export interface EventCursorState {
  highest: number;
  gaps: Record<string, number>;
}

/** One read of the mailbox: every event with an id above `afterId`, plus the events `gapIds`. */
export interface EventRead {
  afterId: number;
  gapIds: number[];
}

export class EventCursor {
  /** Missing id -> when it was first missed; ids are added in increasing order, so oldest first. */
  private readonly missingSince = new Map<number, number>();
  private lastLateCheck = Number.NEGATIVE_INFINITY;
  private readonly timings: GapTimings;

  /**
   * @param highest start after this id (the newest event when the process starts: history is not replayed)
   */
  constructor(
    private highest: number,
    timings: Partial<GapTimings> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.timings = { ...DEFAULT_GAP_TIMINGS, ...timings };
  }

  /** A cursor that goes on from a state written down earlier (see `state`). */
  static fromState(state: EventCursorState, timings: Partial<GapTimings> = {}, now: () => number = Date.now): EventCursor {
    const cursor = new EventCursor(state.highest, timings, now);
    const gaps = Object.entries(state.gaps).map(([id, since]) => [Number(id), since] as const);
    for (const [id, since] of gaps.sort(([a], [b]) => a - b)) cursor.missingSince.set(id, since);
    return cursor;
  }

  /** The cursor as data, to be written down and taken up again by `fromState`. */
  get state(): EventCursorState {
    return { highest: this.highest, gaps: Object.fromEntries([...this.missingSince].map(([id, since]) => [String(id), since])) };
  }

  /** Every event up to this id has been read (just below the oldest gap): what a durable reader may prune to. */
  get watermark(): number {
    const oldestGap = this.missingSince.keys().next();
    return oldestGap.done ? this.highest : oldestGap.value - 1;
  }

  /** The highest event id seen so far. */
  get highestSeen(): number {
    return this.highest;
  }

  /** Missing ids still looked for. */
  get gapCount(): number {
    return this.missingSince.size;
  }

  /** True while a young gap is open: read again soon, its transaction is probably committing. */
  get hasPromptGaps(): boolean {
    const now = this.now();
    for (const since of this.missingSince.values()) if (now - since < this.timings.promptMs) return true;
    return false;
  }

  /** What to read next; gives up gaps past their time and includes older gaps about once a second. */
  nextRead(): EventRead {
    const now = this.now();
    for (const [id, since] of this.missingSince) {
      if (now - since < this.timings.giveUpAfterMs && this.missingSince.size <= this.timings.maxGaps) break;
      this.missingSince.delete(id);
    }
    const lateCheckDue = now - this.lastLateCheck >= this.timings.lateCheckEveryMs;
    if (lateCheckDue) this.lastLateCheck = now;
    const gapIds: number[] = [];
    for (const [id, since] of this.missingSince) {
      if (lateCheckDue || now - since < this.timings.promptMs) gapIds.push(id);
    }
    return { afterId: this.highest, gapIds };
  }

  /**
   * Takes the rows of a read (any order; the ids above `afterId` must be the lowest ones there
   * are, as `ORDER BY id LIMIT n` gives) and returns those not delivered before, in id order.
   * Ids skipped below the newest row become gaps.
   */
  accept<Row extends { id: number }>(rows: readonly Row[]): Row[] {
    const fresh = new Map<number, Row>();
    for (const row of rows) {
      if (row.id > this.highest || this.missingSince.has(row.id)) fresh.set(row.id, row);
    }
    const delivered = [...fresh.values()].sort((a, b) => a.id - b.id);
    for (const row of delivered) this.missingSince.delete(row.id);
    const newest = delivered.length > 0 ? delivered[delivered.length - 1]!.id : this.highest;
    if (newest > this.highest) {
      const now = this.now();
      // a rolled-back bulk write can skip a great many ids: remember the newest of them only
      const from = Math.max(this.highest + 1, newest - this.timings.maxGaps);
      for (let id = from; id < newest; id++) if (!fresh.has(id)) this.missingSince.set(id, now);
      this.highest = newest;
    }
    return delivered;
  }
}
