import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gates, lots, parkingSessions, spaces } from '../src/db/schema/index.js';
import { addSpaces, addTariff, createApiKey, createLot, createOperator, createUser, createVehicle, nodeId } from './helpers/fixtures.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { subscribe } from './helpers/subscriptions.js';
import { liveDataExpiryJob } from '../src/jobs/index.js';
import { createLogger } from '../src/logger.js';

// Physical occupancy: a bay a vehicle is in now (an open session, a sensor's fresh OCCUPIED) is
// never booked for now, and availability agrees; sensor statuses and partner counts expire.

const MINUTE = 60_000;
const HERE = { lat: 50.7192, lng: -1.8808 };
const iso = (offsetMinutes: number) => new Date(Date.now() + offsetMinutes * MINUTE).toISOString();

const AVAILABILITY = `query ($id: ID!, $window: TimeWindowInput!) { lot(id: $id) { availability(window: $window) { total available } } }`;
const SEARCH = `query ($window: TimeWindowInput!) { lotsNear(near: { lat: ${HERE.lat}, lng: ${HERE.lng} }, radiusMeters: 300, window: $window, first: 10) {
  edges { node { name availability(window: $window) { available } } } } }`;
const BOOK = `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { booking { space { label } } userErrors { code } } }`;
const LIVE = `query ($id: ID!) { lot(id: $id) {
  occupancy { total available occupied reserved unknown byKind { kind unknown } }
  spaces(first: 10) { edges { node { label status } } }
  dataFreshness { source reportedAt expired } } }`;
const SENSORS = `mutation ($input: ReportSpaceStatusInput!) { reportSpaceStatus(input: $input) { applied userErrors { code } } }`;

type Live = {
  lot: {
    occupancy: { total: number; available: number; occupied: number; reserved: number; unknown: number; byKind: Array<{ kind: string; unknown: number }> };
    spaces: { edges: Array<{ node: { label: string; status: string } }> };
    dataFreshness: { source: string; reportedAt: string; expired: boolean } | null;
  };
};

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
  const { data } = await server.graphql<{ reportSpaceStatus: { applied: number } }>(
    SENSORS,
    { input: { operatorId: nodeId('Operator', operatorId), reports: [{ spaceId: nodeId('Space', spaceId), status, observedAt }] } },
    { as: sensorKey },
  );
  expect(data!.reportSpaceStatus.applied).toBe(1);
}

async function live(lotId: string): Promise<Live['lot']> {
  const { data, errors } = await server.graphql<Live>(LIVE, { id: nodeId('Lot', lotId) });
  expect(errors).toBeUndefined();
  return data!.lot;
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
    const availableFor = async (window: { start: string; end: string }) =>
      (await server.graphql<{ lot: { availability: { total: number; available: number } } }>(AVAILABILITY, { id: nodeId('Lot', lotId), window })).data!
        .lot.availability;
    const found = async (window: { start: string; end: string }) =>
      (await server.graphql<{ lotsNear: { edges: Array<{ node: { name: string; availability: { available: number } } }> } }>(SEARCH, { window })).data!
        .lotsNear.edges.filter((edge) => edge.node.name === 'Sensor Yard')
        .map((edge) => edge.node.availability.available);

    expect(await availableFor(now)).toEqual({ total: 3, available: 1 });
    expect(await availableFor(tomorrow)).toEqual({ total: 3, available: 3 });
    expect(await found(now)).toEqual([1]);

    const book = (window: { start: string; end: string }, spaceId?: string) =>
      server.graphql<{ createBooking: { booking: { space: { label: string } } | null; userErrors: Array<{ code: string }> } }>(
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

    const { data } = await server.graphql<{ lot: { availability: { available: number } } }>(AVAILABILITY, {
      id: nodeId('Lot', lotId),
      window: { start: iso(0), end: iso(30) },
    });
    expect(data!.lot.availability.available).toBe(2);
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
    const live = subscribe<{ lotOccupancyChanged: { version: number; occupancy: { occupied: number } } }>(
      server.wsClient(),
      'subscription ($ids: [ID!]) { lotOccupancyChanged(lotIds: $ids) { version occupancy { occupied } } }',
      { ids: [nodeId('Lot', lotId)] },
    );
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
        await server.graphql<{ reportPlateRead: { decision: string; reason: string } }>(
          'mutation ($input: PlateReadInput!) { reportPlateRead(input: $input) { decision reason } }',
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
