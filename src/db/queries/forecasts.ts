import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client.js';
import type { SpaceRow } from '../schema/index.js';
import { selectRows } from '../rows.js';
import { uuidArray } from './fragments.js';

type SpaceKind = SpaceRow['kind'];

/** One past 15-minute bucket of a lot (or of a network's lots together), all kinds or one. */
export interface HistorySample {
  /** The lot's id, or the operator's for a network's sums. */
  key: string;
  bucketStart: Date;
  capacity: number;
  /** Mean occupied over the bucket's samples. */
  occupiedMean: number;
  /** The most occupied moment sampled in the bucket. */
  occupiedMax: number;
}

interface RawSample {
  key: string;
  bucket_start: Date | string;
  capacity: number | string;
  occupied_mean: number | string;
  occupied_max: number | string;
}

function timestampArray(instants: readonly Date[]): SQL {
  return sql`${`{${instants.map((instant) => instant.toISOString()).join(',')}}`}::timestamptz[]`;
}

function ofKind(kind: SpaceKind | undefined): SQL {
  return kind ? sql` AND h.space_kind = ${kind}` : sql``;
}

function toSample(row: RawSample): HistorySample {
  return {
    key: row.key,
    bucketStart: new Date(row.bucket_start),
    capacity: Number(row.capacity),
    occupiedMean: Number(row.occupied_mean),
    occupiedMax: Number(row.occupied_max),
  };
}

/**
 * The history of these lots at exactly these bucket starts (the same times of week in earlier
 * weeks), kinds summed unless `kind` is given: one row per lot and bucket that has any. Reads
 * by the primary key (lot, kind, bucket), so the cost follows the buckets asked for, not the
 * history kept.
 */
export function findLotSamples(db: Database, lotIds: readonly string[], bucketStarts: readonly Date[], kind?: SpaceKind): Promise<HistorySample[]> {
  return findSamples(db, sql`l.id`, sql`l.id = ANY(${uuidArray(lotIds)})`, lotIds.length, bucketStarts, kind);
}

/**
 * The same for every unarchived lot of each operator, summed per operator and bucket (capacity,
 * mean and most occupied together, so a share of capacity can be taken and one lot's own rows
 * subtracted again).
 */
export function findNetworkSamples(
  db: Database,
  operatorIds: readonly string[],
  bucketStarts: readonly Date[],
  kind?: SpaceKind,
): Promise<HistorySample[]> {
  const where = sql`l.operator_id = ANY(${uuidArray(operatorIds)}) AND l.archived_at IS NULL`;
  return findSamples(db, sql`l.operator_id`, where, operatorIds.length, bucketStarts, kind);
}

async function findSamples(db: Database, key: SQL, lotsWhere: SQL, keys: number, bucketStarts: readonly Date[], kind?: SpaceKind) {
  if (keys === 0 || bucketStarts.length === 0) return [];
  const rows = await selectRows<RawSample>(
    db,
    sql`SELECT ${key}::text AS key, h.bucket_start, sum(h.capacity) AS capacity,
        sum(h.occupied_sum::float8 / h.samples) AS occupied_mean, sum(h.occupied_max) AS occupied_max
      FROM lots l JOIN occupancy_history h ON h.lot_id = l.id
      WHERE ${lotsWhere} AND h.bucket_start = ANY(${timestampArray(bucketStarts)})${ofKind(kind)}
      GROUP BY ${key}, h.bucket_start`,
  );
  return rows.map(toSample);
}

/**
 * Each lot's capacity now: its in-service spaces (of `kind`), or for a lot without spaces its
 * reported total or declared capacity (all kinds only), else 0.
 */
export async function findLotCapacities(db: Database, lotIds: readonly string[], kind?: SpaceKind): Promise<Map<string, number>> {
  if (lotIds.length === 0) return new Map();
  const rows = await selectRows<{ id: string; capacity: number | string }>(
    db,
    sql`SELECT l.id::text AS id, CASE WHEN s.spaces > 0 THEN s.spaces
          ${kind ? sql`ELSE 0` : sql`ELSE coalesce(l.reported_total, l.capacity, 0)`} END AS capacity
      FROM lots l
      LEFT JOIN LATERAL (
        SELECT count(*) AS spaces FROM spaces sp
        WHERE sp.lot_id = l.id AND sp.operator_status = 'IN_SERVICE'${kind ? sql` AND sp.kind = ${kind}` : sql``}
      ) s ON true
      WHERE l.id = ANY(${uuidArray(lotIds)})`,
  );
  return new Map(rows.map((row) => [row.id, Number(row.capacity)]));
}
