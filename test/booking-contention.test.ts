import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/generated/index.js';
import type { ContentionCreateBookingMutation } from './gql/generated/graphql.js';
import { request } from './gql/request.js';
import { onPostgres } from './helpers/database.js';
import { addSpaces, addTariff, createLot, createOperator, createUser, createVehicle, many, nodeId } from './helpers/fixtures.js';
import { startTestServer, type GraphQLResponse, type TestServer } from './helpers/server.js';

// No double-booking under contention: many drivers ask for the few spaces of one lot at once,
// through the real HTTP endpoint, on whichever database this run uses (PGlite serialises the
// requests on its one connection; PostgreSQL runs them on a pool, where the exclusion constraint
// decides the races).

const SPACES = 5;
const REQUESTS = 50;

let server: TestServer;
let operatorId: string;
let drivers: Array<{ token: string; vehicleId: string }>;

const CREATE = graphql(`
  mutation ContentionCreateBooking($input: CreateBookingInput!) {
    createBooking(input: $input) {
      booking { id space { id } window { start end } }
      userErrors { code field }
    }
  }
`);

beforeAll(async () => {
  server = await startTestServer();
  const db = server.database.db;
  operatorId = await createOperator(db, 'Contention Parking');
  drivers = await Promise.all(
    Array.from({ length: REQUESTS }, async () => {
      const user = await createUser(db);
      const vehicleId = await createVehicle(db, user.id);
      return { token: await server.tokenFor(user.email), vehicleId: nodeId('Vehicle', vehicleId) };
    }),
  );
});
afterAll(() => server?.stop());

async function lotWithFiveSpaces(name: string): Promise<{ id: string; rowId: string }> {
  const db = server.database.db;
  const rowId = await createLot(db, { operatorId, name, location: { lat: 61.5, lng: 23.8 } });
  // five bookable spaces, plus ones that must never be handed out
  await addSpaces(db, rowId, [...many(SPACES), ...many(2, 'STANDARD', true), ...many(2, 'EV_CHARGING')]);
  await addTariff(db, rowId, { hourlyRateAmount: 300 });
  return { id: nodeId('Lot', rowId), rowId };
}

/** Pairs of live bookings of one space whose periods overlap (must be none). */
async function doubleBookings(lotRowId: string): Promise<unknown[]> {
  const result = await server.database.db.execute(sql`
    SELECT a.id AS first, b.id AS second, a.space_id
    FROM bookings a
    JOIN bookings b ON a.space_id = b.space_id AND a.id < b.id AND a.period && b.period
    WHERE a.lot_id = ${lotRowId}
      AND a.status IN ('CONFIRMED', 'CHECKED_IN') AND b.status IN ('CONFIRMED', 'CHECKED_IN')`);
  return rowsOf(result);
}

function rowsOf(result: unknown): Array<Record<string, unknown>> {
  return (Array.isArray(result) ? result : (result as { rows: Array<Record<string, unknown>> }).rows) as Array<Record<string, unknown>>;
}

async function liveBookings(lotRowId: string): Promise<Array<{ space_id: string; status: string; kind: string; operator_status: string }>> {
  const result = await server.database.db.execute(sql`
    SELECT b.space_id, b.status, s.kind, s.operator_status
    FROM bookings b JOIN spaces s ON s.id = b.space_id
    WHERE b.lot_id = ${lotRowId} AND b.status IN ('CONFIRMED', 'CHECKED_IN')`);
  return rowsOf(result) as Array<{ space_id: string; status: string; kind: string; operator_status: string }>;
}

/** Distinct spaces with a live booking overlapping the window. */
async function busySpaces(lotRowId: string, window: { start: string; end: string }): Promise<number> {
  const result = await server.database.db.execute(sql`
    SELECT count(DISTINCT space_id)::int AS busy FROM bookings
    WHERE lot_id = ${lotRowId} AND status IN ('CONFIRMED', 'CHECKED_IN')
      AND period && tstzrange(${window.start}::timestamptz, ${window.end}::timestamptz, '[)')`);
  return Number(rowsOf(result)[0]!.busy);
}

function createAll(lotId: string, windowOf: (index: number) => { start: string; end: string }): Promise<Array<GraphQLResponse<ContentionCreateBookingMutation>>> {
  return Promise.all(
    drivers.map((driver, index) =>
      request(server, CREATE, { input: { lotId, vehicleId: driver.vehicleId, window: windowOf(index) } }, { as: driver.token }),
    ),
  );
}

describe(`${REQUESTS} concurrent createBooking requests for ${SPACES} spaces (${onPostgres ? 'PostgreSQL' : 'PGlite'})`, () => {
  it(`books exactly ${SPACES} for one window, answers the rest NOT_AVAILABLE, and never double-books`, async () => {
    const lot = await lotWithFiveSpaces('Contention Lot: one window');
    const window = { start: '2031-06-10T09:00:00.000Z', end: '2031-06-10T11:00:00.000Z' };
    const responses = await createAll(lot.id, () => window);

    for (const response of responses) expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    const payloads = responses.map((response) => response.data!.createBooking);
    const successes = payloads.filter((payload) => payload.booking !== null);
    const failures = payloads.filter((payload) => payload.booking === null);
    expect(successes).toHaveLength(SPACES);
    for (const success of successes) expect(success.userErrors).toEqual([]);
    expect(failures).toHaveLength(REQUESTS - SPACES);
    for (const failure of failures) expect(failure.userErrors).toEqual([{ code: 'NOT_AVAILABLE', field: ['input', 'window'] }]);
    expect(new Set(successes.map((success) => success.booking!.space.id)).size).toBe(SPACES);

    expect(await doubleBookings(lot.rowId)).toEqual([]);
    const live = await liveBookings(lot.rowId);
    expect(live).toHaveLength(SPACES);
    expect(new Set(live.map((row) => row.space_id)).size).toBe(SPACES);
    for (const row of live) expect(row).toMatchObject({ kind: 'STANDARD', operator_status: 'IN_SERVICE' });
  });

  it('never double-books partially overlapping windows, and refuses only when every space is busy', async () => {
    const lot = await lotWithFiveSpaces('Contention Lot: staggered windows');
    // ten start times half an hour apart, each two hours long: neighbours overlap, far ones do not
    const base = Date.parse('2031-06-11T08:00:00.000Z');
    const windowOf = (index: number) => {
      const start = base + (index % 10) * 30 * 60_000;
      return { start: new Date(start).toISOString(), end: new Date(start + 2 * 3_600_000).toISOString() };
    };
    const responses = await createAll(lot.id, windowOf);

    for (const response of responses) expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    const payloads = responses.map((response) => response.data!.createBooking);
    const successes = payloads.filter((payload) => payload.booking !== null);
    for (const [index, payload] of payloads.entries()) {
      if (payload.booking) {
        expect(payload.userErrors).toEqual([]);
        expect(payload.booking.window).toEqual(windowOf(index));
      } else {
        expect(payload.userErrors).toEqual([{ code: 'NOT_AVAILABLE', field: ['input', 'window'] }]);
        // bookings are only added in this run: a refusal must still be justified at the end
        expect(await busySpaces(lot.rowId, windowOf(index))).toBe(SPACES);
      }
    }
    // each window can hold at most 5 bookings; overlapping windows compete, so some succeed and some fail
    expect(successes.length).toBeGreaterThanOrEqual(SPACES);
    expect(successes.length).toBeLessThan(REQUESTS);

    expect(await doubleBookings(lot.rowId)).toEqual([]);
    const live = await liveBookings(lot.rowId);
    expect(live).toHaveLength(successes.length);
    expect(new Set(live.map((row) => row.space_id)).size).toBe(SPACES);
    for (const row of live) expect(row).toMatchObject({ kind: 'STANDARD', operator_status: 'IN_SERVICE' });
  });
});
