import type { SimulatedHistoryRow } from '../db/queries/simulated-history.js';
import { bucketStartOf } from '../domain/history/buckets.js';
import { simulateVisits, type SimLot, type SpaceKind } from './model.js';

/** One 15-minute bucket of one lot's spaces of one kind, as occupancy_history keeps it. */
export type HistoryRow = SimulatedHistoryRow;

/**
 * The model's visits from `from` (rounded down to 15 minutes) to `to` as history rows, in
 * batches of about `batchSize`: occupancy sampled every 5 minutes as the history job samples
 * it (3 samples a bucket), bookings and sessions counted in the bucket they start in.
 */
export function* simulateHistory(lots: readonly SimLot[], from: Date, to: Date, seed: number, batchSize = 5_000): Generator<HistoryRow[]> {
  const start = bucketStartOf(from);
  const open = new Map<string, HistoryRow>();
  let done: HistoryRow[] = [];
  const laneKey = (lotId: string, kind: SpaceKind) => `${lotId}|${kind}`;
  const visits = simulateVisits(lots, start, to, seed, (at, lot, kind, capacity, occupied) => {
    const key = laneKey(lot.id, kind);
    const bucketStart = bucketStartOf(at).getTime();
    let row = open.get(key);
    if (row && row.bucketStart.getTime() !== bucketStart) {
      done.push(row);
      row = undefined;
    }
    if (!row) {
      row = { lotId: lot.id, kind, bucketStart: new Date(bucketStart), capacity, occupiedMin: occupied, occupiedMax: occupied, occupiedSum: 0, samples: 0, bookingsStarted: 0, sessionsStarted: 0 };
      open.set(key, row);
    }
    row.occupiedMin = Math.min(row.occupiedMin, occupied);
    row.occupiedMax = Math.max(row.occupiedMax, occupied);
    row.occupiedSum += occupied;
    row.samples++;
  });
  for (const visit of visits) {
    // a visit starts within the step just sampled, so in the lane's open bucket
    const row = open.get(laneKey(visit.lot.id, visit.kind))!;
    if (visit.booking) row.bookingsStarted++;
    if (!visit.booking?.noShow) row.sessionsStarted++;
    if (done.length >= batchSize) {
      yield done;
      done = [];
    }
  }
  yield [...done, ...open.values()];
}
