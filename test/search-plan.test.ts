import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type DatabaseHandle } from '../src/db/client.js';
import { searchLots, type LotSearchQuery } from '../src/db/queries/search.js';
import { resolveArea } from '../src/domain/search/search-area.js';
import { createPostgresDatabase, onPostgres } from './helpers/database.js';

// The planner's choice only means something on a real PostgreSQL with statistics: PGlite is a
// single-user embedded build, so this file runs with TEST_DATABASE_URL only.

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
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
    await client.query('ANALYZE lots');
    await client.query('ANALYZE spaces');
    await client.query('ANALYZE bookings');
  });

  afterAll(async () => {
    await client?.end();
    await database?.close();
  });

  /** EXPLAINs the statement `searchLots` sends for `query` and returns every node of the plan. */
  async function planOf(query: LotSearchQuery, limit = 21): Promise<PlanNode[]> {
    // the query builder is a thenable: not awaited, it runs nothing and can print its SQL
    const builder = searchLots(database.db, query, limit) as unknown as { toSQL(): { sql: string; params: unknown[] } };
    const { sql, params } = builder.toSQL();
    const { rows } = await client.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`EXPLAIN (FORMAT JSON) ${sql}`, params);
    return nodesOf(rows[0]!['QUERY PLAN'][0]!.Plan);
  }

  function expectSpatialIndex(nodes: PlanNode[]): void {
    const summary = JSON.stringify(nodes.map((node) => [node['Node Type'], node['Relation Name'], node['Index Name']]));
    expect(nodes.some((node) => node['Index Name'] === 'lots_location_gist'), summary).toBe(true);
    expect(nodes.some((node) => node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'lots'), summary).toBe(false);
  }

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

  it('lotsInBounds uses lots_location_gist, also for a box across the antimeridian', async () => {
    expectSpatialIndex(await planOf(resolveArea({ bounds: { south: 59.8, west: 10.6, north: 60.0, east: 10.9 } })));
    expectSpatialIndex(await planOf(resolveArea({ bounds: { south: -17.5, west: 179.5, north: -16.5, east: -179.5 } })));
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
