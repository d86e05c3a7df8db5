import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plateReads } from '../src/db/schema/index.js';
import { graphql } from './gql/generated/index.js';
import { request } from './gql/request.js';
import { addMember, addSpaces, addTariff, createLot, createOperator, createUser, globalId } from './helpers/fixtures.js';
import { startTestServer, type TestServer } from './helpers/server.js';

// A driver writes a plate in one alphabet and the camera reads it in another: Cyrillic and Greek
// letters drawn like Latin ones are folded before comparing, and the read is logged as sent.

const MINUTE = 60_000;

const REGISTER_GATE = graphql(`mutation PlatesRegisterGate($input: RegisterGateInput!) {
  registerGate(input: $input) { gate { id } deviceKeySecret userErrors { code } }
}`);
const ADD_VEHICLE = graphql(`mutation PlatesAddVehicle($input: AddVehicleInput!) {
  addVehicle(input: $input) { vehicle { id plate } userErrors { code message } }
}`);
const CREATE_BOOKING = graphql(`mutation PlatesCreateBooking($input: CreateBookingInput!) {
  createBooking(input: $input) { booking { id status } userErrors { code message } }
}`);
const READ = graphql(`mutation PlatesRead($input: PlateReadInput!) {
  reportPlateRead(input: $input) {
    decision reason
    read { id plate rawPlate booking { id status } }
    userErrors { code message }
  }
}`);

describe('plates in two alphabets, through the gate', () => {
  let server: TestServer;
  let lotId: string;
  let gate: { id: string; key: string };

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.database.db;
    const operatorId = await createOperator(db, 'Two Alphabets Parking');
    lotId = await createLot(db, { operatorId, name: 'Alphabet Yard', location: { lat: 50.45, lng: 30.52 } });
    await addSpaces(db, lotId, [{ label: 'K1' }, { label: 'K2' }]);
    await addTariff(db, lotId, { hourlyRateAmount: 200 });
    const manager = await createUser(db);
    await addMember(db, operatorId, manager.id, 'MANAGER');
    const registered = await request(
      server,
      REGISTER_GATE,
      { input: { lotId: globalId('Lot', lotId), name: 'Entry', direction: 'ENTRY' } },
      { as: await server.tokenFor(manager.email) },
    );
    expect(registered.data?.registerGate.userErrors).toEqual([]);
    gate = { id: registered.data!.registerGate.gate!.id, key: registered.data!.registerGate.deviceKeySecret! };
  });
  afterAll(() => server?.stop());

  /** A new driver registers `plate` over HTTP and books the lot from 5 minutes from now for an hour. */
  async function bookWithPlate(plate: string): Promise<{ vehiclePlate: string; bookingId: string }> {
    const driver = await createUser(server.database.db);
    const as = await server.tokenFor(driver.email);
    const added = await request(
      server,
      ADD_VEHICLE,
      { input: { plate, country: 'UA' } },
      { as },
    );
    expect(added.data?.addVehicle.userErrors).toEqual([]);
    const start = new Date(Date.now() + 5 * MINUTE);
    const booked = await request(
      server,
      CREATE_BOOKING,
      {
        input: {
          lotId: globalId('Lot', lotId),
          vehicleId: added.data!.addVehicle.vehicle!.id,
          window: { start: start.toISOString(), end: new Date(start.getTime() + 60 * MINUTE).toISOString() },
        },
      },
      { as },
    );
    expect(booked.data?.createBooking.userErrors).toEqual([]);
    return { vehiclePlate: added.data!.addVehicle.vehicle!.plate, bookingId: booked.data!.createBooking.booking!.id };
  }

  const read = (plate: string) =>
    request(server, READ, { input: { gateId: gate.id, plate, confidence: 0.97, readAt: new Date().toISOString() } }, { as: gate.key });

  it('opens for a booking made with a Latin plate when the camera reads it in Cyrillic, and logs the read as sent', async () => {
    const { vehiclePlate, bookingId } = await bookWithPlate('AK 4512 XP');
    expect(vehiclePlate).toBe('AK4512XP');

    const cyrillic = 'АК 4512 ХР';
    const response = await read(cyrillic);
    expect(response.errors).toBeUndefined();
    expect(response.data!.reportPlateRead).toMatchObject({
      decision: 'OPEN',
      reason: 'BOOKING',
      read: { plate: 'AK4512XP', rawPlate: cyrillic, booking: { id: bookingId, status: 'CHECKED_IN' } },
      userErrors: [],
    });
    const logged = await server.database.db.select().from(plateReads).where(eq(plateReads.rawPlate, cyrillic));
    expect(logged.map(({ plate, rawPlate }) => ({ plate, rawPlate }))).toEqual([{ plate: 'AK4512XP', rawPlate: cyrillic }]);
  });

  it('opens for a plate the driver typed in Greek when the camera reads it in Latin', async () => {
    const { vehiclePlate, bookingId } = await bookWithPlate('ΙΚΝ-1234');
    expect(vehiclePlate).toBe('IKN1234');
    const response = await read('IKN 1234');
    expect(response.data!.reportPlateRead).toMatchObject({
      decision: 'OPEN',
      reason: 'BOOKING',
      read: { plate: 'IKN1234', rawPlate: 'IKN 1234', booking: { id: bookingId } },
    });
  });
});
