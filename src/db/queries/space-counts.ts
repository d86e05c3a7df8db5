import { asc, inArray, sql } from 'drizzle-orm';
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
 * Per lot and kind at `at`: every space, those out of service, those with a checked-in vehicle
 * (occupied) and those held by a confirmed booking (reserved). A space counts once, in the first
 * that applies: out of service, occupied, reserved.
 */
export function countSpaceStatuses(db: Database, lotIds: readonly string[], at: Date): Promise<StatusCounts[]> {
  return selectRows<StatusCounts>(
    db,
    sql`
      SELECT s.lot_id AS "lotId", s.kind,
        count(*)::int AS total,
        count(*) FILTER (WHERE s.operator_status = 'OUT_OF_SERVICE')::int AS "outOfService",
        count(*) FILTER (WHERE s.operator_status = 'IN_SERVICE' AND now_booking.status = 'CHECKED_IN')::int AS occupied,
        count(*) FILTER (WHERE s.operator_status = 'IN_SERVICE' AND now_booking.status = 'CONFIRMED')::int AS reserved
      FROM spaces s
      LEFT JOIN LATERAL (
        SELECT b.status FROM bookings b
        WHERE b.lot_id = s.lot_id AND b.space_id = s.id AND b.status IN (${LIVE_STATUSES})
          AND b.period @> ${at.toISOString()}::timestamptz
        ORDER BY b.status = 'CHECKED_IN' DESC
        LIMIT 1
      ) now_booking ON true
      WHERE s.lot_id = ANY(${uuidArray(lotIds)})
      GROUP BY s.lot_id, s.kind`,
  );
}

/** A space and what it is doing at an instant. */
export interface SpaceStatusRow {
  space: SpaceRow;
  status: 'AVAILABLE' | 'RESERVED' | 'OCCUPIED' | 'OUT_OF_SERVICE';
}

/**
 * Each space of the lots with its live status at `at` (same precedence as countSpaceStatuses).
 * The correlated subqueries name "spaces"."id" in full: Drizzle prints a bare "id" for a column
 * of a single-table select, which inside the subquery would mean bookings.id.
 */
export async function findSpaceStatuses(db: Database, lotIds: readonly string[], at: Date): Promise<SpaceStatusRow[]> {
  const rows = await db
    .select({
      space: spaces,
      status: sql<SpaceStatusRow['status']>`CASE
        WHEN ${spaces.operatorStatus} = 'OUT_OF_SERVICE' THEN 'OUT_OF_SERVICE'
        WHEN EXISTS (SELECT 1 FROM bookings b WHERE b.space_id = "spaces"."id" AND b.status = 'CHECKED_IN'
                     AND b.period @> ${at.toISOString()}::timestamptz) THEN 'OCCUPIED'
        WHEN EXISTS (SELECT 1 FROM bookings b WHERE b.space_id = "spaces"."id" AND b.status = 'CONFIRMED'
                     AND b.period @> ${at.toISOString()}::timestamptz) THEN 'RESERVED'
        ELSE 'AVAILABLE' END`,
    })
    .from(spaces)
    .where(inArray(spaces.lotId, [...lotIds]))
    .orderBy(asc(spaces.label));
  return rows;
}
