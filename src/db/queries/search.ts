import { and, eq, gte, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { LatLng } from '../wkb.js';
import type { Database } from '../client.js';
import type { Period } from '../schema/columns.js';
import { lots, type LotRow, type SpaceRow } from '../schema/index.js';
import { LIVE_STATUSES, windowRange } from './fragments.js';

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
  /** Without a window: always true. With one: the lot has a space (of the kind) free for all of it. */
  hasFreeSpace: boolean;
}

/**
 * One statement: lots in the area matching the static filters, nearest first, each with whether
 * it has a free space for the window. The free-space count is in the select list, not in WHERE:
 * PostgreSQL then counts only for the `limit` rows it returns, not for every lot in the radius
 * (measured at 50k lots: the count in WHERE ran for ~1,000 lots per search and capped the floor
 * near 125 searches/s). Callers drop the rows without a free space and page on. The spatial test uses a GiST index: `ST_DWithin` the one on
 * `lots.location`, a box `&&` the one on `location::geometry`; `<->` orders by great-circle distance; free spaces are counted per lot from
 * the (lot_id, period) index on live bookings rather than probed per space.
 */
export function searchLots(db: Database, query: LotSearchQuery, limit: number, after?: SearchPosition): Promise<SearchRow[]> {
  const origin = sql`ST_SetSRID(ST_MakePoint(${query.origin.lng}, ${query.origin.lat}), 4326)::geography`;
  const distance = sql<number>`(${lots.location} <-> ${origin})`;
  return db
    .select({
      lot: lots,
      distanceMeters: distance.mapWith(Number),
      hasFreeSpace: query.window ? hasFreeSpace(query.window, query.spaceKind).mapWith(Boolean) : sql<boolean>`true`.mapWith(Boolean),
    })
    .from(lots)
    .where(
      and(
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
        after && sql`(${distance}, ${lots.id}) > (${after.distanceMeters}::float8, ${after.id}::uuid)`,
      ),
    )
    .orderBy(distance, lots.id)
    .limit(limit);
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

function hasFreeSpace(window: Period, kind: SpaceRow['kind'] | undefined): SQL<boolean> {
  const ofKind = kind ? sql`AND s.kind = ${kind}` : sql``;
  // "lots"."id" in full: in a select-list expression Drizzle would print a bare "id", which inside
  // these subqueries would name spaces.id / bookings.id
  return sql<boolean>`(
    SELECT count(*) FROM spaces s
    WHERE s.lot_id = "lots"."id" AND s.operator_status = 'IN_SERVICE' ${ofKind}
  ) > (
    SELECT count(DISTINCT b.space_id) FROM bookings b JOIN spaces s ON s.id = b.space_id
    WHERE b.lot_id = "lots"."id" AND b.status IN (${LIVE_STATUSES}) AND b.period && ${windowRange(window)}
      AND s.operator_status = 'IN_SERVICE' ${ofKind}
  )`;
}
