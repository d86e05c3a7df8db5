import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lots, spaces } from '../src/db/schema/index.js';
import { addSpaces, createLot, createOperator, createUser, createVehicle, insertBookingRow, nodeId } from './helpers/fixtures.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { graphql } from './gql/generated/index.js';
import { request } from './gql/request.js';

// The no-show sweep, run by the server's own scheduler, only releases bookings at lots that can
// observe arrival; a booking at a lot that cannot is completed at its end instead.

const MINUTE = 60_000;
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * MINUTE);

let server: TestServer;
let driver: { id: string; email: string; token: string };
let operatorId: string;

beforeAll(async () => {
  server = await startTestServer({ scheduler: { intervalMs: 100 } });
  const { db } = server.database;
  operatorId = await createOperator(db, 'Sweep Parking');
  const user = await createUser(db);
  driver = { ...user, token: await server.tokenFor(user.email) };
});
afterAll(() => server?.stop());

async function lotObservedBy(arrivalObservation: 'GATE' | 'NONE' | 'SENSOR', labels: string[]) {
  const { db } = server.database;
  const lotId = await createLot(db, { operatorId, name: `${arrivalObservation} lot`, location: { lat: 52.2, lng: 0.12 } });
  await db.update(lots).set({ arrivalObservation }).where(eq(lots.id, lotId));
  return { lotId, spaceIds: await addSpaces(db, lotId, labels.map((label) => ({ label }))) };
}

async function booking(lotId: string, spaceId: string, start: Date, end: Date): Promise<string> {
  const { db } = server.database;
  return insertBookingRow(db, { driverId: driver.id, vehicleId: await createVehicle(db, driver.id), lotId, spaceId, start, end });
}

const BOOKING_STATUS = graphql(`
  query ArrivalsSweepBookingStatus($id: ID!) { node(id: $id) { ... on Booking { status } } }
`);

async function statusOf(bookingId: string): Promise<string> {
  const { data } = await request(server, BOOKING_STATUS, { id: nodeId('Booking', bookingId) }, { as: driver.token });
  const node = data!.node!;
  return 'status' in node ? node.status : '';
}

async function untilStatus(bookingId: string, status: string): Promise<string> {
  const deadline = Date.now() + 15_000;
  let current = await statusOf(bookingId);
  while (current !== status && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    current = await statusOf(bookingId);
  }
  return current;
}

describe('the sweep and how a lot observes arrival', () => {
  it('still marks NO_SHOW at a GATE lot, leaves a NONE lot alone, and completes the NONE booking once it ends', async () => {
    const gated = await lotObservedBy('GATE', ['G-1']);
    const unobserved = await lotObservedBy('NONE', ['N-1', 'N-2']);
    // both started 45 minutes ago (arrival grace: 30) and run another hour
    const atGate = await booking(gated.lotId, gated.spaceIds[0]!, minutesAgo(45), minutesAgo(-60));
    const running = await booking(unobserved.lotId, unobserved.spaceIds[0]!, minutesAgo(45), minutesAgo(-60));
    const ended = await booking(unobserved.lotId, unobserved.spaceIds[1]!, minutesAgo(180), minutesAgo(10));

    expect(await untilStatus(atGate, 'NO_SHOW')).toBe('NO_SHOW');
    expect(await untilStatus(ended, 'COMPLETED')).toBe('COMPLETED');
    // the sweeps that released the gate lot's booking and completed the ended one passed this one by
    expect(await statusOf(running)).toBe('CONFIRMED');
  });

  it('at a SENSOR lot, counts a car the bay sensor saw as arrived and completes its booking at the end', async () => {
    const { db } = server.database;
    const sensed = await lotObservedBy('SENSOR', ['S-1', 'S-2', 'S-3']);
    // the sensors first, so no sweep sees these bookings before them
    await db.update(spaces).set({ sensorStatus: 'OCCUPIED', sensorObservedAt: minutesAgo(40) }).where(eq(spaces.id, sensed.spaceIds[0]!));
    await db.update(spaces).set({ sensorStatus: 'OCCUPIED', sensorObservedAt: minutesAgo(170) }).where(eq(spaces.id, sensed.spaceIds[2]!));
    const seen = await booking(sensed.lotId, sensed.spaceIds[0]!, minutesAgo(45), minutesAgo(-60));
    const unseen = await booking(sensed.lotId, sensed.spaceIds[1]!, minutesAgo(45), minutesAgo(-60));
    const seenAndEnded = await booking(sensed.lotId, sensed.spaceIds[2]!, minutesAgo(180), minutesAgo(10));

    expect(await untilStatus(unseen, 'NO_SHOW')).toBe('NO_SHOW');
    expect(await untilStatus(seenAndEnded, 'COMPLETED')).toBe('COMPLETED');
    expect(await statusOf(seen)).toBe('CONFIRMED');
  });
});
