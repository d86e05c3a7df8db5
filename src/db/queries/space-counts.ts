import { asc, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client.js';
import type { Period } from '../schema/columns.js';
import { spaces, type SpaceRow } from '../schema/index.js';
import { LIVE_STATUSES, uuidArray, windowRange } from './fragments.js';
import { selectRows } from '../rows.js';

type SpaceKind = SpaceRow['kind'];

/** Space counts of one kind at one lot for a window: in service, and booked for part of it. */
export interface WindowCounts {
  lotId: string;
  kind: SpaceKind;
  inService: number;
  booked: number;
}

/** Space counts of one kind at one lot at one instant, by live status. */
export interface StatusCounts {
  lotId: string;
  kind: SpaceKind;
  total: number;
  outOfService: number;
  occupied: number;
  reserved: number;
}

/**
 * Per lot and kind: in-service spaces, and how many of them a live booking holds for any part of
 * the window. Counted per lot (GiST index on bookings (lot_id, period)), never probed per space.
 */
export function countSpacesForWindow(db: Database, lotIds: readonly string[], window: Period): Promise<WindowCounts[]> {
  return selectRows<WindowCounts>(
    db,
    sql`
      WITH in_service AS (
        SELECT lot_id, kind, count(*)::int AS in_service
        FROM spaces
        WHERE lot_id = ANY(${uuidArray(lotIds)}) AND operator_status = 'IN_SERVICE'
        GROUP BY lot_id, kind
      ), booked AS (
        SELECT b.lot_id, s.kind, count(DISTINCT b.space_id)::int AS booked
        FROM bookings b JOIN spaces s ON s.id = b.space_id
        WHERE b.lot_id = ANY(${uuidArray(lotIds)}) AND b.status IN (${LIVE_STATUSES}) AND b.period && ${windowRange(window)}
          AND s.operator_status = 'IN_SERVICE'
        GROUP BY b.lot_id, s.kind
      )
      SELECT i.lot_id AS "lotId", i.kind, i.in_service AS "inService", coalesce(b.booked, 0) AS booked
      FROM in_service i LEFT JOIN booked b USING (lot_id, kind)`,
  );
}

/**
 * Per lot and kind at `at`: every space, those out of service, those with a vehicle in them
 * (occupied: a checked-in booking, an open gate session, or the bay's sensor says so) and those
 * held by a confirmed booking (reserved). A space counts once, in the first that applies: out of
 * service, occupied, reserved.
 */
export function countSpaceStatuses(db: Database, lotIds: readonly string[], at: Date): Promise<StatusCounts[]> {
  return selectRows<StatusCounts>(
    db,
    sql`
      SELECT lot_id AS "lotId", kind,
        count(*)::int AS total,
        count(*) FILTER (WHERE status = 'OUT_OF_SERVICE')::int AS "outOfService",
        count(*) FILTER (WHERE status = 'OCCUPIED')::int AS occupied,
        count(*) FILTER (WHERE status = 'RESERVED')::int AS reserved
      FROM (${spaceStatusesAt(sql`s.lot_id = ANY(${uuidArray(lotIds)})`, at)}) AS statuses
      GROUP BY lot_id, kind`,
  );
}

/** A space and what it is doing at an instant. */
export interface SpaceStatusRow {
  space: SpaceRow;
  status: 'AVAILABLE' | 'RESERVED' | 'OCCUPIED' | 'OUT_OF_SERVICE';
}

/** Each space of the lots with its live status at `at` (same precedence as countSpaceStatuses). */
export async function findSpaceStatuses(db: Database, lotIds: readonly string[], at: Date): Promise<SpaceStatusRow[]> {
  const rows = await selectRows<{ id: string; status: SpaceStatusRow['status'] }>(
    db,
    sql`SELECT id, status FROM (${spaceStatusesAt(sql`s.lot_id = ANY(${uuidArray(lotIds)})`, at)}) AS statuses`,
  );
  const statusById = new Map(rows.map((row) => [row.id, row.status]));
  const found = await db.select().from(spaces).where(inArray(spaces.id, [...statusById.keys()])).orderBy(asc(spaces.label));
  return found.map((space) => ({ space, status: statusById.get(space.id)! }));
}

/**
 * The live status of each space matching `where` (over `spaces s`) at `at`: the one rule both
 * the counts and the per-space list use. A booking window covers `at` half-open; an open gate
 * session (at most one per space) or a sensor reading OCCUPIED puts a vehicle in the bay whatever
 * the bookings say (an overstay, a walk-in).
 */
function spaceStatusesAt(where: SQL, at: Date): SQL {
  const instant = sql`${at.toISOString()}::timestamptz`;
  return sql`
    SELECT s.id, s.lot_id, s.kind,
      CASE
        WHEN s.operator_status = 'OUT_OF_SERVICE' THEN 'OUT_OF_SERVICE'
        WHEN now_booking.status = 'CHECKED_IN' OR open_session.id IS NOT NULL OR s.sensor_status = 'OCCUPIED' THEN 'OCCUPIED'
        WHEN now_booking.status = 'CONFIRMED' THEN 'RESERVED'
        ELSE 'AVAILABLE'
      END AS status
    FROM spaces s
    LEFT JOIN LATERAL (
      SELECT b.status FROM bookings b
      WHERE b.lot_id = s.lot_id AND b.space_id = s.id AND b.status IN (${LIVE_STATUSES}) AND b.period @> ${instant}
      ORDER BY b.status = 'CHECKED_IN' DESC
      LIMIT 1
    ) now_booking ON true
    LEFT JOIN parking_sessions open_session ON open_session.space_id = s.id AND open_session.exited_at IS NULL
    WHERE ${where}`;
}
