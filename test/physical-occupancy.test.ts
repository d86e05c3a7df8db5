import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gates, lots, parkingSessions, spaces } from '../src/db/schema/index.js';
import { addSpaces, addTariff, createApiKey, createLot, createOperator, createUser, createVehicle, nodeId } from './helpers/fixtures.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { graphql } from './gql/generated/index.js';
import type { TimeWindowInput } from './gql/generated/graphql.js';
import { dataOf, request, subscribeTo } from './gql/request.js';
import { liveDataExpiryJob } from '../src/jobs/index.js';
import { createLogger } from '../src/logger.js';

// Physical occupancy: a bay a vehicle is in now (an open session, a sensor's fresh OCCUPIED) is
// never booked for now, and availability agrees; sensor statuses and partner counts expire.

const MINUTE = 60_000;
const HERE = { lat: 50.7192, lng: -1.8808 };
const iso = (offsetMinutes: number) => new Date(Date.now() + offsetMinutes * MINUTE).toISOString();

const AVAILABILITY = graphql(`
  query PhysicalAvailability($id: ID!, $window: TimeWindowInput!) { lot(id: $id) { availability(window: $window) { total available } } }
`);
const SEARCH = graphql(`
  query PhysicalSearch($near: LatLngInput!, $window: TimeWindowInput!) {
    lotsNear(near: $near, radiusMeters: 300, window: $window, first: 10) { edges { node { name availability(window: $window) { available } } } }
  }
`);
const BOOK = graphql(`
  mutation PhysicalBook($input: CreateBookingInput!) { createBooking(input: $input) { booking { space { label } } userErrors { code } } }
`);
const LIVE = graphql(`
  query PhysicalLive($id: ID!) {
    lot(id: $id) {
      occupancy { total available occupied reserved unknown byKind { kind unknown } }
      spaces(first: 10) { edges { node { label status } } }
      dataFreshness { source reportedAt expired }
    }
  }
`);
const SENSORS = graphql(`
  mutation PhysicalSensors($input: ReportSpaceStatusInput!) { reportSpaceStatus(input: $input) { applied userErrors { code } } }
`);
const PLATE_READ = graphql(`
  mutation PhysicalPlateRead($input: PlateReadInput!) { reportPlateRead(input: $input) { decision reason } }
`);
const OCCUPANCY_CHANGED = graphql(`
  subscription PhysicalOccupancyChanged($ids: [ID!]) { lotOccupancyChanged(lotIds: $ids) { version occupancy { occupied } } }
`);

let server: TestServer;
let operatorId: string;
let sensorKey: string;
let driverToken: string;
let vehicleId: string;

beforeAll(async () => {
  server = await startTestServer();
  const { db } = server.database;
  operatorId = await createOperator(db, 'Physical Parking');
  sensorKey = (await createApiKey(db, operatorId, { scopes: ['availability:write'] })).key;
  const driver = await createUser(db);
  driverToken = await server.tokenFor(driver.email);
  vehicleId = await createVehicle(db, driver.id);
});
afterAll(() => server?.stop());

async function lotWithSpaces(name: string, labels: string[], at = HERE) {
  const { db } = server.database;
  const lotId = await createLot(db, { operatorId, name, location: at });
  const spaceIds = await addSpaces(db, lotId, labels.map((label) => ({ label })));
  await addTariff(db, lotId, { hourlyRateAmount: 150 });
  return { lotId, spaceIds };
}

async function report(spaceId: string, status: 'OCCUPIED' | 'FREE', observedAt: string) {
  const { data } = await request(
    server,
    SENSORS,
    { input: { operatorId: nodeId('Operator', operatorId), reports: [{ spaceId: nodeId('Space', spaceId), status, observedAt }] } },
    { as: sensorKey },
  );
  expect(data!.reportSpaceStatus.applied).toBe(1);
}

/** The lot's live state as `on` (by default the file's server) describes it. */
async function live(lotId: string, on: TestServer = server) {
  return dataOf(await request(on, LIVE, { id: nodeId('Lot', lotId) })).lot!;
}

describe('a bay a vehicle is in now', () => {
  it('is not given to a booking for now, nor counted free for now, but is for a later window', async () => {
    const { db } = server.database;
    const { lotId, spaceIds } = await lotWithSpaces('Sensor Yard', ['P-1', 'P-2', 'P-3']);
    // P-1: its sensor sees a car; P-2: a walk-in's open session; P-3: empty
    await report(spaceIds[0]!, 'OCCUPIED', iso(-2));
    const [gate] = await db.insert(gates).values({ lotId, name: 'Gate', direction: 'BOTH' }).returning();
    await db.insert(parkingSessions).values({
      lotId,
      spaceId: spaceIds[1]!,
      kind: 'WALK_IN',
      plate: 'WALK1N',
      entryGateId: gate!.id,
      enteredAt: new Date(Date.now() - 30 * MINUTE),
      currency: 'GBP',
    });
    const now = { start: iso(0), end: iso(60) };
    const tomorrow = { start: iso(24 * 60), end: iso(25 * 60) };
    const availableFor = async (window: TimeWindowInput) =>
      (await request(server, AVAILABILITY, { id: nodeId('Lot', lotId), window })).data!.lot!.availability;
    const found = async (window: TimeWindowInput) =>
      (await request(server, SEARCH, { near: HERE, window })).data!
        .lotsNear.edges.filter((edge) => edge.node.name === 'Sensor Yard')
        .map((edge) => edge.node.availability!.available);

    expect(await availableFor(now)).toEqual({ total: 3, available: 1 });
    expect(await availableFor(tomorrow)).toEqual({ total: 3, available: 3 });
    expect(await found(now)).toEqual([1]);

    const book = (window: TimeWindowInput, spaceId?: string) =>
      request(
        server,
        BOOK,
        { input: { lotId: nodeId('Lot', lotId), vehicleId: nodeId('Vehicle', vehicleId), window, ...(spaceId && { spaceId: nodeId('Space', spaceId) }) } },
        { as: driverToken },
      );
    expect((await book(now, spaceIds[0]!)).data!.createBooking).toEqual({ booking: null, userErrors: [{ code: 'NOT_AVAILABLE' }] });
    expect((await book(now)).data!.createBooking.booking!.space.label).toBe('P-3');
    expect((await book(now)).data!.createBooking).toEqual({ booking: null, userErrors: [{ code: 'NOT_AVAILABLE' }] });
    expect(await availableFor(now)).toEqual({ total: 3, available: 0 });
    expect(await found(now)).toEqual([]);

    // tomorrow the car in P-1 may be long gone: bookings alone decide
    expect(await found(tomorrow)).toEqual([3]);
    expect((await book(tomorrow, spaceIds[0]!)).data!.createBooking.booking!.space.label).toBe('P-1');
  });
});

describe('expiry of live data', () => {
  it('shows a bay whose sensor has not reported within SENSOR_STATUS_TTL as UNKNOWN, and does not hold it for a booking now', async () => {
    const { lotId, spaceIds } = await lotWithSpaces('Quiet Sensors', ['Q-1', 'Q-2', 'Q-3'], { lat: 50.75, lng: -1.9 });
    expect((await live(lotId)).dataFreshness).toBeNull();
    // default TTL: an hour
    await report(spaceIds[0]!, 'OCCUPIED', iso(-120));
    const freshAt = iso(-1);
    await report(spaceIds[1]!, 'OCCUPIED', freshAt);

    const lot = await live(lotId);
    expect(lot.spaces.edges.map((edge) => edge.node)).toEqual([
      { label: 'Q-1', status: 'UNKNOWN' },
      { label: 'Q-2', status: 'OCCUPIED' },
      { label: 'Q-3', status: 'AVAILABLE' },
    ]);
    expect(lot.occupancy).toMatchObject({ total: 3, available: 1, occupied: 1, reserved: 0, unknown: 1 });
    expect(lot.occupancy.byKind).toEqual([{ kind: 'STANDARD', unknown: 1 }]);
    expect(lot.dataFreshness).toEqual({ source: 'SENSOR', reportedAt: new Date(freshAt).toISOString(), expired: false });

    const { data } = await request(server, AVAILABILITY, {
      id: nodeId('Lot', lotId),
      window: { start: iso(0), end: iso(30) },
    });
    expect(data!.lot!.availability.available).toBe(2);
  });

  it('shows a partner count older than REPORTED_COUNTS_TTL as unknown, and says when it was reported', async () => {
    const { db } = server.database;
    const counted = async (name: string, minutesAgo: number) => {
      const lotId = await createLot(db, { operatorId, name, location: { lat: 50.8, lng: -1.95 } });
      const reportedAt = new Date(Date.now() - minutesAgo * MINUTE);
      await db.update(lots).set({ availabilitySource: 'REPORTED_COUNTS', reportedFree: 4, reportedTotal: 10, reportedAt }).where(eq(lots.id, lotId));
      return { lotId, reportedAt: reportedAt.toISOString() };
    };
    // default TTL: 15 minutes
    const fresh = await counted('Fresh Counts', 2);
    const old = await counted('Old Counts', 40);
    expect(await live(fresh.lotId)).toMatchObject({
      occupancy: { total: 10, available: 4, occupied: 6, unknown: 0 },
      dataFreshness: { source: 'PARTNER_COUNTS', reportedAt: fresh.reportedAt, expired: false },
    });
    expect(await live(old.lotId)).toMatchObject({
      occupancy: { total: 10, available: 0, occupied: 0, unknown: 10 },
      dataFreshness: { source: 'PARTNER_COUNTS', reportedAt: old.reportedAt, expired: true },
    });
  });

  it('says a sensor report is expired once it is older than the TTL', async () => {
    const { db } = server.database;
    const { lotId, spaceIds } = await lotWithSpaces('Old Sensor', ['O-1'], { lat: 50.85, lng: -2.0 });
    const observedAt = new Date(Date.now() - 3 * 60 * MINUTE);
    await db.update(spaces).set({ sensorStatus: 'FREE', sensorObservedAt: observedAt }).where(eq(spaces.id, spaceIds[0]!));
    expect(await live(lotId)).toMatchObject({
      occupancy: { available: 0, unknown: 1 },
      dataFreshness: { source: 'SENSOR', reportedAt: observedAt.toISOString(), expired: true },
    });
  });

  it('tells live maps when a sensor status expires, though nothing was written (the expiry job)', async () => {
    const { lotId, spaceIds } = await lotWithSpaces('Expiring Sensor', ['E-1'], { lat: 50.9, lng: -2.05 });
    const live = subscribeTo(server.wsClient(), OCCUPANCY_CHANGED, { ids: [nodeId('Lot', lotId)] });
    await live.next(undefined, 10_000, 'snapshot');
    const observedAt = new Date();
    await report(spaceIds[0]!, 'OCCUPIED', observedAt.toISOString());
    const reported = await live.next((message) => message.lotOccupancyChanged.occupancy.occupied === 1, 10_000, 'the report');

    // a job whose time-to-live is one second, run as the scheduler would, once before and once after it ran out
    const ttls = { sensorStatusMs: 1_000, reportedCountsMs: 1_000 };
    let clock = observedAt.getTime() + 900;
    const job = liveDataExpiryJob({ db: server.database.db, logger: createLogger(), intervalMs: 500, ttls, now: () => new Date(clock) });
    const context = { signal: new AbortController().signal };
    await job.run(context);
    clock = observedAt.getTime() + 1_500;
    await job.run(context);
    const expired = await live.next((message) => message.lotOccupancyChanged.version > reported.lotOccupancyChanged.version, 10_000, 'the expiry');
    expect(expired.lotOccupancyChanged.version).toBe(reported.lotOccupancyChanged.version + 1);
    live.dispose();
  });

  it('seats a walk-in at a gate in a bay whose sensor status expired, never in one a sensor sees occupied now', async () => {
    const { db } = server.database;
    const { lotId, spaceIds } = await lotWithSpaces('Walk-in Gate', ['W-1'], { lat: 50.95, lng: -2.1 });
    await db.update(lots).set({ walkInsAllowed: true }).where(eq(lots.id, lotId));
    const [gate] = await db.insert(gates).values({ lotId, name: 'Way in', direction: 'ENTRY' }).returning();
    const gateKey = (await createApiKey(db, operatorId, { scopes: ['gates:write'] })).key;
    const read = async (plate: string) =>
      (
        await request(
          server,
          PLATE_READ,
          { input: { gateId: Buffer.from(`Gate:${gate!.id}`).toString('base64url'), plate, confidence: 0.99, readAt: iso(0) } },
          { as: gateKey },
        )
      ).data!.reportPlateRead;

    await report(spaceIds[0]!, 'OCCUPIED', iso(-1));
    expect(await read('WALK1')).toEqual({ decision: 'DENY', reason: 'LOT_FULL' });
    await db.update(spaces).set({ sensorObservedAt: new Date(Date.now() - 2 * 60 * MINUTE) }).where(eq(spaces.id, spaceIds[0]!));
    expect(await read('WALK2')).toEqual({ decision: 'OPEN', reason: 'WALK_IN' });
  });
});

describe('the time-to-live settings (SENSOR_STATUS_TTL, REPORTED_COUNTS_TTL through config.ts)', () => {
  it('take effect: a server told 5 minutes for sensors and an hour for counts judges the same rows by them', async () => {
    const { db } = server.database;
    // the same database, served by a second server with other TTLs (src/config.ts's liveData)
    const other = await startTestServer({ database: server.database, liveData: { sensorStatusMs: 5 * MINUTE, reportedCountsMs: 60 * MINUTE } });
    try {
      const { lotId, spaceIds } = await lotWithSpaces('TTL Sensors', ['T-1', 'T-2'], { lat: 51.0, lng: -2.15 });
      const observedAt = iso(-10);
      await report(spaceIds[0]!, 'OCCUPIED', observedAt);
      const labelsAndStatuses = (lot: Awaited<ReturnType<typeof live>>) => lot.spaces.edges.map((edge) => edge.node);

      // the default hour: ten minutes old is still believed
      const believed = await live(lotId);
      expect(labelsAndStatuses(believed)).toEqual([
        { label: 'T-1', status: 'OCCUPIED' },
        { label: 'T-2', status: 'AVAILABLE' },
      ]);
      expect(believed.dataFreshness).toEqual({ source: 'SENSOR', reportedAt: new Date(observedAt).toISOString(), expired: false });
      // five minutes: it has expired, and the bay is no longer held for a booking now
      const expired = await live(lotId, other);
      expect(labelsAndStatuses(expired)).toEqual([
        { label: 'T-1', status: 'UNKNOWN' },
        { label: 'T-2', status: 'AVAILABLE' },
      ]);
      expect(expired.occupancy).toMatchObject({ total: 2, available: 1, occupied: 0, unknown: 1 });
      expect(expired.dataFreshness).toEqual({ source: 'SENSOR', reportedAt: new Date(observedAt).toISOString(), expired: true });
      const forNow = { id: nodeId('Lot', lotId), window: { start: iso(0), end: iso(30) } };
      expect(dataOf(await request(server, AVAILABILITY, forNow)).lot!.availability.available).toBe(1);
      expect(dataOf(await request(other, AVAILABILITY, forNow)).lot!.availability.available).toBe(2);

      // partner counts 40 minutes old: past the default 15 minutes, within the hour
      const countedId = await createLot(db, { operatorId, name: 'TTL Counts', location: { lat: 51.05, lng: -2.2 } });
      const reportedAt = new Date(Date.now() - 40 * MINUTE);
      await db.update(lots).set({ availabilitySource: 'REPORTED_COUNTS', reportedFree: 4, reportedTotal: 10, reportedAt }).where(eq(lots.id, countedId));
      expect(await live(countedId)).toMatchObject({ occupancy: { available: 0, unknown: 10 }, dataFreshness: { expired: true } });
      expect(await live(countedId, other)).toMatchObject({ occupancy: { available: 4, occupied: 6, unknown: 0 }, dataFreshness: { expired: false } });
    } finally {
      await other.stop();
    }
  });
});
