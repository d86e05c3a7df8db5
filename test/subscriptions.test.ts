import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../src/config.js';
import { bookings, spaces } from '../src/db/schema/index.js';
import { createLogger } from '../src/logger.js';
import { startServer, type RunningServer } from '../src/server/app.js';
import {
  addMember,
  addSpaces,
  addTariff,
  createLot,
  createOperator,
  createUser,
  createVehicle,
  insertBookingRow,
  many,
  nodeId,
  type LatLng,
  type SpaceFixture,
} from './helpers/fixtures.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { eventually, sleep, subscribe, type Subscribed } from './helpers/subscriptions.js';
import { graphql } from './gql/generated/index.js';
import type {
  OccupancyFieldsFragment,
  SubscriptionsOccupancySubscription,
  SubscriptionsOccupancySubscriptionVariables,
} from './gql/generated/graphql.js';
import { request, subscribeTo } from './gql/request.js';

// F4 · live occupancy over graphql-ws, as a real graphql-ws client sees it: a snapshot first,
// then an update within a second of each change (made over HTTP or straight in the database),
// filtered by lot ids or a viewport, with per-lot versions that only go up.
// Fixture lots sit around 61°N 25°E, far from the seeded Manchester lots.

let server: TestServer;
let operatorId: string;
let ownerToken: string;
let lotCounter = 0;
/** Set while the database-work test counts statements. */
let countQueries = false;
const counted: string[] = [];

const LOT_OCCUPANCY = graphql(`
  subscription SubscriptionsOccupancy($lotIds: [ID!], $bounds: BoundsInput, $knownVersions: [LotVersionInput!]) {
    lotOccupancyChanged(lotIds: $lotIds, bounds: $bounds, knownVersions: $knownVersions) {
      lotId version lot { id name } occupancy { ...OccupancyFields }
    }
  }
`);
const HTTP_OCCUPANCY = graphql(`
  query SubscriptionsHttpOccupancy($id: ID!) { lot(id: $id) { occupancy { ...OccupancyFields } } }
`);
const SPACE_STATUS = graphql(`
  subscription SubscriptionsSpaces($lotId: ID!) { spaceStatusChanged(lotId: $lotId) { space { id label } status } }
`);
const BOOKING_UPDATED = graphql(`
  subscription SubscriptionsBookingUpdated { bookingUpdated { id status lot { id } space { id } } }
`);
const CREATE_BOOKING = graphql(`
  mutation SubscriptionsCreateBooking($input: CreateBookingInput!) {
    createBooking(input: $input) { booking { id status space { id } } userErrors { code message field } }
  }
`);
const CANCEL_BOOKING = graphql(`
  mutation SubscriptionsCancelBooking($input: CancelBookingInput!) {
    cancelBooking(input: $input) { booking { id status } userErrors { code message field } }
  }
`);
const UPDATE_SPACE = graphql(`
  mutation SubscriptionsUpdateSpace($input: UpdateSpaceInput!) {
    updateSpace(input: $input) { space { id operatorStatus } userErrors { code message field } }
  }
`);
const QUIET = graphql(`
  subscription SubscriptionsQuiet($lotIds: [ID!]) {
    lotOccupancyChanged(lotIds: $lotIds) { lotId version occupancy { ...OccupancyFields } }
  }
`);

type Occupancy = OccupancyFieldsFragment;
type Counts = Omit<Occupancy, 'byKind' | 'updatedAt'>;
type OccupancyMessage = SubscriptionsOccupancySubscription;
/** What nextFor needs of a lotOccupancyChanged message, whatever else its document selects. */
type LotVersionMessage = { lotOccupancyChanged: { lotId: string; version: number } };

interface Lot {
  /** Global id. */
  id: string;
  rowId: string;
  name: string;
  location: LatLng;
  spaceRowIds: string[];
  /** Global ids, in the same order. */
  spaceIds: string[];
}

interface Driver {
  userId: string;
  token: string;
  vehicleRowId: string;
  /** Global id. */
  vehicleId: string;
}

/** A lot of the test operator, open around the clock, with a tariff so it can be booked. */
async function newLot(spaceList: SpaceFixture[] = many(3), location?: LatLng): Promise<Lot> {
  const db = server.database.db;
  lotCounter += 1;
  const name = `Live Lot ${lotCounter}`;
  const at = location ?? { lat: 61 + lotCounter * 0.05, lng: 25 };
  const rowId = await createLot(db, { operatorId, name, location: at });
  const spaceRowIds = await addSpaces(db, rowId, spaceList);
  await addTariff(db, rowId, { hourlyRateAmount: 200, billingIncrementMinutes: 60 });
  return { id: nodeId('Lot', rowId), rowId, name, location: at, spaceRowIds, spaceIds: spaceRowIds.map((id) => nodeId('Space', id)) };
}

async function newDriver(): Promise<Driver> {
  const user = await createUser(server.database.db, { displayName: 'Live Driver' });
  const vehicleRowId = await createVehicle(server.database.db, user.id);
  return { userId: user.id, token: await server.tokenFor(user.email), vehicleRowId, vehicleId: nodeId('Vehicle', vehicleRowId) };
}

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);

/** A booking over HTTP covering now (from a minute ago for an hour); returns its global id. */
async function bookNow(driver: Driver, lot: Lot, spaceId?: string): Promise<{ id: string; spaceId: string }> {
  const input = {
    lotId: lot.id,
    vehicleId: driver.vehicleId,
    window: { start: minutesFromNow(-1).toISOString(), end: minutesFromNow(60).toISOString() },
    ...(spaceId && { spaceId }),
  };
  const response = await request(
    server,
    CREATE_BOOKING,
    { input },
    { as: driver.token },
  );
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  expect(response.data!.createBooking.userErrors).toEqual([]);
  const booking = response.data!.createBooking.booking!;
  return { id: booking.id, spaceId: booking.space.id };
}

async function cancelBooking(driver: Driver, bookingId: string): Promise<void> {
  const response = await request(
    server,
    CANCEL_BOOKING,
    { input: { bookingId } },
    { as: driver.token },
  );
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  expect(response.data!.cancelBooking.userErrors).toEqual([]);
  expect(response.data!.cancelBooking.booking!.status).toBe('CANCELLED');
}

/** A booking row written straight to the database (no API), covering now unless told; returns its row id. */
async function insertBooking(
  driver: Driver,
  lot: Lot,
  spaceIndex: number,
  options: { status?: 'CONFIRMED' | 'CHECKED_IN'; start?: Date; end?: Date } = {},
): Promise<string> {
  return insertBookingRow(server.database.db, {
    driverId: driver.userId,
    vehicleId: driver.vehicleRowId,
    lotId: lot.rowId,
    spaceId: lot.spaceRowIds[spaceIndex]!,
    start: options.start ?? minutesFromNow(-1),
    end: options.end ?? minutesFromNow(60),
    status: options.status,
  });
}

async function httpOccupancy(lot: Lot): Promise<Occupancy> {
  const response = await request(server, HTTP_OCCUPANCY, { id: lot.id });
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!.lot!.occupancy;
}

/** The counts without the moment, with kinds in a stable order, for comparing two readings. */
function countsOf(occupancy: Occupancy) {
  const { updatedAt: _updatedAt, byKind, ...totals } = occupancy;
  return { ...totals, byKind: [...byKind].sort((a, b) => a.kind.localeCompare(b.kind)) };
}

/** `counts` with some totals moved (byKind left out, for a compact expectation). */
function moved(before: Counts, change: Partial<Counts>): Counts {
  const { total, available, occupied, reserved, outOfService } = before;
  const base = { total, available, occupied, reserved, outOfService };
  for (const [key, delta] of Object.entries(change)) base[key as keyof Counts] += delta;
  return base;
}

function totalsOf(occupancy: Counts): Counts {
  const { total, available, occupied, reserved, outOfService } = occupancy;
  return { total, available, occupied, reserved, outOfService };
}

function watchLots(options: SubscriptionsOccupancySubscriptionVariables, as?: string) {
  return subscribeTo(server.wsClient({ as }), LOT_OCCUPANCY, options);
}

/** The next message about `lot` (after the cursor). */
function nextFor<Message extends LotVersionMessage>(subscription: Subscribed<Message>, lot: Lot, timeoutMs = 1_000, newerThan = -Infinity) {
  return subscription
    .next((message) => message.lotOccupancyChanged.lotId === lot.id && message.lotOccupancyChanged.version > newerThan, timeoutMs, `message for ${lot.name} newer than version ${newerThan}`)
    .then((message): Message['lotOccupancyChanged'] => message.lotOccupancyChanged);
}

/** Every message of a subscription about `lot`, in arrival order. */
const messagesFor = (subscription: Subscribed<OccupancyMessage>, lot: Lot) =>
  subscription.messages.map((message) => message.lotOccupancyChanged).filter((update) => update.lotId === lot.id);

/** Versions received for each lot strictly increase. */
function expectVersionsIncrease(subscription: Subscribed<OccupancyMessage>) {
  const byLot = new Map<string, number[]>();
  for (const { lotOccupancyChanged: update } of subscription.messages) {
    byLot.set(update.lotId, [...(byLot.get(update.lotId) ?? []), update.version]);
  }
  for (const [lotId, versions] of byLot) {
    const sorted = [...versions].sort((a, b) => a - b);
    expect(versions, `versions of ${lotId}`).toEqual(sorted);
    expect(new Set(versions).size, `versions of ${lotId} repeat: ${versions.join(', ')}`).toBe(versions.length);
  }
}

/** A viewport of `half` degrees around a point. */
const boxAround = (point: LatLng, half = 0.01) => ({
  south: point.lat - half,
  north: point.lat + half,
  west: point.lng - half,
  east: point.lng + half,
});

beforeAll(async () => {
  server = await startTestServer({
    onQuery: (query) => {
      if (countQueries) counted.push(query);
    },
  });
  const db = server.database.db;
  operatorId = await createOperator(db, 'Live Parking Ltd');
  const owner = await createUser(db, { displayName: 'Live Owner' });
  await addMember(db, operatorId, owner.id, 'OWNER');
  ownerToken = await server.tokenFor(owner.email);
});
afterAll(() => server?.stop());

describe('lotOccupancyChanged', () => {
  it('by lot ids: a snapshot per lot equal to Lot.occupancy, then an update within 1 s of a booking and of its cancellation, versions going up', async () => {
    const lotA = await newLot([...many(3), ...many(1, 'EV_CHARGING'), ...many(1, 'STANDARD', true)]);
    const lotB = await newLot(many(2));
    const driver = await newDriver();
    await insertBooking(driver, lotA, 1, { status: 'CHECKED_IN' }); // one space occupied before we watch

    const live = watchLots({ lotIds: [lotA.id, lotB.id] });
    const snapshotA = await nextFor(live, lotA, 3_000);
    const snapshotB = await nextFor(live, lotB, 3_000);
    expect(countsOf(snapshotA.occupancy)).toEqual(countsOf(await httpOccupancy(lotA)));
    expect(countsOf(snapshotB.occupancy)).toEqual(countsOf(await httpOccupancy(lotB)));
    expect(totalsOf(snapshotA.occupancy)).toEqual({ total: 5, available: 3, occupied: 1, reserved: 0, outOfService: 1 });
    expect(snapshotA.lot).toEqual({ id: lotA.id, name: lotA.name });
    expect(Number.isInteger(snapshotA.version)).toBe(true);
    // one message per lot, nothing else while nothing changes
    expect(await live.during(300)).toEqual([]);
    expect(live.messages).toHaveLength(2);

    const booking = await bookNow(driver, lotA);
    const afterBooking = await nextFor(live, lotA, 1_000, snapshotA.version);
    expect(totalsOf(afterBooking.occupancy)).toEqual(moved(snapshotA.occupancy, { reserved: +1, available: -1 }));
    expect(countsOf(afterBooking.occupancy)).toEqual(countsOf(await httpOccupancy(lotA)));

    await cancelBooking(driver, booking.id);
    const afterCancel = await nextFor(live, lotA, 1_000, afterBooking.version);
    expect(countsOf(afterCancel.occupancy)).toEqual(countsOf(snapshotA.occupancy));

    // lot B never changed: its snapshot is all it got
    await sleep(200);
    expect(messagesFor(live, lotB)).toHaveLength(1);
    expectVersionsIncrease(live);

    // a later subscriber starts from a version no lower than the last one seen
    const later = watchLots({ lotIds: [lotA.id] });
    const laterSnapshot = await nextFor(later, lotA, 3_000);
    expect(laterSnapshot.version).toBeGreaterThanOrEqual(afterCancel.version);
    expect(countsOf(laterSnapshot.occupancy)).toEqual(countsOf(afterCancel.occupancy));
    live.dispose();
    later.dispose();
  });

  it('updates in order: several changes in a row arrive with increasing versions and end at the final counts', async () => {
    const lot = await newLot(many(4));
    const driver = await newDriver();
    const live = watchLots({ lotIds: [lot.id] });
    const snapshot = await nextFor(live, lot, 3_000);
    const first = await bookNow(driver, lot);
    const second = await bookNow(driver, lot);
    await cancelBooking(driver, first.id);
    const final = await httpOccupancy(lot);
    expect(totalsOf(final)).toEqual(moved(snapshot.occupancy, { reserved: +1, available: -1 }));
    // a slow reader may see fewer messages (latest state per lot) but must end at the final counts
    await live.next(
      (message) => message.lotOccupancyChanged.lotId === lot.id && message.lotOccupancyChanged.occupancy.reserved === final.reserved && message.lotOccupancyChanged.version > snapshot.version + 1,
      1_000,
      'the final state',
    );
    await sleep(300);
    const updates = messagesFor(live, lot);
    expect(countsOf(updates.at(-1)!.occupancy)).toEqual(countsOf(final));
    expect(updates.at(-1)!.version).toBeGreaterThanOrEqual(snapshot.version + 3);
    expectVersionsIncrease(live);
    await cancelBooking(driver, second.id);
    live.dispose();
  });

  it('a row written straight to the database (not through the API) is delivered the same way', async () => {
    const lot = await newLot(many(3));
    const driver = await newDriver();
    const live = watchLots({ lotIds: [lot.id] });
    const snapshot = await nextFor(live, lot, 3_000);

    const bookingRowId = await insertBooking(driver, lot, 0);
    const reserved = await nextFor(live, lot, 1_000, snapshot.version);
    expect(totalsOf(reserved.occupancy)).toEqual(moved(snapshot.occupancy, { reserved: +1, available: -1 }));

    // the driver arrives: checked in, the space is occupied rather than reserved
    await server.database.db.update(bookings).set({ status: 'CHECKED_IN' }).where(eq(bookings.id, bookingRowId));
    const checkedIn = await nextFor(live, lot, 1_000, reserved.version);
    expect(totalsOf(checkedIn.occupancy)).toEqual(moved(snapshot.occupancy, { occupied: +1, available: -1 }));

    // ... and leaves
    await server.database.db.update(bookings).set({ status: 'COMPLETED' }).where(eq(bookings.id, bookingRowId));
    const left = await nextFor(live, lot, 1_000, checkedIn.version);
    expect(countsOf(left.occupancy)).toEqual(countsOf(snapshot.occupancy));
    expect(countsOf(left.occupancy)).toEqual(countsOf(await httpOccupancy(lot)));
    live.dispose();
  });

  it('by bounds: a snapshot of the lots inside the viewport only, and no messages about lots outside it', async () => {
    const centre = { lat: 64.5, lng: 26.5 };
    const inside1 = await newLot(many(2), centre);
    const inside2 = await newLot(many(2), { lat: centre.lat + 0.005, lng: centre.lng - 0.005 });
    const outside = await newLot(many(2), { lat: centre.lat + 0.03, lng: centre.lng }); // ~3 km north
    const driver = await newDriver();

    const live = watchLots({ bounds: boxAround(centre) });
    await nextFor(live, inside1, 3_000);
    await nextFor(live, inside2, 3_000);
    await sleep(300);
    expect(live.messages.map((message) => message.lotOccupancyChanged.lotId).sort()).toEqual([inside1.id, inside2.id].sort());

    // a change outside first, then one inside: the inside one arrives, the outside one never does
    await insertBooking(driver, outside, 0);
    await bookNow(driver, inside1);
    const update = await nextFor(live, inside1, 1_000, messagesFor(live, inside1)[0]!.version);
    expect(update.occupancy.reserved).toBe(1);
    await sleep(300);
    expect(messagesFor(live, outside)).toEqual([]);
    live.dispose();
  });

  it('by bounds crossing the antimeridian (west > east): lots on both sides of it, not those elsewhere', async () => {
    const east = await newLot(many(1), { lat: -16.5, lng: 179.95 });
    const west = await newLot(many(1), { lat: -16.5, lng: -179.95 });
    const elsewhere = await newLot(many(1), { lat: -16.5, lng: 0 });
    const live = watchLots({ bounds: { south: -17, north: -16, west: 179.9, east: -179.9 } });
    await nextFor(live, east, 3_000);
    await nextFor(live, west, 3_000);
    await sleep(300);
    expect(live.messages.map((message) => message.lotOccupancyChanged.lotId).sort()).toEqual([east.id, west.id].sort());
    expect(messagesFor(live, elsewhere)).toEqual([]);
    live.dispose();
  });

  it('by lot ids: a lot not in the list gets no messages', async () => {
    const watched = await newLot(many(2));
    const other = await newLot(many(2));
    const driver = await newDriver();
    const live = watchLots({ lotIds: [watched.id] });
    const snapshot = await nextFor(live, watched, 3_000);
    await insertBooking(driver, other, 0);
    await insertBooking(driver, watched, 0);
    await nextFor(live, watched, 1_000, snapshot.version);
    await sleep(300);
    expect(messagesFor(live, other)).toEqual([]);
    expect(live.messages.every((message) => message.lotOccupancyChanged.lotId === watched.id)).toBe(true);
    live.dispose();
  });

  it('both bounds and lot ids: the lots matching either', async () => {
    const centre = { lat: 66.5, lng: 28.5 };
    const inBox = await newLot(many(1), centre);
    const listed = await newLot(many(1));
    const neither = await newLot(many(1));
    const live = watchLots({ bounds: boxAround(centre), lotIds: [listed.id] });
    await nextFor(live, inBox, 3_000);
    await nextFor(live, listed, 3_000);
    await sleep(300);
    expect(messagesFor(live, neither)).toEqual([]);
    live.dispose();
  });

  it('neither bounds nor lot ids: an error, no data', async () => {
    const live = watchLots({});
    const failure = await live.failure(3_000);
    expect(failure.kind).toBe('errors');
    expect(live.messages).toEqual([]);
  });

  it('more than 500 lot ids: an error; 500 are accepted', async () => {
    const lot = await newLot(many(1));
    const tooMany = watchLots({ lotIds: [lot.id, ...Array.from({ length: 500 }, () => nodeId('Lot', randomUUID()))] });
    expect((await tooMany.failure(3_000)).kind).toBe('errors');
    expect(tooMany.messages).toEqual([]);

    const fine = watchLots({ lotIds: [lot.id, ...Array.from({ length: 499 }, () => nodeId('Lot', randomUUID()))] });
    await nextFor(fine, lot, 3_000);
    fine.dispose();
  });

  it('knownVersions: lots still at the known version are left out of the snapshot; a lot known at an older version is sent', async () => {
    const unchanged = await newLot(many(2));
    const changed = await newLot(many(2));
    const driver = await newDriver();
    const first = watchLots({ lotIds: [unchanged.id, changed.id] });
    const unchangedAt = await nextFor(first, unchanged, 3_000);
    const changedAt = await nextFor(first, changed, 3_000);
    first.dispose();

    // while the map is away, one lot changes
    await insertBooking(driver, changed, 0);
    await sleep(300);

    const knownVersions = [
      { lotId: unchanged.id, version: unchangedAt.version },
      { lotId: changed.id, version: changedAt.version },
    ];
    const resumed = watchLots({ lotIds: [unchanged.id, changed.id], knownVersions });
    const missed = await nextFor(resumed, changed, 3_000);
    expect(missed.version).toBeGreaterThan(changedAt.version);
    expect(totalsOf(missed.occupancy)).toEqual(moved(changedAt.occupancy, { reserved: +1, available: -1 }));
    await sleep(500);
    expect(messagesFor(resumed, unchanged)).toEqual([]);

    // the lot left out of the snapshot is still watched
    await insertBooking(driver, unchanged, 0);
    const update = await nextFor(resumed, unchanged, 1_000, unchangedAt.version);
    expect(update.occupancy.reserved).toBe(1);
    resumed.dispose();

    // all versions current: no snapshot at all, but updates still come
    const current = [
      { lotId: unchanged.id, version: update.version },
      { lotId: changed.id, version: missed.version },
    ];
    const upToDate = watchLots({ lotIds: [unchanged.id, changed.id], knownVersions: current });
    expect(await upToDate.during(700)).toEqual([]);
    await insertBooking(driver, changed, 1);
    const next = await nextFor(upToDate, changed, 1_000, missed.version);
    expect(next.occupancy.reserved).toBe(2);
    upToDate.dispose();
  });

  it('a space put OUT_OF_SERVICE through updateSpace, or in the database: outOfService +1, and back', async () => {
    const lot = await newLot(many(3));
    const live = watchLots({ lotIds: [lot.id] });
    const snapshot = await nextFor(live, lot, 3_000);

    const response = await request(
      server,
      UPDATE_SPACE,
      { input: { spaceId: lot.spaceIds[0]!, operatorStatus: 'OUT_OF_SERVICE' } },
      { as: ownerToken },
    );
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    expect(response.data!.updateSpace.userErrors).toEqual([]);
    const outOfService = await nextFor(live, lot, 1_000, snapshot.version);
    expect(totalsOf(outOfService.occupancy)).toEqual(moved(snapshot.occupancy, { outOfService: +1, available: -1 }));

    await server.database.db.update(spaces).set({ operatorStatus: 'OUT_OF_SERVICE' }).where(eq(spaces.id, lot.spaceRowIds[1]!));
    const two = await nextFor(live, lot, 1_000, outOfService.version);
    expect(totalsOf(two.occupancy)).toEqual(moved(snapshot.occupancy, { outOfService: +2, available: -2 }));

    await server.database.db.update(spaces).set({ operatorStatus: 'IN_SERVICE' }).where(eq(spaces.lotId, lot.rowId));
    const back = await nextFor(live, lot, 1_000, two.version);
    expect(countsOf(back.occupancy)).toEqual(countsOf(snapshot.occupancy));
    expectVersionsIncrease(live);
    live.dispose();
  });
});

describe('spaceStatusChanged', () => {
  it('a snapshot of every space with its status, then the space that changes: RESERVED when booked, AVAILABLE when cancelled', async () => {
    const lot = await newLot([{ label: 'A' }, { label: 'B', outOfService: true }, { label: 'C' }, { label: 'D' }, { label: 'E' }]);
    const otherLot = await newLot(many(2));
    const driver = await newDriver();
    await insertBooking(driver, lot, 2, { status: 'CHECKED_IN' });
    await insertBooking(driver, lot, 3);
    await insertBooking(driver, lot, 4, { start: minutesFromNow(60), end: minutesFromNow(120) }); // later: not now

    const live = subscribeTo(server.wsClient(), SPACE_STATUS, { lotId: lot.id });
    for (const spaceId of lot.spaceIds) {
      await live.next((message) => message.spaceStatusChanged.space.id === spaceId, 3_000, `snapshot of ${spaceId}`);
    }
    await sleep(300);
    const snapshot = Object.fromEntries(live.messages.map(({ spaceStatusChanged: s }) => [s.space.label, s.status]));
    expect(snapshot).toEqual({ A: 'AVAILABLE', B: 'OUT_OF_SERVICE', C: 'OCCUPIED', D: 'RESERVED', E: 'AVAILABLE' });
    expect(live.messages).toHaveLength(5);

    const booking = await bookNow(driver, lot, lot.spaceIds[0]);
    expect(booking.spaceId).toBe(lot.spaceIds[0]);
    await live.next(
      ({ spaceStatusChanged: s }) => s.space.id === lot.spaceIds[0] && s.status === 'RESERVED',
      1_000,
      'space A RESERVED',
    );
    await cancelBooking(driver, booking.id);
    await live.next(
      ({ spaceStatusChanged: s }) => s.space.id === lot.spaceIds[0] && s.status === 'AVAILABLE',
      1_000,
      'space A AVAILABLE again',
    );

    // other lots' spaces never show up
    await insertBooking(driver, otherLot, 0);
    await sleep(400);
    const ids = new Set(lot.spaceIds);
    expect(live.messages.filter(({ spaceStatusChanged: s }) => !ids.has(s.space.id))).toEqual([]);
    live.dispose();
  });
});

describe('bookingUpdated', () => {
  it("delivers the viewer's own booking's status changes and nobody else's", async () => {
    const alice = await newDriver();
    const bob = await newDriver();
    const lot = await newLot(many(3));
    const aliceLive = subscribeTo(server.wsClient({ as: alice.token }), BOOKING_UPDATED, {});
    const bobLive = subscribeTo(server.wsClient({ as: bob.token }), BOOKING_UPDATED, {});
    await sleep(500); // connection_init and subscribe reach the server

    const aliceBooking = await bookNow(alice, lot);
    await cancelBooking(alice, aliceBooking.id);
    const cancelled = await aliceLive.next(
      ({ bookingUpdated: b }) => b.id === aliceBooking.id && b.status === 'CANCELLED',
      1_000,
      "Alice's booking CANCELLED",
    );
    expect(cancelled.bookingUpdated.lot.id).toBe(lot.id);

    const bobBooking = await bookNow(bob, lot);
    await cancelBooking(bob, bobBooking.id);
    await bobLive.next(({ bookingUpdated: b }) => b.id === bobBooking.id && b.status === 'CANCELLED', 1_000, "Bob's booking CANCELLED");

    // a change made in the database (the scheduler, a gate) reaches the owner too
    const rowId = await insertBooking(alice, lot, 2);
    await server.database.db.update(bookings).set({ status: 'CHECKED_IN' }).where(eq(bookings.id, rowId));
    await aliceLive.next(
      ({ bookingUpdated: b }) => b.id === nodeId('Booking', rowId) && b.status === 'CHECKED_IN',
      1_000,
      "Alice's booking CHECKED_IN",
    );

    await sleep(300);
    expect(bobLive.messages.filter(({ bookingUpdated: b }) => b.id !== bobBooking.id)).toEqual([]);
    expect(aliceLive.messages.filter(({ bookingUpdated: b }) => b.id === bobBooking.id)).toEqual([]);
    expect(aliceLive.results.filter((result) => result.errors)).toEqual([]);
    aliceLive.dispose();
    bobLive.dispose();
  });

  it('without credentials: an UNAUTHENTICATED error', async () => {
    const live = subscribeTo(server.wsClient(), BOOKING_UPDATED, {});
    const failure = await live.failure(3_000);
    expect(failure.kind).toBe('errors');
    if (failure.kind !== 'errors') return;
    expect(failure.errors.map((error) => error.extensions?.code)).toContain('UNAUTHENTICATED');
    expect(live.messages).toEqual([]);
  });

  it('a bad token closes the socket with 4403', async () => {
    const live = subscribeTo(server.wsClient({ as: 'not-a-valid-token' }), BOOKING_UPDATED, {});
    expect(await live.failure(3_000)).toMatchObject({ kind: 'closed', code: 4403 });
  });
});

describe('database work per change', () => {
  /** Statements sent to the database while one change reaches `subscribers` subscribers of one lot. */
  async function statementsForOneChange(subscribers: number): Promise<string[]> {
    const lot = await newLot(many(3));
    const driver = await newDriver();
    const live = Array.from({ length: subscribers }, () => subscribeTo(server.wsClient(), QUIET, { lotIds: [lot.id] }));
    const snapshots = await Promise.all(live.map((subscription) => nextFor(subscription, lot, 5_000)));
    await sleep(500); // let snapshot work finish

    counted.length = 0;
    countQueries = true;
    await insertBooking(driver, lot, 0);
    await Promise.all(live.map((subscription, index) => nextFor(subscription, lot, 2_000, snapshots[index]!.version)));
    await sleep(500); // anything a subscriber triggers late is counted too
    countQueries = false;
    for (const subscription of live) subscription.dispose();
    return [...counted];
  }

  it('is the same for 1 and for 20 subscribers of the lot', async () => {
    const one = await statementsForOneChange(1);
    const twenty = await statementsForOneChange(20);
    // the change itself is one of them; delivering it needs the database too
    expect(one.length).toBeGreaterThan(1);
    expect(twenty.length, `1 subscriber:\n${one.join('\n')}\n\n20 subscribers:\n${twenty.join('\n')}`).toBe(one.length);
  });
});

describe('validation per document', () => {
  const validatedSoFar = async () => {
    const text = await (await fetch(`${server.url}/metrics`)).text();
    return Number(/^parkway_websocket_documents_validated_total (\d+)/m.exec(text)?.[1]);
  };

  it('parses and validates each distinct document once, however many connections subscribe with it', async () => {
    const lot = await newLot(many(1));
    // a document of its own (the comment makes its text unique to this test), so a raw string: its
    // text, not its types, is what is counted; the invalid one below cannot be a graphql() document
    const document = `# validated once\nsubscription Once($lotIds: [ID!]) { lotOccupancyChanged(lotIds: $lotIds) { lotId version } }`;
    const before = await validatedSoFar();
    expect(Number.isInteger(before)).toBe(true);
    const live = Array.from({ length: 20 }, () => subscribe<LotVersionMessage>(server.wsClient(), document, { lotIds: [lot.id] }));
    await Promise.all(live.map((subscription) => nextFor(subscription, lot, 5_000)));
    expect(await validatedSoFar()).toBe(before + 1);
    // an invalid document is refused every time, and also checked once
    const invalid = '# invalid once\nsubscription { lotOccupancyChanged { nope } }';
    for (let attempt = 0; attempt < 3; attempt++) {
      const refused = subscribe(server.wsClient(), invalid, {});
      const failure = await refused.failure(5_000);
      expect(JSON.stringify(failure)).toContain('GRAPHQL_VALIDATION_FAILED');
    }
    expect(await validatedSoFar()).toBe(before + 2);
    for (const subscription of live) subscription.dispose();
  });
});

describe('unsubscribing', () => {
  // The count of active subscriptions lives on the server's hub (`RunningServer.hub`), which the
  // test helper does not expose: a second server on this file's database serves these clients.
  let direct: RunningServer;
  const clients: Client[] = [];
  const clientOf = (as?: string) => {
    const client = createClient({
      url: `${direct.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: true,
      connectionParams: as ? { authorization: `Bearer ${as}` } : undefined,
    });
    clients.push(client);
    return client;
  };
  const active = () => direct.hub.subscriptionCount;
  const activeBecomes = (count: number) => eventually(() => active() === count, 2_000, `${count} active subscriptions (now ${active()})`);

  beforeAll(async () => {
    const { auth } = loadConfig({});
    direct = await startServer({ database: server.database, logger: createLogger(), auth, scheduler: false, port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await direct?.stop();
  });

  it('frees every subscription, whether completed by the client or ended by closing the socket: the count returns to zero', async () => {
    const lot = await newLot(many(2));
    const driver = await newDriver();
    expect(active()).toBe(0);

    const map = clientOf();
    const byIds = subscribeTo(map, LOT_OCCUPANCY, { lotIds: [lot.id] });
    const bySpace = subscribeTo(map, SPACE_STATUS, { lotId: lot.id });
    const own = clientOf(driver.token);
    subscribeTo(own, BOOKING_UPDATED, {});
    const viewport = clientOf();
    const byBounds = subscribeTo(viewport, LOT_OCCUPANCY, { bounds: boxAround(lot.location) });
    await nextFor(byIds, lot, 3_000);
    await nextFor(byBounds, lot, 3_000);
    await bySpace.next(undefined, 3_000, 'a space snapshot');
    await activeBecomes(4);

    // refused subscriptions never count
    const refused = [
      subscribeTo(clientOf(), LOT_OCCUPANCY, {}),
      subscribeTo(clientOf(), BOOKING_UPDATED, {}),
    ];
    for (const subscription of refused) expect((await subscription.failure(3_000)).kind).toBe('errors');
    expect(active()).toBe(4);

    byIds.dispose(); // the client completes the operation
    await activeBecomes(3);
    await own.dispose(); // the socket closes normally
    await activeBecomes(2);
    viewport.terminate(); // the socket just goes away
    await activeBecomes(1);
    bySpace.dispose();
    await activeBecomes(0);

    // changes with nobody listening: still nothing registered, and a new subscriber still works
    await insertBooking(driver, lot, 0);
    await sleep(300);
    expect(active()).toBe(0);
    const again = subscribeTo(clientOf(), LOT_OCCUPANCY, { lotIds: [lot.id] });
    expect((await nextFor(again, lot, 3_000)).occupancy.reserved).toBe(1);
    await activeBecomes(1);
    again.dispose();
    await activeBecomes(0);
  });
});

describe('the clock: a booking window starting and ending', () => {
  let clockServer: TestServer;
  beforeAll(async () => {
    clockServer = await startTestServer({ scheduler: { intervalMs: 250 } });
  });
  afterAll(() => clockServer?.stop());

  it('moves a lot to reserved when a window starts and back when it ends, with nothing written then', async () => {
    const db = clockServer.database.db;
    const operator = await createOperator(db, 'Clock Parking');
    const lotRowId = await createLot(db, { operatorId: operator, name: 'Clock Lot', location: { lat: 62.5, lng: 21.5 } });
    const [spaceRowId] = await addSpaces(db, lotRowId, many(2));
    const user = await createUser(db);
    const vehicleRowId = await createVehicle(db, user.id);
    const start = new Date(Date.now() + 2_000);
    const end = new Date(Date.now() + 4_500);
    await insertBookingRow(db, { driverId: user.id, vehicleId: vehicleRowId, lotId: lotRowId, spaceId: spaceRowId!, start, end });

    const lotId = nodeId('Lot', lotRowId);
    const live = subscribeTo(clockServer.wsClient(), LOT_OCCUPANCY, { lotIds: [lotId] });
    const snapshot = await live.next(undefined, 3_000, 'the snapshot');
    expect(snapshot.lotOccupancyChanged.occupancy.reserved).toBe(0);

    const started = await live.next(
      ({ lotOccupancyChanged: u }) => u.occupancy.reserved === 1,
      start.getTime() - Date.now() + 1_500,
      'reserved 1 after the start',
    );
    expect(Date.now()).toBeGreaterThanOrEqual(start.getTime());
    expect(started.lotOccupancyChanged.version).toBeGreaterThan(snapshot.lotOccupancyChanged.version);
    const ended = await live.next(
      ({ lotOccupancyChanged: u }) => u.occupancy.reserved === 0 && u.version > started.lotOccupancyChanged.version,
      end.getTime() - Date.now() + 1_500,
      'reserved 0 after the end',
    );
    expect(Date.now()).toBeGreaterThanOrEqual(end.getTime());
    expect(ended.lotOccupancyChanged.occupancy.available).toBe(2);
    live.dispose();
  });
});
