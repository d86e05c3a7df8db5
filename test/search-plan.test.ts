import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type DatabaseHandle } from '../src/db/client.js';
import { searchStatement, type LotSearchQuery } from '../src/db/queries/search.js';
import { sqlTextOf } from '../src/db/rows.js';
import { resolveArea } from '../src/domain/search/search-area.js';
import { createPostgresDatabase, onPostgres } from './helpers/database.js';

// The planner's choice only means something on a real PostgreSQL with statistics: PGlite is a
// single-user embedded build, so this file runs with TEST_DATABASE_URL only.

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Order By'?: string;
  'Sort Key'?: string[];
  Plans?: PlanNode[];
}

function nodesOf(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodesOf)];
}

describe.runIf(onPostgres)('search SQL plan (PostgreSQL)', () => {
  let database: DatabaseHandle;
  let client: pg.Client;

  beforeAll(async () => {
    const url = await createPostgresDatabase();
    database = await openPostgres({ url, poolMax: 2 });
    client = new pg.Client({ connectionString: url });
    await client.connect();
    // A few thousand lots spread over southern Norway, two spaces each, and some bookings, so the
    // planner has a reason to prefer the spatial index; then fresh statistics.
    await client.query(`
      WITH operator AS (
        INSERT INTO operators (name, kind) VALUES ('Plan Fixtures', 'NETWORK') RETURNING id
      )
      INSERT INTO lots (operator_id, name, address, location, time_zone, lot_type, currency)
      SELECT operator.id, 'Bulk lot ' || g, g || ' Bulk Street',
             ST_SetSRID(ST_MakePoint(9 + 3 * random(), 59 + 2 * random()), 4326)::geography,
             'Europe/Oslo', 'SURFACE', 'NOK'
      FROM operator, generate_series(1, 5000) g`);
    await client.query(`
      INSERT INTO spaces (lot_id, label, kind)
      SELECT l.id, 'P-' || n, CASE WHEN n = 1 THEN 'STANDARD'::space_kind ELSE 'EV_CHARGING'::space_kind END
      FROM lots l, generate_series(1, 2) n WHERE l.name LIKE 'Bulk lot %'`);
    // five live bookings per space on different days (the window asked about below is among them)
    await client.query(`
      WITH driver AS (
        INSERT INTO users (email, display_name) VALUES ('plan@test.example', 'Plan') RETURNING id
      ), vehicle AS (
        INSERT INTO vehicles (owner_id, plate, country) SELECT id, 'PLAN1', 'GB' FROM driver RETURNING id, owner_id
      )
      INSERT INTO bookings (driver_id, vehicle_id, lot_id, space_id, period, status, price_amount, currency)
      SELECT vehicle.owner_id, vehicle.id, s.lot_id, s.id,
             tstzrange(timestamptz '2031-01-11 10:00Z' + d * interval '1 day', timestamptz '2031-01-11 12:00Z' + d * interval '1 day', '[)'),
             CASE WHEN d % 2 = 0 THEN 'CONFIRMED'::booking_status ELSE 'COMPLETED'::booking_status END, 500, 'NOK'
      FROM vehicle, spaces s JOIN lots l ON l.id = s.lot_id, generate_series(0, 4) d
      WHERE l.name LIKE 'Bulk lot %'`);
    await client.query('ANALYZE lots');
    await client.query('ANALYZE spaces');
    await client.query('ANALYZE bookings');
  });

  afterAll(async () => {
    await client?.end();
    await database?.close();
  });

  /** EXPLAINs the statement `searchLots` sends for `query` (with hours and blackouts when windowed) and returns every node of the plan. */
  async function planOf(query: LotSearchQuery, limit = 21): Promise<PlanNode[]> {
    const { sql, params } = sqlTextOf(database.db, searchStatement(query, limit, undefined, { hoursFor: query.window }));
    const { rows } = await client.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`EXPLAIN (FORMAT JSON) ${sql}`, params);
    return nodesOf(rows[0]!['QUERY PLAN'][0]!.Plan);
  }

  /**
   * The plan reads lots through `index` (a GiST index on their location) and never scans the
   * whole table.
   */
  function expectSpatialIndex(nodes: PlanNode[], index: string | RegExp = 'lots_location_gist'): void {
    const summary = JSON.stringify(nodes.map((node) => [node['Node Type'], node['Relation Name'], node['Index Name']]));
    const matches = (name: string | undefined) => name !== undefined && (typeof index === 'string' ? name === index : index.test(name));
    expect(nodes.some((node) => matches(node['Index Name'])), summary).toBe(true);
    expect(nodes.some((node) => node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'lots'), summary).toBe(false);
  }

  // a map viewport is a plain latitude/longitude rectangle, so it may be answered from the GiST
  // index on location::geometry rather than the geography one; either is a spatial index on lots
  const LOTS_SPATIAL_INDEX = /^lots_location(_geometry)?_gist$/;

  it('lotsNear uses the spatial index lots_location_gist, not a Seq Scan on lots', async () => {
    const nodes = await planOf(resolveArea({ near: { lat: 59.91, lng: 10.75 }, radiusMeters: 1000 }));
    expectSpatialIndex(nodes);
  });

  it('lotsNear with a window and a space kind still uses lots_location_gist', async () => {
    const nodes = await planOf({
      ...resolveArea({ near: { lat: 59.91, lng: 10.75 }, radiusMeters: 2000 }),
      window: { start: new Date('2031-01-15T10:00:00Z'), end: new Date('2031-01-15T12:00:00Z') },
      spaceKind: 'EV_CHARGING',
    }, 100);
    expectSpatialIndex(nodes);
  });

  it('lotsNear with a window counts booked spaces per lot from the (lot_id, period) index, no Seq Scan on bookings', async () => {
    const nodes = await planOf({
      ...resolveArea({ near: { lat: 59.91, lng: 10.75 }, radiusMeters: 5000 }),
      window: { start: new Date('2031-01-15T10:00:00Z'), end: new Date('2031-01-15T12:00:00Z') },
    }, 100);
    const summary = JSON.stringify(nodes.map((node) => [node['Node Type'], node['Relation Name'], node['Index Name']]));
    expect(nodes.some((node) => node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'bookings'), summary).toBe(false);
    expect(nodes.some((node) => node['Index Name'] === 'bookings_live_lot_period_gist'), summary).toBe(true);
  });

  it('lotsInBounds uses a spatial index on lots (lots_location_gist or its geometry twin), also across the antimeridian', async () => {
    expectSpatialIndex(await planOf(resolveArea({ bounds: { south: 59.8, west: 10.6, north: 60.0, east: 10.9 } })), LOTS_SPATIAL_INDEX);
    expectSpatialIndex(
      await planOf(resolveArea({ bounds: { south: -17.5, west: 179.5, north: -16.5, east: -179.5 } })),
      LOTS_SPATIAL_INDEX,
    );
  });

  /**
   * The plan walks lots_location_gist nearest-first (an index scan with an `Order By`) right
   * under a Limit, and sorts no set of lots by distance: so it stops after `limit` lots have
   * passed, instead of collecting every lot in the area (and testing each) before sorting them.
   */
  function expectNearestFirstWalk(nodes: PlanNode[]): void {
    const summary = JSON.stringify(nodes.map((node) => [node['Node Type'], node['Index Name'], node['Order By']]));
    const isWalk = (node: PlanNode | undefined) => node?.['Index Name'] === 'lots_location_gist' && node['Order By']?.includes('<->') === true;
    expect(nodes.some((node) => node['Node Type'] === 'Limit' && isWalk(node.Plans?.[0])), summary).toBe(true);
    const sortsByDistance = nodes.some((node) => node['Node Type'] === 'Sort' && JSON.stringify(node['Sort Key']).includes('<->'));
    expect(sortsByDistance, summary).toBe(false);
  }

  const WINDOW = { start: new Date('2031-01-15T10:00:00Z'), end: new Date('2031-01-15T12:00:00Z') };

  it('lotsNear with a window walks the location index nearest-first, never collecting and sorting the radius', async () => {
    for (const radiusMeters of [500, 2000, 50_000]) {
      expectNearestFirstWalk(await planOf({ ...resolveArea({ near: { lat: 59.91, lng: 10.75 }, radiusMeters }), window: WINDOW }, 42));
      expectNearestFirstWalk(
        await planOf({ ...resolveArea({ near: { lat: 59.91, lng: 10.75 }, radiusMeters }), window: WINDOW, spaceKind: 'EV_CHARGING' }, 42),
      );
    }
  });

  it('lotsInBounds walks the location index nearest the centre first, bounded by a circle around the viewport, with or without a window', async () => {
    for (const bounds of [
      { south: 59.9, west: 10.7, north: 59.92, east: 10.8 },
      { south: 59.0, west: 9.0, north: 61.0, east: 12.0 },
    ]) {
      expectNearestFirstWalk(await planOf(resolveArea({ bounds }), 101));
      expectNearestFirstWalk(await planOf({ ...resolveArea({ bounds }), window: WINDOW, spaceKind: 'STANDARD' }, 101));
    }
  });

  it('a search with no lot in reach stops walking the index within `limit` lots past the reach', async () => {
    // 150 km north of every fixture lot: nothing within the radius, 5,000 lots beyond it
    const { sql, params } = sqlTextOf(
      database.db,
      searchStatement({ ...resolveArea({ near: { lat: 62.5, lng: 10.5 }, radiusMeters: 1000 }), window: WINDOW }, 42, undefined, { hoursFor: WINDOW }),
    );
    const { rows } = await client.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode & { 'Actual Rows': number } }> }>(
      `EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`,
      params,
    );
    const nodes = nodesOf(rows[0]!['QUERY PLAN'][0]!.Plan) as Array<PlanNode & { 'Actual Rows': number }>;
    const walk = nodes.find((node) => node['Index Name'] === 'lots_location_gist');
    expect(walk, JSON.stringify(nodes.map((node) => node['Node Type']))).toBeDefined();
    expect(walk!['Actual Rows']).toBeLessThanOrEqual(43);
    expect(rows[0]!['QUERY PLAN'][0]!.Plan['Actual Rows']).toBe(0);
  });

  it('the equivalent hand-written nearest-first statement uses lots_location_gist too', async () => {
    const { rows } = await client.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(
      `EXPLAIN (FORMAT JSON)
       SELECT id FROM lots
       WHERE ST_DWithin(location, ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography, $3)
       ORDER BY location <-> ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography
       LIMIT 21`,
      [10.75, 59.91, 1000],
    );
    expectSpatialIndex(nodesOf(rows[0]!['QUERY PLAN'][0]!.Plan));
  });
});
