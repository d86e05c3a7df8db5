import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookings, lots, parkingSessions, staffActions } from '../src/db/schema/index.js';
import { addMember, addSpaces, addTariff, createLot, createOperator, createUser, createVehicle, destination, insertBookingRow, nodeId } from './helpers/fixtures.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { graphql } from './gql/generated/index.js';
import type { ArrivalsAuditQuery, TypedDocumentString } from './gql/generated/graphql.js';
import { payloadOf, request } from './gql/request.js';

// Arrival without cameras, through HTTP: drivers check themselves in and out at a SELF_CHECK_IN
// lot; staff admit a car the camera sent to REVIEW and close a stay whose exit was missed.

const YARD = { lat: 51.4545, lng: -2.5879 };
const MINUTE = 60_000;
const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * MINUTE);

const CHECK_IN = graphql(`
  mutation ArrivalsCheckIn($input: SelfCheckInput!) {
    checkIn(input: $input) {
      booking { id status } session { kind enteredAt space { label } entryGate { kind } } userErrors { code field message }
    }
  }
`);
const CHECK_OUT = graphql(`
  mutation ArrivalsCheckOut($input: SelfCheckInput!) {
    checkOut(input: $input) {
      booking { id status price { amount } } session { exitedAt charge { amount currency } } userErrors { code field message }
    }
  }
`);
const LOT = graphql(`
  query ArrivalsLot($id: ID!) { lot(id: $id) { arrivalObservation geofenceRadiusMeters checkInPositionRequired occupancy { occupied reserved available } } }
`);
const CREATE_LOT = graphql(`
  mutation ArrivalsCreateLot($input: CreateLotInput!) { createLot(input: $input) { lot { id arrivalObservation geofenceRadiusMeters } userErrors { code } } }
`);
const UPDATE_LOT = graphql(`
  mutation ArrivalsUpdateLot($input: UpdateLotInput!) {
    updateLot(input: $input) { lot { arrivalObservation geofenceRadiusMeters checkInPositionRequired } userErrors { code field } }
  }
`);
const FRESHNESS = graphql(`
  query ArrivalsFreshness($id: ID!) { lot(id: $id) { dataFreshness { source reportedAt expired } } }
`);
const LOTS_ARRIVAL = graphql(`
  query ArrivalsLotsArrival { lots(first: 100) { edges { node { name arrivalObservation geofenceRadiusMeters checkInPositionRequired } } } }
`);
const REGISTER = graphql(`
  mutation ArrivalsRegisterGate($lot: ID!) {
    registerGate(input: { lotId: $lot, name: "Yard barrier", direction: BOTH }) { gate { id } deviceKeySecret userErrors { code } }
  }
`);
const READ = graphql(`
  mutation ArrivalsRead($input: PlateReadInput!) { reportPlateRead(input: $input) { decision reason read { id } userErrors { code } } }
`);
const ADMIT = graphql(`
  mutation ArrivalsAdmit($input: AdmitVehicleInput!) {
    admitVehicle(input: $input) {
      action { kind reason plate performedBy { displayName } gate { name } plateRead { decision } session { id } }
      session { id kind booking { status } exitedAt }
      userErrors { code field }
    }
  }
`);
const CLOSE = graphql(`
  mutation ArrivalsClose($input: CloseSessionInput!) {
    closeSession(input: $input) {
      action { kind reason plate } session { exitedAt charge { amount } booking { status } } userErrors { code field }
    }
  }
`);
const AUDIT = graphql(`
  query ArrivalsAudit($id: ID!) { node(id: $id) { ... on Operator { staffActions(first: 10) { edges { node { kind reason plate } } } } } }
`);

let server: TestServer;
let yardId: string;
let gatedLotId: string;
let gatedSpaceId: string;
let spaceIds: string[];
let driver: { id: string; email: string; token: string; vehicleId: string };
let otherToken: string;
let staffToken: string;
let otherStaffToken: string;
let operatorId: string;

beforeAll(async () => {
  server = await startTestServer();
  const { db } = server.database;
  operatorId = await createOperator(db, 'Arrivals Yards', 'PRIVATE');
  yardId = await createLot(db, { operatorId, name: 'Self Check-in Yard', location: YARD, lotType: 'PRIVATE_YARD' });
  spaceIds = await addSpaces(db, yardId, [{ label: 'Y-1' }, { label: 'Y-2' }, { label: 'Y-3' }]);
  await addTariff(db, yardId, { hourlyRateAmount: 300 });
  gatedLotId = await createLot(db, { operatorId, name: 'Gated Lot', location: destination(YARD, 90, 2_000) });
  [gatedSpaceId] = (await addSpaces(db, gatedLotId, [{ label: 'G-1' }])) as [string];
  await db.update(lots).set({ arrivalObservation: 'GATE' }).where(eq(lots.id, gatedLotId));

  const user = await createUser(db);
  driver = { ...user, token: await server.tokenFor(user.email), vehicleId: await createVehicle(db, user.id, { plate: 'YD12ARR' }) };
  otherToken = await server.tokenFor((await createUser(db)).email);
  const staff = await createUser(db);
  await addMember(db, operatorId, staff.id, 'STAFF');
  staffToken = await server.tokenFor(staff.email);
  const otherOperator = await createOperator(db, 'Someone Else Parking');
  const otherStaff = await createUser(db);
  await addMember(db, otherOperator, otherStaff.id, 'OWNER');
  otherStaffToken = await server.tokenFor(otherStaff.email);
});
afterAll(() => server?.stop());

async function book(lotId: string, spaceId: string, start: Date, end: Date, vehicleId = driver.vehicleId, driverId = driver.id) {
  return insertBookingRow(server.database.db, { driverId, vehicleId, lotId, spaceId, start, end, priceAmount: 600 });
}

/** A mutation's payload, sent as the driver unless told otherwise (failing the test on GraphQL errors). */
async function send<Result extends object, Input>(
  mutation: TypedDocumentString<Result, { input: Input }>,
  input: Input,
  token = driver.token,
): Promise<Result[keyof Result]> {
  return payloadOf(await request(server, mutation, { input }, { as: token }));
}

/** An Operator node's staff actions (null when the viewer may not see them). */
function staffActionsOf(node: ArrivalsAuditQuery['node']) {
  if (!node || !('staffActions' in node)) throw new Error(`expected an Operator, got ${JSON.stringify(node)}`);
  return node.staffActions;
}

async function rowsOf(bookingId: string) {
  const { db } = server.database;
  const [booking] = await db.select().from(bookings).where(eq(bookings.id, bookingId));
  const sessions = await db.select().from(parkingSessions).where(eq(parkingSessions.bookingId, bookingId));
  return { status: booking!.status, sessions: sessions.length };
}

describe('a lot declares how it observes arrival', () => {
  it('new lots take self check-in with a 200 m geofence, and the owner can change it through updateLot', async () => {
    const { db } = server.database;
    const owner = await createUser(db);
    await addMember(db, operatorId, owner.id, 'OWNER');
    const token = await server.tokenFor(owner.email);
    const created = await request(
      server,
      CREATE_LOT,
      {
        input: {
          operatorId: nodeId('Operator', operatorId),
          name: 'Back Yard',
          address: '1 Back Lane',
          location: YARD,
          timeZone: 'Europe/London',
          lotType: 'PRIVATE_YARD',
          currency: 'GBP',
        },
      },
      { as: token },
    );
    expect(created.data!.createLot.lot).toMatchObject({ arrivalObservation: 'SELF_CHECK_IN', geofenceRadiusMeters: 200 });

    const lotId = created.data!.createLot.lot!.id;
    const updated = await request(
      server,
      UPDATE_LOT,
      { input: { lotId, arrivalObservation: 'NONE', geofenceRadiusMeters: 80, checkInPositionRequired: true } },
      { as: token },
    );
    expect(updated.data!.updateLot.lot).toEqual({ arrivalObservation: 'NONE', geofenceRadiusMeters: 80, checkInPositionRequired: true });
    const bad = await request(
      server,
      UPDATE_LOT,
      { input: { lotId, geofenceRadiusMeters: 5 } },
      { as: token },
    );
    expect(bad.data!.updateLot).toEqual({ lot: null, userErrors: [{ code: 'INVALID_INPUT', field: ['input', 'geofenceRadiusMeters'] }] });
  });
});

describe('self check-in and check-out', () => {
  it('checks in within the window near the lot, opens a session on the booked bay, then checks out with the gate charge', async () => {
    const bookingId = await book(yardId, spaceIds[0]!, minutesFromNow(10), minutesFromNow(130));
    const id = nodeId('Booking', bookingId);

    const checkedIn = await send(CHECK_IN, { bookingId: id, position: destination(YARD, 45, 60) });
    expect(checkedIn.userErrors).toEqual([]);
    expect(checkedIn.booking).toEqual({ id, status: 'CHECKED_IN' });
    expect(checkedIn.session).toMatchObject({ kind: 'BOOKING', space: { label: 'Y-1' }, entryGate: { kind: 'SELF_CHECK_IN_POINT' } });
    const lot = await request(server, LOT, { id: nodeId('Lot', yardId) });
    expect(lot.data!.lot!.occupancy.occupied).toBe(1);

    const again = await send(CHECK_IN, { bookingId: id });
    expect(again.userErrors.map((error) => error.code)).toEqual(['WRONG_BOOKING_STATUS']);

    const checkedOut = await send(CHECK_OUT, { bookingId: id });
    expect(checkedOut.userErrors).toEqual([]);
    expect(checkedOut.booking).toMatchObject({ id, status: 'COMPLETED' });
    // left before the booking's end: the locked price, as a gate exit charges
    expect(checkedOut.session!.charge).toEqual({ amount: 600, currency: 'GBP' });
    expect(await rowsOf(bookingId)).toEqual({ status: 'COMPLETED', sessions: 1 });

    const freshness = await request(server, FRESHNESS, { id: nodeId('Lot', yardId) });
    expect(freshness.data!.lot!.dataFreshness).toMatchObject({ source: 'SELF_CHECK_IN', expired: false });
    expect(Date.parse(freshness.data!.lot!.dataFreshness!.reportedAt)).toBeGreaterThan(Date.now() - 5 * MINUTE);
  });

  it('shows how each lot observes arrival in a page of lots (the SQL-planned path)', async () => {
    const { data, errors } = await request(server, LOTS_ARRIVAL, {});
    expect(errors).toBeUndefined();
    const byName = new Map(data!.lots.edges.map((edge) => [edge.node.name, edge.node]));
    expect(byName.get('Gated Lot')).toEqual({ name: 'Gated Lot', arrivalObservation: 'GATE', geofenceRadiusMeters: 200, checkInPositionRequired: false });
    expect(byName.get('Self Check-in Yard')).toMatchObject({ arrivalObservation: 'SELF_CHECK_IN' });
  });

  it('refuses before the early-arrival allowance and after the end, changing nothing', async () => {
    // default early arrival is 15 minutes
    const early = await book(yardId, spaceIds[1]!, minutesFromNow(40), minutesFromNow(100));
    const tooEarly = await send(CHECK_IN, { bookingId: nodeId('Booking', early) });
    expect(tooEarly).toMatchObject({ booking: null, userErrors: [{ code: 'OUTSIDE_CHECK_IN_WINDOW', field: ['input', 'bookingId'] }] });
    expect(await rowsOf(early)).toEqual({ status: 'CONFIRMED', sessions: 0 });

    const ended = await book(yardId, spaceIds[1]!, minutesFromNow(-120), minutesFromNow(-60));
    const tooLate = await send(CHECK_IN, { bookingId: nodeId('Booking', ended) });
    expect(tooLate.userErrors.map((error) => error.code)).toEqual(['OUTSIDE_CHECK_IN_WINDOW']);
    expect(await rowsOf(ended)).toEqual({ status: 'CONFIRMED', sessions: 0 });
  });

  it('refuses a position outside the geofence, and one the lot requires but was not sent', async () => {
    const bookingId = await book(yardId, spaceIds[2]!, minutesFromNow(-5), minutesFromNow(60));
    const far = await send(CHECK_IN, { bookingId: nodeId('Booking', bookingId), position: destination(YARD, 180, 450) });
    expect(far).toMatchObject({ booking: null, userErrors: [{ code: 'OUTSIDE_GEOFENCE', field: ['input', 'position'] }] });
    expect(await rowsOf(bookingId)).toEqual({ status: 'CONFIRMED', sessions: 0 });

    const { db } = server.database;
    await db.update(lots).set({ checkInPositionRequired: true }).where(eq(lots.id, yardId));
    try {
      const missing = await send(CHECK_IN, { bookingId: nodeId('Booking', bookingId) });
      expect(missing.userErrors).toMatchObject([{ code: 'INVALID_INPUT', field: ['input', 'position'] }]);
      expect(await rowsOf(bookingId)).toEqual({ status: 'CONFIRMED', sessions: 0 });
      const near = await send(CHECK_IN, { bookingId: nodeId('Booking', bookingId), position: destination(YARD, 0, 150) });
      expect(near.booking!.status).toBe('CHECKED_IN');
    } finally {
      await db.update(lots).set({ checkInPositionRequired: false }).where(eq(lots.id, yardId));
    }
    const out = await send(CHECK_OUT, { bookingId: nodeId('Booking', bookingId), position: destination(YARD, 270, 1_000) });
    expect(out.userErrors.map((error) => error.code)).toEqual(['OUTSIDE_GEOFENCE']);
    expect(await rowsOf(bookingId)).toEqual({ status: 'CHECKED_IN', sessions: 1 });
    expect((await send(CHECK_OUT, { bookingId: nodeId('Booking', bookingId) })).booking!.status).toBe('COMPLETED');
  });

  it('is not offered at a lot whose gates observe arrival', async () => {
    const bookingId = await book(gatedLotId, gatedSpaceId, minutesFromNow(-5), minutesFromNow(60));
    const refused = await send(CHECK_IN, { bookingId: nodeId('Booking', bookingId) });
    expect(refused).toMatchObject({ booking: null, userErrors: [{ code: 'SELF_CHECK_IN_NOT_OFFERED' }] });
    expect(await rowsOf(bookingId)).toEqual({ status: 'CONFIRMED', sessions: 0 });
  });

  it("treats another driver's booking as not found, and needs a signed-in user", async () => {
    const bookingId = await book(yardId, spaceIds[1]!, minutesFromNow(-5), minutesFromNow(30));
    const stolen = await send(CHECK_IN, { bookingId: nodeId('Booking', bookingId) }, otherToken);
    expect(stolen).toMatchObject({ booking: null, userErrors: [{ code: 'NOT_FOUND', field: ['input', 'bookingId'] }] });
    const byStaff = await send(CHECK_IN, { bookingId: nodeId('Booking', bookingId) }, staffToken);
    expect(byStaff.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
    const anonymous = await request(server, CHECK_IN, { input: { bookingId: nodeId('Booking', bookingId) } });
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(await rowsOf(bookingId)).toEqual({ status: 'CONFIRMED', sessions: 0 });
  });
});

describe('staff resolve what cameras cannot', () => {
  let gateId: string;
  let deviceKey: string;

  beforeAll(async () => {
    const owner = await createUser(server.database.db);
    await addMember(server.database.db, operatorId, owner.id, 'OWNER');
    const registered = await request(
      server,
      REGISTER,
      { lot: nodeId('Lot', yardId) },
      { as: await server.tokenFor(owner.email) },
    );
    gateId = registered.data!.registerGate.gate!.id;
    deviceKey = registered.data!.registerGate.deviceKeySecret!;
  });

  it('admits a booked car the camera sent to REVIEW, then closes its missed exit, each in the audit log', async () => {
    const bookingId = await book(yardId, spaceIds[2]!, minutesFromNow(-10), minutesFromNow(50));
    const read = await request(
      server,
      READ,
      { input: { gateId, plate: 'yd12 arr', confidence: 0.3, readAt: new Date().toISOString() } },
      { as: deviceKey },
    );
    expect(read.data!.reportPlateRead).toMatchObject({ decision: 'REVIEW', reason: 'LOW_CONFIDENCE' });
    const plateReadId = read.data!.reportPlateRead.read!.id;

    const elsewhere = await send(ADMIT, { plateReadId, reason: 'Not ours' }, otherStaffToken);
    expect(elsewhere).toMatchObject({ userErrors: [{ code: 'FORBIDDEN', field: ['input', 'plateReadId'] }] });
    expect(await rowsOf(bookingId)).toEqual({ status: 'CONFIRMED', sessions: 0 });
    expect(await send(ADMIT, { plateReadId, reason: '  ' }, staffToken)).toMatchObject({ userErrors: [{ code: 'INVALID_INPUT', field: ['input', 'reason'] }] });
    expect(await server.database.db.select().from(staffActions)).toEqual([]);

    const admitted = await send(ADMIT, { plateReadId, reason: 'Muddy plate; checked the booking at the intercom' }, staffToken);
    expect(admitted.userErrors).toEqual([]);
    expect(admitted.action).toMatchObject({
      kind: 'ADMIT_VEHICLE',
      reason: 'Muddy plate; checked the booking at the intercom',
      plate: 'YD12ARR',
      gate: { name: 'Yard barrier' },
      plateRead: { decision: 'REVIEW' },
    });
    expect(admitted.session).toMatchObject({ kind: 'BOOKING', booking: { status: 'CHECKED_IN' }, exitedAt: null });
    expect(admitted.action!.session!.id).toBe(admitted.session!.id);

    const notYours = await send(CLOSE, { sessionId: admitted.session!.id, reason: 'Not ours' }, otherStaffToken);
    expect(notYours.userErrors).toEqual([{ code: 'FORBIDDEN', field: ['input', 'sessionId'] }]);
    const beforeEntry = await send(CLOSE, { sessionId: admitted.session!.id, reason: 'x', exitedAt: minutesFromNow(-60).toISOString() }, staffToken);
    expect(beforeEntry.userErrors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'exitedAt'] }]);
    expect(await rowsOf(bookingId)).toEqual({ status: 'CHECKED_IN', sessions: 1 });

    const closed = await send(CLOSE, { sessionId: admitted.session!.id, reason: 'Barrier left open; car gone' }, staffToken);
    expect(closed.userErrors).toEqual([]);
    expect(closed.action).toEqual({ kind: 'CLOSE_SESSION', reason: 'Barrier left open; car gone', plate: 'YD12ARR' });
    expect(closed.session).toMatchObject({ charge: { amount: 600 }, booking: { status: 'COMPLETED' } });
    expect(closed.session!.exitedAt).not.toBeNull();

    const audit = await request(server, AUDIT, { id: nodeId('Operator', operatorId) }, { as: staffToken });
    expect(staffActionsOf(audit.data!.node)!.edges.map((edge) => edge.node)).toEqual([
      { kind: 'CLOSE_SESSION', reason: 'Barrier left open; car gone', plate: 'YD12ARR' },
      { kind: 'ADMIT_VEHICLE', reason: 'Muddy plate; checked the booking at the intercom', plate: 'YD12ARR' },
    ]);
    const hidden = await request(server, AUDIT, { id: nodeId('Operator', operatorId) }, { as: otherStaffToken });
    expect(staffActionsOf(hidden.data!.node)).toBeNull();
    const freshness = await request(server, FRESHNESS, { id: nodeId('Lot', yardId) });
    expect(freshness.data!.lot!.dataFreshness!.source).toBe('STAFF');
  });

  it('admits a walk-in by gate and plate; a read that was not sent to REVIEW cannot be admitted', async () => {
    const admitted = await send(ADMIT, { gateId, plate: 'WK11 INN', reason: 'Delivery driver' }, staffToken);
    expect(admitted.userErrors).toEqual([]);
    expect(admitted.session).toMatchObject({ kind: 'WALK_IN', booking: null });
    const twice = await send(ADMIT, { gateId, plate: 'WK11INN', reason: 'Again' }, staffToken);
    expect(twice.userErrors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'plate'] }]);

    const denied = await request(
      server,
      READ,
      { input: { gateId, plate: 'NO12BKG', confidence: 0.99, readAt: new Date().toISOString() } },
      { as: deviceKey },
    );
    expect(denied.data!.reportPlateRead.decision).toBe('DENY');
    const notReview = await send(ADMIT, { plateReadId: denied.data!.reportPlateRead.read!.id, reason: 'Let them in' }, staffToken);
    expect(notReview.userErrors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'plateReadId'] }]);
  });
});
