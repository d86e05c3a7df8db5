import { and, eq, gte, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client.js';
import { rowShape } from '../prepared-read.js';
import { selectRows } from '../rows.js';
import type { Period } from '../schema/columns.js';
import {
  lotBlackouts,
  lots,
  lotWeeklyHours,
  type LotBlackoutRow,
  type LotRow,
  type LotWeeklyHoursRow,
  type SpaceRow,
} from '../schema/index.js';
import type { LatLng } from '../wkb.js';
import { windowRange } from './fragments.js';
import { keyset } from './keyset.js';
import { takenSpaces, type PhysicalOccupancy, type WindowCounts } from './space-counts.js';

/** A longitude/latitude box that does not cross the antimeridian (west <= east). */
export interface LngLatBox {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** What the search SQL can decide by itself; schedules and prices are checked by the caller. */
export interface LotSearchQuery {
  /** Distances and ordering are measured from here. */
  origin: LatLng;
  /** Lots within a radius of the origin, or inside any of the boxes. */
  area: { radiusMeters: number } | { boxes: LngLatBox[] };
  /** Only lots with an in-service space free for the whole window (of `spaceKind` when given). */
  window?: Period;
  /** The window covers now: bays a vehicle is in count as taken too (see `takenSpaces`). */
  physical?: PhysicalOccupancy;
  /** Only lots with in-service spaces of this kind. */
  spaceKind?: SpaceRow['kind'];
  /** Only lots without a height limit or with one at least this tall. */
  vehicleHeightCm?: number;
  covered?: boolean;
  publicOnly?: boolean;
  operatorId?: string;
  /** Only lots priced in this currency. */
  currency?: string;
}

/** Position in a search result: distance first, the id breaks ties. */
export interface SearchPosition {
  distanceMeters: number;
  id: string;
}

export interface SearchRow {
  lot: LotRow;
  distanceMeters: number;
  /** With a window: in-service and booked spaces per kind for it (what `countSpacesForWindow` gives). */
  windowCounts?: WindowCounts[];
  /** With `hoursFor`: the lot's weekly hours, by day then opening time. */
  weeklyHours?: LotWeeklyHoursRow[];
  /** With `hoursFor`: the lot's blackouts overlapping `hoursFor`. */
  blackouts?: LotBlackoutRow[];
}

/** What a search statement returns beyond the lots themselves. */
export interface SearchDetails {
  /** Also read each lot's weekly hours and its blackouts overlapping this period. */
  hoursFor?: Period;
}

const LOT = rowShape(lots);
const WEEKLY_HOURS = rowShape(lotWeeklyHours);
const BLACKOUT = rowShape(lotBlackouts);

interface RawSearchRow {
  lot: unknown[];
  distance: number;
  counts: [SpaceRow['kind'], number, number][] | null;
  weekly_hours: unknown[][] | null;
  blackouts: unknown[][] | null;
}

/**
 * One statement: lots in the area matching the static filters, nearest first; with a window,
 * each with its in-service and booked spaces per kind for it; with `hoursFor`, each with its
 * weekly hours and blackouts. So a search page, its checks (hours, blackouts) and the
 * availability of its lots are one round trip.
 *
 * The per-lot reads are in the select list, not in WHERE: PostgreSQL runs them only for the
 * `limit` rows it returns, not for every lot in the radius (a count in WHERE ran for every
 * candidate; docs/performance.md). Callers drop the lots without a free space and page on.
 * The spatial test uses a GiST index: `ST_DWithin` the one on `lots.location`, a box `&&` the one
 * on `location::geometry`; `<->` orders by great-circle distance. Booked spaces are counted per
 * lot from the (lot_id, period) index on live bookings, never probed per space.
 */
export async function searchLots(
  db: Database,
  query: LotSearchQuery,
  limit: number,
  after?: SearchPosition,
  details: SearchDetails = {},
): Promise<SearchRow[]> {
  const rows = await selectRows<RawSearchRow>(db, searchStatement(query, limit, after, details));
  return rows.map((row) => {
    const lot = LOT.read(row.lot);
    const windowCounts = row.counts?.map(([kind, inService, booked]) => ({ lotId: lot.id, kind, inService, booked }));
    return {
      lot,
      distanceMeters: row.distance,
      windowCounts,
      weeklyHours: row.weekly_hours?.map(WEEKLY_HOURS.read),
      blackouts: row.blackouts?.map(BLACKOUT.read),
    };
  });
}

/** The statement `searchLots` sends (tests EXPLAIN it; the search benchmark's floor sends it bare). */
export function searchStatement(query: LotSearchQuery, limit: number, after?: SearchPosition, { hoursFor }: SearchDetails = {}): SQL {
  const origin = sql`ST_SetSRID(ST_MakePoint(${query.origin.lng}, ${query.origin.lat}), 4326)::geography`;
  const distance = sql`(${lots.location} <-> ${origin})`;
  const order = keyset('asc', { column: distance, type: 'float8' }, { column: lots.id, type: 'uuid' });
  const conditions = [
    isNull(lots.archivedAt),
    areaCondition(query, origin),
    query.spaceKind && sql`EXISTS (SELECT 1 FROM spaces s WHERE s.lot_id = ${lots.id} AND s.kind = ${query.spaceKind} AND s.operator_status = 'IN_SERVICE')`,
    query.vehicleHeightCm === undefined
      ? undefined
      : or(isNull(lots.maxVehicleHeightCm), gte(lots.maxVehicleHeightCm, query.vehicleHeightCm)),
    query.covered === undefined ? undefined : eq(lots.covered, query.covered),
    query.publicOnly ? eq(lots.access, 'PUBLIC') : undefined,
    query.operatorId === undefined ? undefined : eq(lots.operatorId, query.operatorId),
    query.currency === undefined ? undefined : eq(lots.currency, query.currency),
    after && order.after([after.distanceMeters, after.id]),
  ];
  return sql`SELECT ${LOT.jsonArray} AS lot, ${distance} AS distance,
      ${query.window ? windowCountsOfLot(query.window, query.physical) : sql`NULL`} AS counts,
      ${hoursFor ? weeklyHoursOfLot() : sql`NULL`} AS weekly_hours,
      ${hoursFor ? blackoutsOfLot(hoursFor) : sql`NULL`} AS blackouts
    FROM ${lots}
    WHERE ${and(...conditions)}
    ORDER BY ${sql.join(order.orderBy, sql`, `)}
    LIMIT ${limit}`;
}

// "lots"."id" in full inside these subqueries: a bare "id" would name spaces.id / bookings.id

function windowCountsOfLot(window: Period, physical: PhysicalOccupancy | undefined): SQL {
  return sql`(
    SELECT coalesce(json_agg(json_build_array(i.kind, i.in_service, coalesce(b.booked, 0))), '[]')
    FROM (
      SELECT s.kind, count(*)::int AS in_service FROM spaces s
      WHERE s.lot_id = "lots"."id" AND s.operator_status = 'IN_SERVICE'
      GROUP BY s.kind
    ) i LEFT JOIN (
      SELECT kind, count(DISTINCT space_id)::int AS booked
      FROM (${takenSpaces((column) => sql`${column} = "lots"."id"`, window, physical)}) AS taken
      GROUP BY kind
    ) b USING (kind)
  )`;
}

function weeklyHoursOfLot(): SQL {
  return sql`(
    SELECT coalesce(json_agg(${WEEKLY_HOURS.jsonArray} ORDER BY ${lotWeeklyHours.dayOfWeek}, ${lotWeeklyHours.opensAt}), '[]')
    FROM ${lotWeeklyHours} WHERE ${lotWeeklyHours.lotId} = "lots"."id"
  )`;
}

function blackoutsOfLot(period: Period): SQL {
  return sql`(
    SELECT coalesce(json_agg(${BLACKOUT.jsonArray}), '[]')
    FROM ${lotBlackouts} WHERE ${lotBlackouts.lotId} = "lots"."id" AND ${lotBlackouts.period} && ${windowRange(period)}
  )`;
}

function areaCondition(query: LotSearchQuery, origin: SQL): SQL | undefined {
  // on the sphere, like `<->`: the radius and the distance shown agree, and it is cheaper than
  // the spheroid (which differs by under 0.5%)
  if ('radiusMeters' in query.area) return sql`ST_DWithin(${lots.location}, ${origin}, ${query.area.radiusMeters}, false)`;
  // a map viewport is a latitude/longitude rectangle: compare in plain lon/lat (the planar
  // expression index answers it exactly; a geography polygon's edges would bulge poleward)
  return or(
    ...query.area.boxes.map(
      ({ south, west, north, east }) =>
        sql`(${lots.location}::geometry && ST_MakeEnvelope(${west}, ${south}, ${east}, ${north}, 4326))`,
    ),
  );
}
