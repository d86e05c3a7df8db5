import { asc, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client.js';
import type { Period } from '../schema/columns.js';
import { spaces, type SpaceRow } from '../schema/index.js';
import { liveBooking, uuidArray, windowRange } from './fragments.js';
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
  /** In service, no booking or session says anything, and its sensor's status has expired. */
  unknown: number;
}

/**
 * Spaces a window for now must not be given although no booking holds them: a vehicle is in
 * them (an open parking session, or a sensor's OCCUPIED observed after `sensorFreshSince`).
 */
export interface PhysicalOccupancy {
  sensorFreshSince: Date;
}

/**
 * Per lot and kind: in-service spaces, and how many of them are taken for any part of the
 * window: held by a live booking, or (with `physical`, for a window that covers now) with a
 * vehicle in them. Counted per lot (GiST index on bookings (lot_id, period)), never probed per space.
 */
export function countSpacesForWindow(
  db: Database,
  lotIds: readonly string[],
  window: Period,
  physical?: PhysicalOccupancy,
): Promise<WindowCounts[]> {
  const ofLots = (column: SQL) => sql`${column} = ANY(${uuidArray(lotIds)})`;
  return selectRows<WindowCounts>(
    db,
    sql`
      WITH in_service AS (
        SELECT lot_id, kind, count(*)::int AS in_service
        FROM spaces
        WHERE lot_id = ANY(${uuidArray(lotIds)}) AND operator_status = 'IN_SERVICE'
        GROUP BY lot_id, kind
      ), booked AS (
        SELECT lot_id, kind, count(DISTINCT space_id)::int AS booked
        FROM (${takenSpaces(ofLots, window, physical)}) AS taken
        GROUP BY lot_id, kind
      )
      SELECT i.lot_id AS "lotId", i.kind, i.in_service AS "inService", coalesce(b.booked, 0) AS booked
      FROM in_service i LEFT JOIN booked b USING (lot_id, kind)`,
  );
}

/**
 * `(lot_id, kind, space_id)` of the in-service spaces of the lots `ofLot` matches that are taken
 * for part of the window (a space may appear more than once: count it DISTINCT). One rule for
 * lot availability, search and booking: bookings come from the (lot_id, period) index; with
 * `physical` (a window that covers now) the lots' open sessions and their bays whose sensor says
 * OCCUPIED join them, read per lot (open sessions from their partial index), never per space.
 */
export function takenSpaces(ofLot: (lotColumn: SQL) => SQL, window: Period, physical?: PhysicalOccupancy): SQL {
  const booked = sql`
    SELECT b.lot_id, s.kind, b.space_id
    FROM bookings b JOIN spaces s ON s.id = b.space_id
    WHERE ${ofLot(sql`b.lot_id`)} AND ${liveBooking(sql`b.status`)} AND b.period && ${windowRange(window)}
      AND s.operator_status = 'IN_SERVICE'`;
  if (!physical) return booked;
  return sql`${booked}
    UNION ALL
    SELECT ps.lot_id, s.kind, ps.space_id
    FROM parking_sessions ps JOIN spaces s ON s.id = ps.space_id
    WHERE ${ofLot(sql`ps.lot_id`)} AND ps.exited_at IS NULL AND s.operator_status = 'IN_SERVICE'
    UNION ALL
    SELECT s.lot_id, s.kind, s.id
    FROM spaces s
    WHERE ${ofLot(sql`s.lot_id`)} AND s.operator_status = 'IN_SERVICE' AND ${sensorSaysOccupied(physical.sensorFreshSince)}`;
}

/** The bay's sensor (of `spaces s`) reported OCCUPIED after `freshSince`: true or false, never null (safe under NOT). */
export function sensorSaysOccupied(freshSince: Date): SQL {
  return sql`((s.sensor_status = 'OCCUPIED' AND s.sensor_observed_at > ${freshSince.toISOString()}::timestamptz) IS TRUE)`;
}

/**
 * Per lot and kind at `at`: every space, those out of service, those with a vehicle in them
 * (occupied: a checked-in booking, an open gate session, or the bay's sensor says so, observed
 * after `sensorFreshSince`), those held by a confirmed booking (reserved) and those whose
 * sensor's status has expired (unknown). A space counts once, in the first that applies: out of
 * service, occupied, reserved, unknown.
 */
export function countSpaceStatuses(
  db: Database,
  lotIds: readonly string[],
  at: Date,
  sensorFreshSince: Date,
): Promise<StatusCounts[]> {
  return selectRows<StatusCounts>(db, spaceStatusCounts(sql`s.lot_id = ANY(${uuidArray(lotIds)})`, at, sensorFreshSince));
}

/**
 * The statement behind countSpaceStatuses for the spaces matching `where` (over `spaces s`):
 * rows of StatusCounts, one per lot and kind. The history job samples every lot with it (with
 * the `everyLot` look-up), so a sample and `Lot.occupancy` agree on what is free.
 */
export function spaceStatusCounts(where: SQL, at: Date, sensorFreshSince: Date, lookup: BookingLookup = 'perSpace'): SQL {
  return sql`
      SELECT lot_id AS "lotId", kind,
        count(*)::int AS total,
        count(*) FILTER (WHERE status = 'OUT_OF_SERVICE')::int AS "outOfService",
        count(*) FILTER (WHERE status = 'OCCUPIED')::int AS occupied,
        count(*) FILTER (WHERE status = 'RESERVED')::int AS reserved,
        count(*) FILTER (WHERE status = 'UNKNOWN')::int AS unknown
      FROM (${spaceStatusesAt(where, at, sensorFreshSince, lookup)}) AS statuses
      GROUP BY lot_id, kind`;
}

/** A space and what it is doing at an instant. */
export interface SpaceStatusRow {
  space: SpaceRow;
  status: 'AVAILABLE' | 'RESERVED' | 'OCCUPIED' | 'OUT_OF_SERVICE' | 'UNKNOWN';
}

/** Each space of the lots with its live status at `at` (same precedence as countSpaceStatuses). */
export async function findSpaceStatuses(
  db: Database,
  lotIds: readonly string[],
  at: Date,
  sensorFreshSince: Date,
): Promise<SpaceStatusRow[]> {
  const rows = await selectRows<{ id: string; status: SpaceStatusRow['status'] }>(
    db,
    sql`SELECT id, status FROM (${spaceStatusesAt(sql`s.lot_id = ANY(${uuidArray(lotIds)})`, at, sensorFreshSince)}) AS statuses`,
  );
  const statusById = new Map(rows.map((row) => [row.id, row.status]));
  const found = await db.select().from(spaces).where(inArray(spaces.id, [...statusById.keys()])).orderBy(asc(spaces.label));
  return found.map((space) => ({ space, status: statusById.get(space.id)! }));
}

/**
 * How spaceStatusesAt finds the booking covering the instant: `perSpace` probes each space's
 * bookings (cheap for the few lots of a page or a subscription); `everyLot` reads every booking
 * covering the instant once and joins it by space (for a statement over all lots, where a probe
 * per space would be a million probes: the history job's samples, docs/performance.md).
 */
export type BookingLookup = 'perSpace' | 'everyLot';

/**
 * The live status of each space matching `where` (over `spaces s`) at `at`: the one rule both
 * the counts and the per-space list use. A booking window covers `at` half-open; an open gate
 * session (at most one per space) or a sensor reading OCCUPIED (observed after
 * `sensorFreshSince`) puts a vehicle in the bay whatever the bookings say (an overstay, a
 * walk-in). A bay nothing else speaks for whose sensor has not reported since then is UNKNOWN;
 * a bay without a sensor is AVAILABLE as before. Of two live bookings covering `at` (none can
 * overlap, but one may be checked in early), the checked-in one counts.
 */
function spaceStatusesAt(where: SQL, at: Date, sensorFreshSince: Date, lookup: BookingLookup = 'perSpace'): SQL {
  const instant = sql`${at.toISOString()}::timestamptz`;
  const nowBooking =
    lookup === 'perSpace'
      ? sql`LEFT JOIN LATERAL (
      SELECT b.status FROM bookings b
      WHERE b.lot_id = s.lot_id AND b.space_id = s.id AND ${liveBooking(sql`b.status`)} AND b.period @> ${instant}
      ORDER BY b.status = 'CHECKED_IN' DESC
      LIMIT 1
    ) now_booking ON true`
      : sql`LEFT JOIN (
      SELECT DISTINCT ON (b.space_id) b.space_id, b.status FROM bookings b
      WHERE ${liveBooking(sql`b.status`)} AND b.period @> ${instant}
      ORDER BY b.space_id, b.status = 'CHECKED_IN' DESC
    ) now_booking ON now_booking.space_id = s.id`;
  return sql`
    SELECT s.id, s.lot_id, s.kind,
      CASE
        WHEN s.operator_status = 'OUT_OF_SERVICE' THEN 'OUT_OF_SERVICE'
        WHEN now_booking.status = 'CHECKED_IN' OR open_session.id IS NOT NULL OR ${sensorSaysOccupied(sensorFreshSince)} THEN 'OCCUPIED'
        -- a booking waiting on its payment holds the bay like a confirmed one
        WHEN now_booking.status IS NOT NULL THEN 'RESERVED'
        WHEN s.sensor_status IS NOT NULL AND s.sensor_observed_at <= ${sensorFreshSince.toISOString()}::timestamptz THEN 'UNKNOWN'
        ELSE 'AVAILABLE'
      END AS status
    FROM spaces s
    ${nowBooking}
    LEFT JOIN parking_sessions open_session ON open_session.space_id = s.id AND open_session.exited_at IS NULL
    WHERE ${where}`;
}
