import type { Database } from '../../db/client.js';
import { findLotHistory, type HistoryKindRow } from '../../db/queries/history.js';
import type { LotRow } from '../../db/schema/index.js';
import { DEFAULT_HISTORY_SETTINGS, type HistorySettings } from './buckets.js';
import { validateHistoryRange, type HistoryBucket } from './range.js';

/** A lot's occupancy over one bucket: its kinds added up, and each kind. */
export interface OccupancyHistoryPoint extends Omit<HistoryKindRow, 'kind'> {
  byKind: HistoryKindRow[];
}

/**
 * A lot's occupancy history over `range` in buckets of `bucket` (see schema/history.graphql
 * Lot.occupancyHistory). Public, as `Lot.occupancy` is (policy.ts: lots and their occupancy are
 * public). Buckets without samples are absent.
 * @throws InvalidInputError for a range that cannot be answered (see validateHistoryRange).
 */
export async function lotOccupancyHistory(
  db: Database,
  lot: Pick<LotRow, 'id' | 'timeZone'>,
  range: { from: Date; to: Date },
  bucket: HistoryBucket,
  now: Date,
  settings: HistorySettings = DEFAULT_HISTORY_SETTINGS,
): Promise<OccupancyHistoryPoint[]> {
  const { from, to } = validateHistoryRange(range, bucket, now, settings.retentionDays);
  const rows = await findLotHistory(db, lot.id, from, to, bucket, lot.timeZone);
  const points = new Map<number, OccupancyHistoryPoint>();
  for (const row of rows) {
    const point = points.get(row.bucketStart.getTime());
    if (!point) {
      points.set(row.bucketStart.getTime(), { ...row, byKind: [row] });
      continue;
    }
    // kinds are sampled together, so the lot's samples are any one kind's and its mean their sum
    point.samples = Math.max(point.samples, row.samples);
    point.capacity += row.capacity;
    point.occupiedMin += row.occupiedMin;
    point.occupiedMean += row.occupiedMean;
    point.occupiedMax += row.occupiedMax;
    point.bookingsStarted += row.bookingsStarted;
    point.sessionsStarted += row.sessionsStarted;
    point.byKind.push(row);
  }
  return [...points.values()];
}
