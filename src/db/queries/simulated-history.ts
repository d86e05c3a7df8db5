import { sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { selectRows } from '../rows.js';
import type { SpaceRow } from '../schema/index.js';

type SpaceKind = SpaceRow['kind'];

/** A lot as the simulator needs it: type, zone and spaces in service per kind. */
export interface LotForSimulation {
  id: string;
  operatorId: string;
  lotType: 'MULTI_STOREY' | 'UNDERGROUND' | 'SURFACE' | 'STREET' | 'PRIVATE_YARD';
  timeZone: string;
  /** In-service spaces per kind; a lot without spaces has its reported or declared capacity as STANDARD. */
  capacity: Partial<Record<SpaceKind, number>>;
}

/**
 * Unarchived lots with what the simulator needs, in id order; `limit` takes a sample spread over
 * the id space (ids are random, so this is a random sample that stays the same between runs).
 */
export async function findLotsForSimulation(db: Database, limit?: number): Promise<LotForSimulation[]> {
  const rows = await selectRows<{ id: string; operator_id: string; lot_type: LotForSimulation['lotType']; time_zone: string; capacity: Record<string, number> | null; declared: number | null }>(
    db,
    sql`SELECT l.id::text, l.operator_id::text, l.lot_type, l.time_zone, coalesce(l.reported_total, l.capacity) AS declared,
        (SELECT json_object_agg(kind, n) FROM (
          SELECT s.kind, count(*)::int AS n FROM spaces s WHERE s.lot_id = l.id AND s.operator_status = 'IN_SERVICE' GROUP BY s.kind
        ) k) AS capacity
      FROM lots l WHERE l.archived_at IS NULL
      ORDER BY l.id ${limit === undefined ? sql`` : sql`LIMIT ${limit}`}`,
  );
  return rows.map((row) => ({
    id: row.id,
    operatorId: row.operator_id,
    lotType: row.lot_type,
    timeZone: row.time_zone,
    capacity: row.capacity ?? (row.declared ? { STANDARD: row.declared } : {}),
  }));
}

export interface SimulatedHistoryRow {
  lotId: string;
  kind: SpaceKind;
  bucketStart: Date;
  capacity: number;
  occupiedMin: number;
  occupiedMax: number;
  occupiedSum: number;
  samples: number;
  bookingsStarted: number;
  sessionsStarted: number;
}

const arrayLiteral = (values: ReadonlyArray<string | number>) => `{${values.join(',')}}`;

/**
 * Writes simulated history rows in one statement (arrays unnested), replacing any rows of the same
 * lot, kind and bucket.
 */
export async function upsertHistoryRows(db: Database, rows: readonly SimulatedHistoryRow[]): Promise<void> {
  if (rows.length === 0) return;
  const column = <T extends string | number>(read: (row: SimulatedHistoryRow) => T) => arrayLiteral(rows.map(read));
  await db.execute(sql`INSERT INTO occupancy_history
      (lot_id, space_kind, bucket_start, capacity, occupied_min, occupied_max, occupied_sum, samples, bookings_started, sessions_started)
    SELECT * FROM unnest(
      ${column((row) => row.lotId)}::uuid[], ${column((row) => row.kind)}::space_kind[],
      ${column((row) => row.bucketStart.toISOString())}::timestamptz[], ${column((row) => row.capacity)}::int[],
      ${column((row) => row.occupiedMin)}::int[], ${column((row) => row.occupiedMax)}::int[],
      ${column((row) => row.occupiedSum)}::bigint[], ${column((row) => row.samples)}::int[],
      ${column((row) => row.bookingsStarted)}::int[], ${column((row) => row.sessionsStarted)}::int[])
    ON CONFLICT (lot_id, space_kind, bucket_start) DO UPDATE SET
      capacity = excluded.capacity, occupied_min = excluded.occupied_min, occupied_max = excluded.occupied_max,
      occupied_sum = excluded.occupied_sum, samples = excluded.samples,
      bookings_started = excluded.bookings_started, sessions_started = excluded.sessions_started`);
}
