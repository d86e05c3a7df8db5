/**
 * Where a reader is in the parking_events mailbox, safe against late commits.
 *
 * A bigserial id is taken when a row is inserted, not when its transaction commits: the
 * transaction holding id 41 may commit after the one holding 42. Reading "id > last seen" would
 * then skip 41 forever. So the cursor keeps a watermark (every id at or below it is delivered or
 * given up on), remembers the ids above it it has already delivered, and treats each missing id
 * below the highest seen as a gap: readers keep re-reading after the watermark until the gap
 * fills (the late transaction committed) or times out (it rolled back; sequences never reuse).
 *
 * Why not "only rows of transactions older than the snapshot's xmin": xmin is server-wide, so
 * any idle transaction in any database on the server would hold every live update back.
 */
export class EventCursor {
  private readonly delivered = new Set<number>();
  private readonly gapsSince = new Map<number, number>();

  /**
   * @param watermark start after this id (the newest event when the process starts: history is not replayed)
   * @param gapTimeoutMs how long a missing id is waited for before it is given up
   */
  constructor(
    private watermark: number,
    private readonly gapTimeoutMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Read events with an id greater than this. */
  get after(): number {
    return this.watermark;
  }

  /** True while some id below the newest seen is missing: read again soon. */
  get hasGaps(): boolean {
    return this.gapsSince.size > 0;
  }

  /**
   * Takes the rows of a read (`id > after`, any order) and returns those not delivered before,
   * in id order; then moves the watermark past everything delivered or given up.
   */
  accept<Row extends { id: number }>(rows: readonly Row[]): Row[] {
    const fresh = rows.filter((row) => row.id > this.watermark && !this.delivered.has(row.id)).sort((a, b) => a.id - b.id);
    for (const row of fresh) {
      this.delivered.add(row.id);
      this.gapsSince.delete(row.id);
    }
    const highest = Math.max(this.watermark, ...this.delivered);
    const now = this.now();
    for (let id = this.watermark + 1; id < highest; id++) {
      if (!this.delivered.has(id) && !this.gapsSince.has(id)) this.gapsSince.set(id, now);
    }
    this.advance(now);
    return fresh;
  }

  private advance(now: number): void {
    for (;;) {
      const next = this.watermark + 1;
      if (this.delivered.delete(next)) {
        this.watermark = next;
        continue;
      }
      const missingSince = this.gapsSince.get(next);
      if (missingSince !== undefined && now - missingSince >= this.gapTimeoutMs) {
        this.gapsSince.delete(next);
        this.watermark = next;
        continue;
      }
      return;
    }
  }
}
