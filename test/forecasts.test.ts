import { sql } from 'drizzle-orm';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/client.js';
import { lots } from '../src/db/schema/index.js';
import { addSpaces, createLot, createOperator, destination, globalId, many, type LatLng } from './helpers/fixtures.js';
import { startTestServer, type GraphQLResponse, type TestServer } from './helpers/server.js';

// Far from the seeded city and other tests' places, so a search here sees only these lots.
const MOMBASA: LatLng = { lat: -4.04, lng: 39.67 };
const HOUR_MS = 60 * 60 * 1000;
const WEEK_MS = 7 * 24 * HOUR_MS;

const FORECAST = /* GraphQL */ `
  query ($id: ID!, $window: ForecastWindowInput!, $bucket: ForecastBucket, $kind: SpaceKind) {
    lot(id: $id) {
      ... on Lot {
        forecast(window: $window, bucket: $bucket, spaceKind: $kind) {
          method historyWeeks capacity spaceKind
          points { bucketStart expectedFree freeLow freeHigh probabilityFree }
        }
      }
    }
  }
`;
const RANKED = /* GraphQL */ `
  query ($near: LatLngInput!, $at: DateTime, $window: TimeWindowInput, $first: Int, $after: String) {
    lotsNear(near: $near, radiusMeters: 2000, likelyFreeAt: $at, window: $window, first: $first, after: $after) {
      edges { cursor distanceMeters probabilityFree node { id name bookable } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

interface Point {
  bucketStart: string;
  expectedFree: number;
  freeLow: number;
  freeHigh: number;
  probabilityFree: number;
}
interface ForecastAnswer {
  method: string;
  historyWeeks: number;
  capacity: number;
  spaceKind: string | null;
  points: Point[];
}
type ForecastResponse = GraphQLResponse<{ lot: { forecast: ForecastAnswer } }>;
interface RankedEdge {
  cursor: string;
  distanceMeters: number;
  probabilityFree: number | null;
  node: { id: string; name: string; bookable: boolean };
}
type RankedResponse = GraphQLResponse<{ lotsNear: { edges: RankedEdge[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>;

/** The next instant after `now` + 1 hour at `hour`:00 UTC on a Monday to Friday (or any day). */
function nextAt(hour: number, weekdaysOnly: boolean, now = new Date()): Date {
  const at = new Date(now.getTime() + HOUR_MS);
  at.setUTCMinutes(0, 0, 0);
  while (at.getUTCHours() !== hour || (weekdaysOnly && (at.getUTCDay() === 0 || at.getUTCDay() === 6))) {
    at.setTime(at.getTime() + HOUR_MS);
  }
  return at;
}

/**
 * Writes a lot's history for every quarter of the `weeks` weeks before now: on weekdays from
 * 08:00 to 18:00 UTC `day` spaces occupied (4 more in even weeks since the epoch, 4 fewer in odd
 * ones), else `night`; the most occupied moment `peak` more than the mean.
 */
async function writeHistory(
  db: Database,
  lotId: string,
  { capacity, day, night, weeks, peak = 2 }: { capacity: number; day: number; night: number; weeks: number; peak?: number },
): Promise<void> {
  const occupied = sql`(CASE WHEN extract(isodow FROM t AT TIME ZONE 'UTC') <= 5 AND extract(hour FROM t AT TIME ZONE 'UTC') BETWEEN 8 AND 17
      THEN ${day} + CASE WHEN floor(extract(epoch FROM t) / 604800)::int % 2 = 0 THEN 4 ELSE -4 END
      ELSE ${night} END)`;
  await db.execute(sql`
    INSERT INTO occupancy_history (lot_id, space_kind, bucket_start, capacity, occupied_min, occupied_max, occupied_sum, samples)
    SELECT ${lotId}::uuid, 'STANDARD', t, ${capacity}, ${occupied} - 1, least(${capacity}, ${occupied} + ${peak}), (${occupied}) * 4, 4
    FROM generate_series(
      to_timestamp(floor(extract(epoch FROM now()) / 900) * 900) - ${`${weeks * 7} days`}::interval,
      to_timestamp(floor(extract(epoch FROM now()) / 900) * 900) - interval '15 minutes',
      interval '15 minutes') AS t`);
}

async function countOnlyLot(db: Database, operatorId: string, name: string, location: LatLng, capacity: number): Promise<string> {
  const id = await createLot(db, { operatorId, name, location, timeZone: 'UTC' });
  await db.update(lots).set({ availabilitySource: 'REPORTED_COUNTS', capacity, reportedTotal: capacity }).where(eq(lots.id, id));
  return id;
}

let server: TestServer;
let db: Database;
const ids: Record<'full' | 'bookable' | 'blended' | 'newcomer' | 'steady', string> = {} as never;

beforeAll(async () => {
  server = await startTestServer();
  db = server.database.db;
  const network = await createOperator(db, 'Forecast Network');
  const other = await createOperator(db, 'Always Full Parking');
  // nearest first: the full lot, a bookable one, then the network's lots
  ids.full = await countOnlyLot(db, other, 'Always full', destination(MOMBASA, 90, 100), 40);
  ids.bookable = await createLot(db, { operatorId: network, name: 'Bookable', location: destination(MOMBASA, 90, 200), timeZone: 'UTC' });
  await addSpaces(db, ids.bookable, many(3));
  ids.blended = await countOnlyLot(db, network, 'One week old', destination(MOMBASA, 90, 300), 100);
  ids.newcomer = await countOnlyLot(db, network, 'Brand new', destination(MOMBASA, 90, 400), 50);
  ids.steady = await countOnlyLot(db, network, 'Eight weeks', destination(MOMBASA, 90, 500), 100);
  await writeHistory(db, ids.steady, { capacity: 100, day: 90, night: 20, weeks: 8 });
  await writeHistory(db, ids.blended, { capacity: 100, day: 50, night: 50, weeks: 1 });
  await writeHistory(db, ids.full, { capacity: 40, day: 36, night: 36, weeks: 8, peak: 10 });
});

afterAll(async () => {
  await server?.stop();
});

async function forecast(lot: string, window: { from: Date; to: Date }, bucket = 'HOUR', kind?: string): Promise<ForecastResponse> {
  return server.graphql(FORECAST, { id: globalId('Lot', lot), window, bucket, kind });
}

describe('Lot.forecast', () => {
  it('forecasts a weekly pattern from the lot’s own history, with an interval and the chance of a free space', async () => {
    const day = nextAt(10, true);
    const night = nextAt(2, false);
    const [busy, quiet] = await Promise.all([
      forecast(ids.steady, { from: day, to: new Date(day.getTime() + HOUR_MS) }),
      forecast(ids.steady, { from: night, to: new Date(night.getTime() + HOUR_MS) }),
    ]);
    expect(busy.errors).toBeUndefined();
    const answer = busy.data!.lot.forecast;
    expect(answer).toMatchObject({ method: 'LOT_HISTORY', historyWeeks: 8, capacity: 100, spaceKind: null });
    expect(answer.points).toHaveLength(1);
    const [point] = answer.points;
    expect(point!.bucketStart).toBe(day.toISOString());
    // 10 free on average, 6 in some weeks and 14 in others
    expect(point!.expectedFree).toBeGreaterThan(9);
    expect(point!.expectedFree).toBeLessThan(11);
    expect(point!.freeLow).toBeCloseTo(6, 0);
    expect(point!.freeHigh).toBeCloseTo(14, 0);
    expect(point!.probabilityFree).toBeGreaterThan(0.95);
    expect(quiet.data!.lot.forecast.points[0]!.expectedFree).toBeCloseTo(80, 0);
  });

  it('gives one point per bucket across the window, 15-minute buckets when asked', async () => {
    const from = nextAt(7, true);
    const { data, errors } = await forecast(ids.steady, { from, to: new Date(from.getTime() + 2 * HOUR_MS) }, 'FIFTEEN_MINUTES');
    expect(errors).toBeUndefined();
    const points = data!.lot.forecast.points;
    expect(points.map((point) => point.bucketStart)).toEqual(
      Array.from({ length: 8 }, (_, i) => new Date(from.getTime() + i * 15 * 60 * 1000).toISOString()),
    );
    // 07:00-07:45 quiet (80 free), from 08:00 busy (10); the 07:45 quarter is smoothed with 08:00's
    expect(points[0]!.expectedFree).toBeCloseTo(80, 0);
    expect(points[5]!.expectedFree).toBeLessThan(11);
    expect(points[3]!.expectedFree).toBeGreaterThan(points[4]!.expectedFree);
  });

  it('forecasts a new lot from its network, scaled to its capacity', async () => {
    const day = nextAt(10, true);
    const { data, errors } = await forecast(ids.newcomer, { from: day, to: new Date(day.getTime() + HOUR_MS) });
    expect(errors).toBeUndefined();
    const answer = data!.lot.forecast;
    expect(answer).toMatchObject({ method: 'NETWORK_HISTORY', historyWeeks: 0, capacity: 50 });
    // the network (the eight-week lot and the one-week lot) is about 85% occupied then
    expect(answer.points[0]!.expectedFree).toBeGreaterThan(6);
    expect(answer.points[0]!.expectedFree).toBeLessThan(11);
  });

  it('blends a lot with one week of history with its network', async () => {
    const day = nextAt(10, true);
    const { data } = await forecast(ids.blended, { from: day, to: new Date(day.getTime() + HOUR_MS) });
    const answer = data!.lot.forecast;
    expect(answer).toMatchObject({ method: 'NETWORK_BLEND', historyWeeks: 1, capacity: 100 });
    // a third its own 50 free, two thirds its network's (the eight-week lot's) 10
    expect(answer.points[0]!.expectedFree).toBeGreaterThan(20);
    expect(answer.points[0]!.expectedFree).toBeLessThan(27);
  });

  it('answers for one kind of space when asked', async () => {
    const day = nextAt(10, true);
    const { data, errors } = await forecast(ids.bookable, { from: day, to: new Date(day.getTime() + HOUR_MS) }, 'HOUR', 'STANDARD');
    expect(errors).toBeUndefined();
    expect(data!.lot.forecast).toMatchObject({ spaceKind: 'STANDARD', capacity: 3 });
  });

  it('refuses a reversed, too long or past window with a coded error', async () => {
    const from = nextAt(10, true);
    const cases: Array<[{ from: Date; to: Date }, string, RegExp]> = [
      [{ from, to: from }, 'window', /after/],
      [{ from, to: new Date(from.getTime() - HOUR_MS) }, 'window', /after/],
      [{ from, to: new Date(from.getTime() + 8 * 24 * HOUR_MS) }, 'window', /7 days/],
      [{ from: new Date(Date.now() - 2 * HOUR_MS), to: new Date(Date.now() + HOUR_MS) }, 'window.from', /past/],
      [{ from: new Date(Date.now() + 2 * WEEK_MS), to: new Date(Date.now() + 2 * WEEK_MS + HOUR_MS) }, 'window.from', /7 days/],
    ];
    for (const [window, argument, message] of cases) {
      const { data, errors } = await forecast(ids.steady, window);
      expect(data?.lot ?? null).toBeNull();
      expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument } });
      expect(errors?.[0]?.message).toMatch(message);
    }
  });
});

describe('lotsNear ranked by the chance of a free space', () => {
  it('ranks lots that cannot be booked by their forecast, bookable ones without a window last', async () => {
    const { data, errors } = await server.graphql(RANKED, { near: MOMBASA, at: nextAt(10, true) }) as RankedResponse;
    expect(errors).toBeUndefined();
    const edges = data!.lotsNear.edges;
    expect(edges.map((edge) => edge.node.name)).toEqual(['Brand new', 'Eight weeks', 'One week old', 'Always full', 'Bookable']);
    const chances = edges.map((edge) => edge.probabilityFree);
    expect(chances.at(-1)).toBeNull();
    for (let i = 1; i < chances.length - 1; i++) expect(chances[i]!).toBeLessThanOrEqual(chances[i - 1]!);
    expect(chances[0]!).toBeGreaterThan(0.9);
    // the full lot's busiest moments leave no space
    expect(chances[3]!).toBeLessThan(0.1);
  });

  it('keeps the availability answer of bookable lots: with a window they rank as certain', async () => {
    const at = nextAt(10, true);
    const window = { start: at.toISOString(), end: new Date(at.getTime() + HOUR_MS).toISOString() };
    const { data, errors } = (await server.graphql(RANKED, { near: MOMBASA, at, window })) as RankedResponse;
    expect(errors).toBeUndefined();
    const edges = data!.lotsNear.edges;
    expect(edges[0]).toMatchObject({ probabilityFree: 1, node: { name: 'Bookable', bookable: true } });
    expect(edges.map((edge) => edge.node.name).slice(1)).toEqual(['Brand new', 'Eight weeks', 'One week old', 'Always full']);
  });

  it('pages through the ranking with cursors', async () => {
    const at = nextAt(10, true);
    const first = (await server.graphql(RANKED, { near: MOMBASA, at, first: 2 })) as RankedResponse;
    expect(first.data!.lotsNear.pageInfo.hasNextPage).toBe(true);
    const rest = (await server.graphql(RANKED, { near: MOMBASA, at, first: 10, after: first.data!.lotsNear.pageInfo.endCursor })) as RankedResponse;
    expect(rest.errors).toBeUndefined();
    expect([...first.data!.lotsNear.edges, ...rest.data!.lotsNear.edges].map((edge) => edge.node.name)).toEqual([
      'Brand new', 'Eight weeks', 'One week old', 'Always full', 'Bookable',
    ]);
    expect(rest.data!.lotsNear.pageInfo.hasNextPage).toBe(false);
  });

  it('ranks a map viewport the same way', async () => {
    const { data, errors } = (await server.graphql(
      `query ($bounds: BoundsInput!, $at: DateTime) { lotsInBounds(bounds: $bounds, likelyFreeAt: $at) { edges { probabilityFree node { name } } } }`,
      { bounds: { south: MOMBASA.lat - 0.02, west: MOMBASA.lng - 0.02, north: MOMBASA.lat + 0.02, east: MOMBASA.lng + 0.02 }, at: nextAt(10, true) },
    )) as GraphQLResponse<{ lotsInBounds: { edges: Array<{ probabilityFree: number | null; node: { name: string } }> } }>;
    expect(errors).toBeUndefined();
    expect(data!.lotsInBounds.edges.map((edge) => edge.node.name)).toEqual(['Brand new', 'Eight weeks', 'One week old', 'Always full', 'Bookable']);
  });

  it('leaves the answer as it was without likelyFreeAt, and refuses a time in the past', async () => {
    const plain = (await server.graphql(RANKED, { near: MOMBASA })) as RankedResponse;
    expect(plain.data!.lotsNear.edges.map((edge) => [edge.node.name, edge.probabilityFree])).toEqual([
      ['Always full', null], ['Bookable', null], ['One week old', null], ['Brand new', null], ['Eight weeks', null],
    ]);
    const past = (await server.graphql(RANKED, { near: MOMBASA, at: new Date(Date.now() - 2 * HOUR_MS) })) as RankedResponse;
    expect(past.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'likelyFreeAt' } });
  });
});
