import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookings, lots, occupancyHistory, spaces } from '../src/db/schema/index.js';
import { addSpaces, createLot, createOperator, createUser, createVehicle, insertBookingRow, nodeId } from './helpers/fixtures.js';
import { book, CHECK_IN, moneyWorld, send, sqlRows, type MoneyWorld } from './helpers/payments.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import type { HistoryBucket, LotOccupancyHistoryQuery } from './gql/generated/graphql.js';
import { graphql } from './gql/generated/index.js';
import { dataOf, request } from './gql/request.js';

// Occupancy history and operator reports through the API: the scheduler inside the server
// samples every lot into 15-minute buckets; tests read them back with Lot.occupancyHistory and
// Operator.report. Rows for fixed past buckets are written straight into the table (as the job
// would have) where a test is about reading, merging or refusing, not about sampling.

const QUARTER = 15 * 60_000;
const DAY = 24 * 60 * 60_000;
const bucketOf = (at: number) => Math.floor(at / QUARTER) * QUARTER;

let server: TestServer;
let startedAt: number;

beforeAll(async () => {
  startedAt = Date.now();
  server = await startTestServer({ scheduler: { intervalMs: 50 }, history: { sampleIntervalMs: 50 } });
});
afterAll(() => server?.stop());

const HISTORY = graphql(`
  query LotOccupancyHistory($id: ID!, $range: HistoryRangeInput!, $bucket: HistoryBucket!) {
    node(id: $id) {
      ... on Lot {
        occupancyHistory(range: $range, bucket: $bucket) {
          bucketStart samples capacity occupiedMin occupiedMean occupiedMax bookingsStarted sessionsStarted
          byKind { kind samples capacity occupiedMin occupiedMean occupiedMax bookingsStarted sessionsStarted }
        }
      }
    }
  }
`);

type Point = Extract<NonNullable<LotOccupancyHistoryQuery['node']>, { occupancyHistory: unknown }>['occupancyHistory'][number];

function history(lotId: string, from: number, to: number, bucket: HistoryBucket = 'FIFTEEN_MINUTES', as?: string) {
  return request(
    server,
    HISTORY,
    { id: nodeId('Lot', lotId), range: { from: new Date(from).toISOString(), to: new Date(to).toISOString() }, bucket },
    { as },
  );
}

async function pointsOf(lotId: string, from: number, to: number, bucket: HistoryBucket = 'FIFTEEN_MINUTES'): Promise<Point[]> {
  const { node } = dataOf(await history(lotId, from, to, bucket));
  return node && 'occupancyHistory' in node ? node.occupancyHistory : [];
}

/** Polls the last half hour's points until `done` holds (the scheduler samples every 50 ms here). */
async function waitForPoints(lotId: string, done: (points: Point[]) => boolean): Promise<Point[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const points = await pointsOf(lotId, Date.now() - 2 * QUARTER, Date.now() + QUARTER);
    if (done(points) || Date.now() > deadline) return points;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const sum = (points: Point[], field: 'bookingsStarted' | 'sessionsStarted') => points.reduce((total, point) => total + point[field], 0);

async function insertHistory(lotId: string, rows: Array<{ at: number; kind?: 'STANDARD' | 'EV_CHARGING'; capacity: number; min: number; max: number; sum: number; samples: number; bookings?: number; sessions?: number }>) {
  await server.database.db.insert(occupancyHistory).values(
    rows.map((row) => ({
      lotId,
      spaceKind: row.kind ?? 'STANDARD',
      bucketStart: new Date(row.at),
      capacity: row.capacity,
      occupiedMin: row.min,
      occupiedMax: row.max,
      occupiedSum: row.sum,
      samples: row.samples,
      bookingsStarted: row.bookings ?? 0,
      sessionsStarted: row.sessions ?? 0,
    })),
  );
}

describe('the history job samples every lot into 15-minute buckets', () => {
  let world: MoneyWorld;
  beforeAll(async () => {
    world = await moneyWorld(server, { spaces: 3 });
    await addSpaces(server.database.db, world.lotId, [{ label: 'EV-1', kind: 'EV_CHARGING' }, { label: 'EV-2', kind: 'EV_CHARGING', outOfService: true }]);
  });

  it('records min, mean and max occupied per kind, and the bookings and sessions that started', async () => {
    // a sample taken after the EV bays were added (one may have come between the lot and them)
    const empty = await waitForPoints(world.lotId, (points) => points.at(-1)?.byKind.length === 2);
    expect(empty.length).toBeGreaterThan(0);
    const first = empty.at(-1)!;
    // three standard bays and one EV bay in service (the other EV bay is out of service)
    expect(first).toMatchObject({ capacity: 4, occupiedMin: 0, occupiedMax: 0, bookingsStarted: 0, sessionsStarted: 0 });
    expect(first.byKind.map(({ kind, capacity }) => ({ kind, capacity }))).toEqual([
      { kind: 'STANDARD', capacity: 3 },
      { kind: 'EV_CHARGING', capacity: 1 },
    ]);
    expect(new Date(first.bucketStart).getTime() % QUARTER).toBe(0);

    // a driver books a window that started a moment ago and checks in: one bay occupied. The start
    // stays in the current 15-minute bucket, which the next sample writes: 30 s back could cross into
    // a bucket sampled before this lot existed, and starts in a bucket without a row are not counted
    const created = await book(server, world, 2, 62);
    await server.database.db.execute(sql`UPDATE ${bookings}
      SET period = tstzrange(greatest(now() - interval '30 seconds', date_bin('15 minutes', now(), 'epoch')), now() + interval '1 hour')
      WHERE id = ${Buffer.from(created.booking.id, 'base64url').toString().split(':')[1]!}`);
    await send(server, CHECK_IN, { bookingId: created.booking.id }, world.driver.token);
    const busy = await waitForPoints(
      world.lotId,
      (points) => points.some((point) => point.occupiedMax === 1) && sum(points, 'sessionsStarted') === 1 && sum(points, 'bookingsStarted') === 1,
    );
    expect(sum(busy, 'bookingsStarted')).toBe(1);
    expect(sum(busy, 'sessionsStarted')).toBe(1);
    const latest = busy.at(-1)!;
    expect(latest.occupiedMax).toBe(1);
    expect(latest.byKind.find((kind) => kind.kind === 'STANDARD')).toMatchObject({ occupiedMax: 1, sessionsStarted: 1, bookingsStarted: 1 });
    expect(latest.byKind.find((kind) => kind.kind === 'EV_CHARGING')).toMatchObject({ occupiedMax: 0, sessionsStarted: 0 });
    // the bucket that saw the empty lot and the busy one keeps both: min 0, max 1, mean between
    const both = busy.find((point) => point.occupiedMin === 0 && point.occupiedMax === 1);
    if (both) expect(both.occupiedMean > 0 && both.occupiedMean < 1).toBe(true);
    // samples keep being merged into the bucket, never a row per sample
    const later = await waitForPoints(world.lotId, (points) => points.at(-1)!.samples > latest.samples || points.length > busy.length);
    expect(later.length).toBeLessThanOrEqual(busy.length + 1);
  });

  it('counts occupied as Lot.occupancy does: booked, checked in, out of service, sensors fresh and expired', async () => {
    const { db } = server.database;
    const lotId = await db.transaction(async (tx) => {
      // in one transaction, so every sample sees all of it or none
      const operatorId = await createOperator(tx, 'Mixed Statuses');
      const id = await createLot(tx, { operatorId, name: 'Mixed Lot', location: { lat: 53.49, lng: -2.25 } });
      const [booked, checkedIn, , sensed, stale] = await addSpaces(tx, id, [
        { label: 'B' },
        { label: 'C' },
        { label: 'O', outOfService: true },
        { label: 'S' },
        { label: 'X' },
        { label: 'A' },
        { label: 'E', kind: 'EV_CHARGING' },
      ]);
      const driver = await createUser(tx);
      const vehicleId = await createVehicle(tx, driver.id);
      const window = { start: new Date(Date.now() - 10 * 60_000), end: new Date(Date.now() + 60 * 60_000) };
      await insertBookingRow(tx, { driverId: driver.id, vehicleId, lotId: id, spaceId: booked!, ...window });
      await insertBookingRow(tx, { driverId: driver.id, vehicleId, lotId: id, spaceId: checkedIn!, ...window, status: 'CHECKED_IN' });
      await tx.update(spaces).set({ sensorStatus: 'OCCUPIED', sensorObservedAt: new Date() }).where(eq(spaces.id, sensed!));
      await tx.update(spaces).set({ sensorStatus: 'FREE', sensorObservedAt: new Date(Date.now() - 2 * 60 * 60_000) }).where(eq(spaces.id, stale!));
      return id;
    });
    const { data } = await server.graphql<any>('query ($id: ID!) { node(id: $id) { ... on Lot { occupancy { total available outOfService } } } }', {
      id: nodeId('Lot', lotId),
    });
    const { total, available, outOfService } = data.node.occupancy;
    // reserved, occupied twice (checked in, sensor) and unknown (expired sensor): not free
    expect({ total, available, outOfService }).toEqual({ total: 7, available: 2, outOfService: 1 });
    const points = await waitForPoints(lotId, (found) => found.length > 0);
    expect(points.at(-1)).toMatchObject({ capacity: total - outOfService, occupiedMin: 4, occupiedMax: 4 });
    expect(points.at(-1)!.byKind.map(({ kind, capacity, occupiedMax }) => ({ kind, capacity, occupiedMax }))).toEqual([
      { kind: 'STANDARD', capacity: 5, occupiedMax: 4 },
      { kind: 'EV_CHARGING', capacity: 1, occupiedMax: 0 },
    ]);
  });

  it('samples a lot that reports counts under STANDARD while its counts are fresh, and not once they expired', async () => {
    const { db } = server.database;
    const operatorId = await createOperator(db, 'Counting Network');
    const fresh = await createLot(db, { operatorId, name: 'Counted', location: { lat: 53.48, lng: -2.24 } });
    const stale = await createLot(db, { operatorId, name: 'Counted Long Ago', location: { lat: 53.481, lng: -2.24 } });
    await db.update(lots).set({ availabilitySource: 'REPORTED_COUNTS', reportedFree: 7, reportedTotal: 10, reportedAt: new Date() }).where(eq(lots.id, fresh));
    await db
      .update(lots)
      .set({ availabilitySource: 'REPORTED_COUNTS', reportedFree: 7, reportedTotal: 10, reportedAt: new Date(Date.now() - DAY) })
      .where(eq(lots.id, stale));
    const points = await waitForPoints(fresh, (found) => found.length > 0);
    expect(points.at(-1)).toMatchObject({ capacity: 10, occupiedMin: 3, occupiedMax: 3, occupiedMean: 3 });
    expect(points.at(-1)!.byKind.map((kind) => kind.kind)).toEqual(['STANDARD']);
    // expired counts say nothing about now: no sample, no invented point
    expect(await pointsOf(stale, Date.now() - 2 * QUARTER, Date.now() + QUARTER)).toEqual([]);
  });
});

describe('the demo city', () => {
  it('starts with synthetic history, so its charts show a curve before the first sample', async () => {
    const { data } = await server.graphql<any>('{ lots(first: 1) { edges { node { id } } } }');
    const lotId = Buffer.from(data.lots.edges[0].node.id, 'base64url').toString().split(':')[1]!;
    // every bucket before this file's server started comes from the seed: the job samples only from then on
    const seeded = await pointsOf(lotId, bucketOf(startedAt) - 93 * DAY, bucketOf(startedAt), 'HOUR');
    expect(seeded.length).toBeGreaterThanOrEqual(47);
    expect(new Set(seeded.map((point) => point.occupiedMean)).size).toBeGreaterThan(10);
    expect(seeded.every((point) => point.occupiedMax <= point.capacity && point.occupiedMin <= point.occupiedMean)).toBe(true);
  });
});

describe('reading history', () => {
  let operatorId: string;
  beforeAll(async () => {
    operatorId = await createOperator(server.database.db, 'History Readers');
  });

  it('leaves buckets without samples out, and merges quarter hours into the hours of the lot\'s own clock', async () => {
    // India is UTC+05:30: its hours start at :30 UTC
    const lotId = await createLot(server.database.db, { operatorId, name: 'Kolkata Yard', location: { lat: 22.57, lng: 88.36 }, timeZone: 'Asia/Kolkata' });
    const base = bucketOf(Date.now() - 3 * DAY);
    const hourStart = base - ((base - 30 * 60_000) % (60 * 60_000)); // half past a UTC hour
    await insertHistory(lotId, [
      { at: hourStart, capacity: 10, min: 2, max: 4, sum: 12, samples: 4, bookings: 1 },
      { at: hourStart + QUARTER, capacity: 10, min: 1, max: 3, sum: 8, samples: 4, sessions: 2 },
      // hourStart + 30 min: nothing sampled (the service was down)
      { at: hourStart + 3 * QUARTER, capacity: 12, min: 5, max: 9, sum: 14, samples: 2 },
      { at: hourStart + 4 * QUARTER, capacity: 12, min: 0, max: 1, sum: 1, samples: 4, bookings: 2 },
      { at: hourStart + 4 * QUARTER, kind: 'EV_CHARGING', capacity: 2, min: 1, max: 2, sum: 6, samples: 4, sessions: 1 },
    ]);
    const quarters = await pointsOf(lotId, hourStart, hourStart + 5 * QUARTER);
    expect(quarters.map((point) => new Date(point.bucketStart).getTime() - hourStart)).toEqual([0, QUARTER, 3 * QUARTER, 4 * QUARTER]);
    expect(quarters[0]).toMatchObject({ capacity: 10, occupiedMin: 2, occupiedMax: 4, occupiedMean: 3, samples: 4, bookingsStarted: 1 });
    // the lot's figures add its kinds up
    expect(quarters[3]).toMatchObject({ capacity: 14, occupiedMin: 1, occupiedMax: 3, occupiedMean: 1.75, samples: 4, bookingsStarted: 2, sessionsStarted: 1 });

    const hours = await pointsOf(lotId, hourStart, hourStart + 5 * QUARTER, 'HOUR');
    expect(hours.map((point) => point.bucketStart)).toEqual([new Date(hourStart).toISOString(), new Date(hourStart + 4 * QUARTER).toISOString()]);
    expect(hours[0]).toMatchObject({
      samples: 10,
      capacity: 12,
      occupiedMin: 1,
      occupiedMax: 9,
      occupiedMean: (12 + 8 + 14) / 10,
      bookingsStarted: 1,
      sessionsStarted: 2,
    });
    expect(hours[0]!.byKind).toHaveLength(1);
  });

  it('merges into days from the lot\'s own midnight', async () => {
    const lotId = await createLot(server.database.db, { operatorId, name: 'Brooklyn Lot', location: { lat: 40.68, lng: -73.97 }, timeZone: 'America/New_York' });
    const date = new Date(Date.now() - 5 * DAY).toISOString().slice(0, 10);
    // New York's midnight is 05:00 UTC in winter and 04:00 in summer
    const fiveUtc = Date.parse(`${date}T05:00:00Z`);
    const localHour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'America/New_York', hour: '2-digit', hourCycle: 'h23' }).format(fiveUtc));
    const midnight = fiveUtc - localHour * 60 * 60_000;
    await insertHistory(lotId, [
      { at: midnight - QUARTER, capacity: 5, min: 1, max: 1, sum: 4, samples: 4 },
      { at: midnight, capacity: 5, min: 3, max: 5, sum: 16, samples: 4 },
      { at: midnight + 10 * QUARTER, capacity: 5, min: 0, max: 2, sum: 4, samples: 4 },
    ]);
    const days = await pointsOf(lotId, midnight - DAY, midnight + DAY, 'DAY');
    expect(days.map((point) => point.bucketStart)).toEqual([new Date(midnight - DAY).toISOString(), new Date(midnight).toISOString()]);
    expect(days[0]).toMatchObject({ samples: 4, occupiedMean: 1 });
    expect(days[1]).toMatchObject({ samples: 8, occupiedMin: 0, occupiedMax: 5, occupiedMean: 2.5 });
  });

  it('is public, as the lot\'s occupancy is', async () => {
    const lotId = await createLot(server.database.db, { operatorId, name: 'Open Lot', location: { lat: 53.47, lng: -2.23 } });
    const at = bucketOf(Date.now() - DAY);
    await insertHistory(lotId, [{ at, capacity: 3, min: 1, max: 2, sum: 6, samples: 4 }]);
    const anonymous = await history(lotId, at, at + QUARTER);
    const driver = await createUser(server.database.db);
    const signedIn = await history(lotId, at, at + QUARTER, 'FIFTEEN_MINUTES', await server.tokenFor(driver.email));
    expect(anonymous.data).toEqual({ node: { occupancyHistory: [expect.objectContaining({ capacity: 3, occupiedMean: 1.5 })] } });
    expect(signedIn.data).toEqual(anonymous.data);
  });

  it('refuses reversed ranges, ranges too long for the bucket and ranges older than the history kept, with codes', async () => {
    const lotId = await createLot(server.database.db, { operatorId, name: 'Strict Lot', location: { lat: 53.46, lng: -2.22 } });
    const now = Date.now();
    const reasons = async (from: number, to: number, bucket: HistoryBucket) => {
      const { data, errors } = await history(lotId, from, to, bucket);
      expect(data?.node ?? null).toBeNull();
      return errors?.map((error) => [error.extensions?.code, error.extensions?.reason, error.extensions?.argument]);
    };
    expect(await reasons(now, now - QUARTER, 'HOUR')).toEqual([['BAD_USER_INPUT', 'RANGE_REVERSED', 'range']]);
    expect(await reasons(now, now, 'HOUR')).toEqual([['BAD_USER_INPUT', 'RANGE_REVERSED', 'range']]);
    expect(await reasons(now - 8 * DAY, now, 'FIFTEEN_MINUTES')).toEqual([['BAD_USER_INPUT', 'RANGE_TOO_LONG', 'range']]);
    expect(await reasons(now - 94 * DAY, now, 'HOUR')).toEqual([['BAD_USER_INPUT', 'RANGE_TOO_LONG', 'range']]);
    expect(await reasons(now - 401 * DAY, now, 'DAY')).toEqual([['BAD_USER_INPUT', 'RANGE_TOO_LONG', 'range']]);
    expect(await reasons(now - 401 * DAY, now - 395 * DAY, 'DAY')).toEqual([['BAD_USER_INPUT', 'RANGE_BEFORE_RETENTION', 'range']]);
    // the limits themselves are fine
    expect((await history(lotId, now - 7 * DAY, now, 'FIFTEEN_MINUTES')).errors).toBeUndefined();
    expect((await history(lotId, now - 93 * DAY, now, 'HOUR')).errors).toBeUndefined();
    expect((await history(lotId, now - 399 * DAY, now, 'DAY')).errors).toBeUndefined();
    // a bucket finer than 15 minutes cannot be asked for at all
    const finer = await server.graphql(`{ lots(first: 1) { edges { node { occupancyHistory(range: { from: "2026-01-01T00:00:00Z", to: "2026-01-01T01:00:00Z" }, bucket: MINUTE) { samples } } } } }`);
    expect(finer.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('the retention job deletes buckets older than 400 days and keeps the rest', async () => {
    const lotId = await createLot(server.database.db, { operatorId, name: 'Old Lot', location: { lat: 53.45, lng: -2.21 } });
    const old = bucketOf(Date.now() - 401 * DAY);
    const kept = bucketOf(Date.now() - 399 * DAY);
    await insertHistory(lotId, [
      { at: old, capacity: 3, min: 0, max: 1, sum: 1, samples: 2 },
      { at: kept, capacity: 3, min: 0, max: 1, sum: 1, samples: 2 },
    ]);
    const rowsOf = () => sqlRows<{ at: string }>(server, sql`SELECT bucket_start::text AS at FROM occupancy_history WHERE lot_id = ${lotId}`);
    const deadline = Date.now() + 30_000;
    while ((await rowsOf()).length > 1 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await rowsOf()).toHaveLength(1);
    expect(await pointsOf(lotId, kept, kept + DAY, 'DAY')).toHaveLength(1);
  });
});
