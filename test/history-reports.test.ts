import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookings, lots, occupancyHistory } from '../src/db/schema/index.js';
import { addMember, addSpaces, createUser, insertBookingRow, nodeId } from './helpers/fixtures.js';
import { book, CHECK_IN, CHECK_OUT, moneyWorld, REFUND, send } from './helpers/payments.js';
import { startTestServer, type TestServer } from './helpers/server.js';

// Operator.report through the API. The scheduler is off here: the history rows a report reads are
// written straight into the table (as the history job would have), so the measures are exact.

const QUARTER = 15 * 60_000;
const DAY = 24 * 60 * 60_000;
const bucketOf = (at: number) => Math.floor(at / QUARTER) * QUARTER;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

describe('operator reports', () => {
  const REPORT = /* GraphQL */ `query ($id: ID!, $range: ReportRangeInput!) { node(id: $id) { ... on Operator { report(range: $range) {
    from to csv rows { lot { name } day capacity utilisation turnover bookingsStarted noShows noShowRate sessionsStarted revenue { amount currency } } } } } }`;

  const localDay = (at: number, timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(at);

  it('utilisation, turnover, no-show rate and revenue by lot and day, as CSV too; for managers only', async () => {
    const world = await moneyWorld(server, { spaces: 3 });
    const { db } = server.database;
    await db.update(lots).set({ name: 'Money Yard, North' }).where(eq(lots.id, world.lotId));
    await addSpaces(db, world.lotId, [{ label: 'EV-1', kind: 'EV_CHARGING' }]);
    // a stay charged 300 and refunded 100; its booking started a minute ago (today, London midnight
    // being a quarter hour's start)
    const started = new Date(Math.max(Date.now() - 60_000, bucketOf(Date.now())));
    const created = await book(server, world, 2, 62);
    const bookingId = Buffer.from(created.booking.id, 'base64url').toString().split(':')[1]!;
    await db.execute(sql`UPDATE ${bookings} SET period = tstzrange(${started.toISOString()}::timestamptz, now() + interval '59 minutes') WHERE id = ${bookingId}`);
    await send(server, CHECK_IN, { bookingId: created.booking.id }, world.driver.token);
    await send(server, CHECK_OUT, { bookingId: created.booking.id }, world.driver.token);
    expect((await send(server, REFUND, { bookingId: created.booking.id, amount: 100 }, world.managerToken)).userErrors).toEqual([]);
    // a no-show, a cancelled booking (never started) and one that starts tomorrow
    const [spaceId] = world.spaceIds;
    const driver = { driverId: world.driver.id, vehicleId: world.driver.vehicleId, lotId: world.lotId, spaceId: spaceId! };
    await insertBookingRow(db, { ...driver, start: started, end: new Date(started.getTime() + 30_000), status: 'NO_SHOW' });
    await insertBookingRow(db, { ...driver, start: started, end: new Date(started.getTime() + 20_000), status: 'CANCELLED' });
    await insertBookingRow(db, { ...driver, start: new Date(Date.now() + DAY), end: new Date(Date.now() + DAY + 60_000) });
    const today = localDay(Date.now(), 'Europe/London');
    const yesterday = localDay(Date.now() - DAY, 'Europe/London');
    // today's samples: two quarter hours of three standard bays and one EV bay, then one with a
    // standard bay out of service; yesterday's, one quarter hour
    const now = bucketOf(Date.now());
    const history = (at: number, kind: 'STANDARD' | 'EV_CHARGING', capacity: number, occupiedSum: number, samples: number) =>
      ({ lotId: world.lotId, spaceKind: kind, bucketStart: new Date(at), capacity, occupiedMin: 0, occupiedMax: capacity, occupiedSum, samples });
    await db.insert(occupancyHistory).values([
      history(now, 'STANDARD', 3, 6, 4), // mean 1.5 of 3
      history(now, 'EV_CHARGING', 1, 4, 4), // always taken
      history(now - 2 * DAY, 'STANDARD', 3, 3, 3),
    ]);

    const { data, errors } = await server.graphql<any>(REPORT, { id: nodeId('Operator', world.operatorId), range: { from: yesterday, to: today } }, { as: world.managerToken });
    expect(errors).toBeUndefined();
    const report = data.node.report;
    expect(report).toMatchObject({ from: yesterday, to: today });
    // the bucket two days ago is outside the range; nothing else happened yesterday
    expect(report.rows.map((row: any) => row.day)).toEqual([today]);
    const [row] = report.rows;
    expect(row).toEqual({
      lot: { name: 'Money Yard, North' },
      day: today,
      capacity: 4,
      utilisation: (6 + 4) / (3 * 4 + 1 * 4),
      turnover: 1 / 4,
      bookingsStarted: 2,
      noShows: 1,
      noShowRate: 0.5,
      sessionsStarted: 1,
      revenue: [{ amount: 200, currency: 'GBP' }],
    });

    const lines = report.csv.trim().split('\r\n');
    expect(lines[0]).toBe('lot_id,lot_name,day,capacity,utilisation,turnover,bookings_started,no_shows,no_show_rate,sessions_started,currency,revenue');
    expect(lines.slice(1)).toEqual([`${world.lotId},"Money Yard, North",${today},4,0.625,0.25,2,1,0.5,1,GBP,200`]);

    // staff, drivers and strangers get null; the operator's manager got the report above
    const staff = await createUser(db);
    await addMember(db, world.operatorId, staff.id, 'STAFF');
    for (const as of [await server.tokenFor(staff.email), world.driver.token, undefined]) {
      const other = await server.graphql<any>(REPORT, { id: nodeId('Operator', world.operatorId), range: { from: today, to: today } }, { as });
      expect(other.errors).toBeUndefined();
      expect(other.data.node.report).toBeNull();
    }
  });

  it('refuses days that are not dates, reversed ranges and more than 93 days, with codes', async () => {
    const world = await moneyWorld(server, { spaces: 1 });
    const reason = async (from: string, to: string) => {
      const { errors } = await server.graphql<any>(REPORT, { id: nodeId('Operator', world.operatorId), range: { from, to } }, { as: world.managerToken });
      return errors?.map((error) => [error.extensions?.code, error.extensions?.reason, error.extensions?.argument]);
    };
    expect(await reason('2026-02-30', '2026-03-01')).toEqual([['BAD_USER_INPUT', 'INVALID_DATE', 'range.from']]);
    expect(await reason('2026-03-01', 'tomorrow')).toEqual([['BAD_USER_INPUT', 'INVALID_DATE', 'range.to']]);
    expect(await reason('2026-03-02', '2026-03-01')).toEqual([['BAD_USER_INPUT', 'RANGE_REVERSED', 'range']]);
    expect(await reason('2026-01-01', '2026-04-04')).toEqual([['BAD_USER_INPUT', 'RANGE_TOO_LONG', 'range']]);
    expect(await reason('2026-01-01', '2026-04-03')).toBeUndefined();
  });
});
