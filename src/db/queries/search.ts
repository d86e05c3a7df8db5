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
 * only lots with an in-service space (of `spaceKind`, when given) free for it, each with its
 * in-service and booked spaces per kind; with `hoursFor`, each with its weekly hours and
 * blackouts. So a search page, its checks (hours, blackouts) and the availability of its lots
 * are one round trip.
 *
 * Nearest first by walking the location index: `ORDER BY location <-> origin` with `LIMIT`,
 * bounded by the area (`ST_DWithin` or the box), so PostgreSQL reads lots in distance order and
 * stops once `limit` have passed the free-space test, however many lots the radius holds. That
 * test (in WHERE) counts one lot's spaces from the (lot_id, kind) index and its booked spaces
 * from the (lot_id, period) index on live bookings, never probing per space; the per-kind counts,
 * hours and blackouts are in the select list, read only for the rows returned. Figures:
 * docs/performance.md.
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
  const reach = reachOf(query, origin);
  const conditions = [
    isNull(lots.archivedAt),
    'boxes' in query.area ? inBoxes(query.area.boxes) : undefined,
    // with a window the free-space test below already needs a space of that kind in service
    query.spaceKind && !query.window
      ? sql`EXISTS (SELECT 1 FROM spaces s WHERE s.lot_id = ${lots.id} AND s.kind = ${query.spaceKind} AND s.operator_status = 'IN_SERVICE')`
      : undefined,
    query.vehicleHeightCm === undefined
      ? undefined
      : or(isNull(lots.maxVehicleHeightCm), gte(lots.maxVehicleHeightCm, query.vehicleHeightCm)),
    query.covered === undefined ? undefined : eq(lots.covered, query.covered),
    query.publicOnly ? eq(lots.access, 'PUBLIC') : undefined,
    query.operatorId === undefined ? undefined : eq(lots.operatorId, query.operatorId),
    query.currency === undefined ? undefined : eq(lots.currency, query.currency),
    query.window && hasFreeSpace(query.window, query.physical, query.spaceKind),
    after && order.after([after.distanceMeters, after.id]),
  ];
  const rows = sql.raw(String(Math.trunc(limit)));
  // The inner query walks the location index nearest-first (ORDER BY distance alone, which the
  // index returns as it walks) and stops after `limit` rows. A lot beyond the reach passes at
  // once, without the other tests, so the walk ends within `limit` lots past the reach however
  // few lots inside pass; the outer query drops those. The reach is deliberately not an index
  // condition: with one, the planner, trusting its (poor) estimate of the lots in reach, would
  // collect and sort them all and test each first. WITH TIES keeps every lot as far as the
  // last, so the outer ORDER BY breaks ties by id exactly as the keyset pages.
  return sql`SELECT ${LOT.jsonArray} AS lot, "lots"."distance",
      ${query.window ? windowCountsOfLot(query.window, query.physical) : sql`NULL`} AS counts,
      ${hoursFor ? weeklyHoursOfLot() : sql`NULL`} AS weekly_hours,
      ${hoursFor ? blackoutsOfLot(hoursFor) : sql`NULL`} AS blackouts
    FROM (
      SELECT ${lots}.*, ${distance} AS distance
      FROM ${lots}
      WHERE NOT ${reach} OR (${and(...conditions)})
      ORDER BY ${distance}
      FETCH FIRST ${rows} ROWS WITH TIES
    ) AS "lots"
    WHERE ${reach}
    ORDER BY "lots"."distance", "lots"."id"
    LIMIT ${rows}`;
}

// "lots"."id" in full inside these subqueries: a bare "id" would name spaces.id / bookings.id

/**
 * The lot has an in-service space (of `kind`) that nothing takes for any part of the window.
 * Taken spaces are in-service spaces, so some kind has one free exactly when the lot's in-service
 * spaces outnumber its distinct taken ones: two counts, no per-kind grouping.
 */
function hasFreeSpace(window: Period, physical: PhysicalOccupancy | undefined, kind: SpaceRow['kind'] | undefined): SQL {
  const ofKind = (column: SQL) => (kind ? sql` AND ${column} = ${kind}` : sql``);
  return sql`(
    SELECT count(*) FROM spaces s
    WHERE s.lot_id = "lots"."id" AND s.operator_status = 'IN_SERVICE'${ofKind(sql`s.kind`)}
  ) > (
    SELECT count(DISTINCT taken.space_id)
    FROM (${takenSpaces((column) => sql`${column} = "lots"."id"`, window, physical)}) AS taken
    WHERE true${ofKind(sql`taken.kind`)}
  )`;
}

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

/**
 * Within the radius of the origin, or within a circle around the origin that holds the boxes: on
 * the sphere, like `<->`, so the radius and the distance shown agree (and it is cheaper than the
 * spheroid, which differs by under 0.5%).
 */
function reachOf(query: LotSearchQuery, origin: SQL): SQL {
  const meters = 'radiusMeters' in query.area ? query.area.radiusMeters : reachOfBoxes(query.origin, query.area.boxes);
  return sql`ST_DWithin(${lots.location}, ${origin}, ${meters}, false)`;
}

/**
 * A map viewport is a latitude/longitude rectangle: plain longitudes and latitudes are compared
 * (a geography polygon's edges would bulge poleward).
 */
function inBoxes(boxes: LngLatBox[]): SQL | undefined {
  const lng = sql`ST_X(${lots.location}::geometry)`;
  const lat = sql`ST_Y(${lots.location}::geometry)`;
  return or(
    ...boxes.map(
      ({ south, west, north, east }) =>
        sql`(${lat} BETWEEN ${south}::float8 AND ${north}::float8 AND ${lng} BETWEEN ${west}::float8 AND ${east}::float8)`,
    ),
  );
}

// the sphere of PostGIS's `<->` and ST_DWithin(..., false): its mean radius
const SPHERE_RADIUS_METERS = 6_371_008.8;

/**
 * A radius in metres around `origin` that holds every box (a viewport search walks the location
 * index nearest-first only that far; the map benchmark's floors take the same). For rectangles up
 * to half the globe wide in all, the farthest points are corners (distance grows along each edge
 * towards them); wider ones are bounded by half the globe.
 */
export function reachOfBoxes(origin: LatLng, boxes: LngLatBox[]): number {
  const width = boxes.reduce((sum, { west, east }) => sum + (east - west), 0);
  if (width > 180) return Math.PI * SPHERE_RADIUS_METERS;
  const corners = boxes.flatMap(({ south, west, north, east }) => [
    { lat: south, lng: west },
    { lat: south, lng: east },
    { lat: north, lng: west },
    { lat: north, lng: east },
  ]);
  // a margin for rounding: the circle only has to hold the boxes, not fit them
  return Math.max(...corners.map((corner) => greatCircleMeters(origin, corner))) * 1.001 + 10;
}

function greatCircleMeters(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * SPHERE_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
}
