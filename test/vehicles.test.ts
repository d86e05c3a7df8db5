import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vehicles } from '../src/db/schema/index.js';
import {
  addMember,
  addSpaces,
  addTariff,
  at,
  createLot,
  createOperator,
  createUser,
  createVehicle,
  insertBookingRow,
  nodeId,
} from './helpers/fixtures.js';
import { graphql } from './gql/generated/index.js';
import type { AddVehicleInput, RemoveVehicleInput, UpdateVehicleInput, VehiclesAddMutation } from './gql/generated/graphql.js';
import { dataOf, request } from './gql/request.js';
import { startTestServer, type TestServer } from './helpers/server.js';

// A driver's vehicles: plates normalised and unique per driver, private details hidden from
// others, and someone else's vehicle indistinguishable from one that does not exist.

let server: TestServer;

graphql(`
  fragment VehicleFields on Vehicle { id plate country nickname heightCm }
`);
const ADD = graphql(`
  mutation VehiclesAdd($input: AddVehicleInput!) {
    addVehicle(input: $input) { vehicle { ...VehicleFields } userErrors { code message field } }
  }
`);
const UPDATE = graphql(`
  mutation VehiclesUpdate($input: UpdateVehicleInput!) {
    updateVehicle(input: $input) { vehicle { ...VehicleFields } userErrors { code message field } }
  }
`);
const REMOVE = graphql(`
  mutation VehiclesRemove($input: RemoveVehicleInput!) {
    removeVehicle(input: $input) { vehicle { ...VehicleFields } userErrors { code message field } }
  }
`);
const MY_VEHICLES = graphql(`
  query VehiclesOfViewer { viewer { vehicles { ...VehicleFields } } }
`);
const VEHICLE_OF_BOOKING = graphql(`
  query VehiclesOfBooking($id: ID!) { node(id: $id) { ... on Booking { vehicle { ...VehicleFields } } } }
`);
const PLATE_AND_NICKNAME_OF_BOOKING = graphql(`
  query VehiclesNicknameOfBooking($id: ID!) { node(id: $id) { ... on Booking { vehicle { plate nickname } } } }
`);
const VEHICLE_NODE = graphql(`
  query VehiclesNode($id: ID!) { node(id: $id) { __typename ... on Vehicle { plate nickname } } }
`);

type VehiclePayload = VehiclesAddMutation['addVehicle'];

/** A new driver with no vehicles, signed in. */
async function newDriver(): Promise<{ id: string; token: string }> {
  const user = await createUser(server.database.db);
  return { id: user.id, token: await server.tokenFor(user.email) };
}

const add = async (input: AddVehicleInput, token: string) => dataOf(await request(server, ADD, { input }, { as: token })).addVehicle;
const update = async (input: UpdateVehicleInput, token: string) => dataOf(await request(server, UPDATE, { input }, { as: token })).updateVehicle;
const remove = async (input: RemoveVehicleInput, token: string) => dataOf(await request(server, REMOVE, { input }, { as: token })).removeVehicle;

async function myVehicles(token: string) {
  const response = await request(server, MY_VEHICLES, {}, { as: token });
  expect(response.errors).toBeUndefined();
  return response.data!.viewer!.vehicles;
}

function expectUserError(payload: VehiclePayload, code: string, field: string[]): void {
  expect(payload.vehicle).toBeNull();
  expect(payload.userErrors).toEqual([{ code, message: expect.any(String), field }]);
}

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

describe('addVehicle', () => {
  it('normalises the plate and returns the vehicle, which viewer.vehicles then lists', async () => {
    const driver = await newDriver();
    const payload = await add({ plate: 'ma19 xyz', country: 'GB', nickname: 'Blue hatchback', heightCm: 150 }, driver.token);
    expect(payload.userErrors).toEqual([]);
    expect(payload.vehicle).toEqual({ id: expect.any(String), plate: 'MA19XYZ', country: 'GB', nickname: 'Blue hatchback', heightCm: 150 });
    expect(await myVehicles(driver.token)).toEqual([payload.vehicle]);
  });

  it('strips dashes, dots and spaces and upper-cases the country', async () => {
    const driver = await newDriver();
    const payload = await add({ plate: ' ab-12.cd e ', country: 'de' }, driver.token);
    expect(payload.vehicle).toMatchObject({ plate: 'AB12CDE', country: 'DE', nickname: null, heightCm: null });
  });

  it('lists vehicles oldest first', async () => {
    const driver = await newDriver();
    for (const plate of ['FIRST1', 'SECOND2', 'THIRD3']) expect((await add({ plate, country: 'GB' }, driver.token)).userErrors).toEqual([]);
    expect((await myVehicles(driver.token)).map((vehicle) => vehicle.plate)).toEqual(['FIRST1', 'SECOND2', 'THIRD3']);
  });

  it('refuses the same plate again for the same driver in any formatting with DUPLICATE_PLATE', async () => {
    const driver = await newDriver();
    expect((await add({ plate: 'MA19XYZ', country: 'GB' }, driver.token)).userErrors).toEqual([]);
    for (const plate of ['MA19XYZ', 'ma19 xyz', 'Ma19-Xyz', ' m a 1 9 x y z ']) {
      expectUserError(await add({ plate, country: 'GB' }, driver.token), 'DUPLICATE_PLATE', ['input', 'plate']);
    }
    expect(await myVehicles(driver.token)).toHaveLength(1);
  });

  it('lets another driver add a plate someone already has', async () => {
    const first = await newDriver();
    const second = await newDriver();
    expect((await add({ plate: 'SHARED1', country: 'GB' }, first.token)).userErrors).toEqual([]);
    const payload = await add({ plate: 'shared 1', country: 'GB' }, second.token);
    expect(payload.userErrors).toEqual([]);
    expect(payload.vehicle?.plate).toBe('SHARED1');
    expect(await myVehicles(first.token)).toHaveLength(1);
    expect(await myVehicles(second.token)).toHaveLength(1);
  });

  it.each([
    ['a plate with no letters or digits', { plate: '-- --' }, ['input', 'plate']],
    ['a one-character plate', { plate: 'A' }, ['input', 'plate']],
    ['a plate of 13 characters', { plate: 'ABCDEFGHJKLMN' }, ['input', 'plate']],
    ['a three-letter country', { country: 'GBR' }, ['input', 'country']],
    ['a country with a digit', { country: 'G1' }, ['input', 'country']],
    ['an empty country', { country: '' }, ['input', 'country']],
    ['height 0', { heightCm: 0 }, ['input', 'heightCm']],
    ['a negative height', { heightCm: -150 }, ['input', 'heightCm']],
    ['height 1001', { heightCm: 1001 }, ['input', 'heightCm']],
    ['a 61-character nickname', { nickname: 'n'.repeat(61) }, ['input', 'nickname']],
  ])('refuses %s with INVALID_INPUT and adds nothing', async (_name, change, field) => {
    const driver = await newDriver();
    expectUserError(await add({ plate: 'OK12ABC', country: 'GB', ...change }, driver.token), 'INVALID_INPUT', field);
    expect(await myVehicles(driver.token)).toEqual([]);
  });

  it('accepts the boundary values: a 2- and a 12-character plate, heights 1 and 1000, a 60-character nickname', async () => {
    const driver = await newDriver();
    expect((await add({ plate: 'A1', country: 'GB', heightCm: 1 }, driver.token)).userErrors).toEqual([]);
    expect((await add({ plate: 'ABCDEFGHJKLM', country: 'GB', heightCm: 1000, nickname: 'n'.repeat(60) }, driver.token)).userErrors).toEqual(
      [],
    );
  });
});

describe('updateVehicle', () => {
  it('renames a vehicle and sets its height; omitted fields stay as they are', async () => {
    const driver = await newDriver();
    const { vehicle } = await add({ plate: 'UP1 ABC', country: 'GB', nickname: 'Old name' }, driver.token);
    const renamed = await update({ vehicleId: vehicle!.id, nickname: 'New name' }, driver.token);
    expect(renamed).toEqual({ vehicle: { ...vehicle!, nickname: 'New name' }, userErrors: [] });
    const heightened = await update({ vehicleId: vehicle!.id, heightCm: 198 }, driver.token);
    expect(heightened.vehicle).toEqual({ ...vehicle!, nickname: 'New name', heightCm: 198 });
    expect(await myVehicles(driver.token)).toEqual([{ ...vehicle!, nickname: 'New name', heightCm: 198 }]);
  });

  it('clears a field set to null', async () => {
    const driver = await newDriver();
    const { vehicle } = await add({ plate: 'CLR1', country: 'GB', nickname: 'Name', heightCm: 180 }, driver.token);
    const cleared = await update({ vehicleId: vehicle!.id, nickname: null, heightCm: null }, driver.token);
    expect(cleared.vehicle).toMatchObject({ nickname: null, heightCm: null });
  });

  it('refuses a bad height or nickname with INVALID_INPUT and changes nothing', async () => {
    const driver = await newDriver();
    const { vehicle } = await add({ plate: 'INV1', country: 'GB', nickname: 'Keep', heightCm: 170 }, driver.token);
    expectUserError(await update({ vehicleId: vehicle!.id, heightCm: 0 }, driver.token), 'INVALID_INPUT', ['input', 'heightCm']);
    expectUserError(await update({ vehicleId: vehicle!.id, nickname: 'x'.repeat(61) }, driver.token), 'INVALID_INPUT', [
      'input',
      'nickname',
    ]);
    expect(await myVehicles(driver.token)).toEqual([vehicle]);
  });

  it("answers NOT_FOUND for another driver's vehicle (not FORBIDDEN) and leaves it unchanged", async () => {
    const owner = await newDriver();
    const other = await newDriver();
    const { vehicle } = await add({ plate: 'MINE1', country: 'GB', nickname: 'Mine' }, owner.token);
    expectUserError(await update({ vehicleId: vehicle!.id, nickname: 'Stolen' }, other.token), 'NOT_FOUND', ['input', 'vehicleId']);
    // the same answer as for an id that does not exist, so ids cannot be probed
    const unknown = await update({ vehicleId: nodeId('Vehicle', '00000000-0000-4000-8000-000000000000'), nickname: 'x' }, other.token);
    expectUserError(unknown, 'NOT_FOUND', ['input', 'vehicleId']);
    expect((await update({ vehicleId: vehicle!.id, nickname: 'Stolen' }, other.token)).userErrors[0]!.message).toBe(
      unknown.userErrors[0]!.message,
    );
    expect(await myVehicles(owner.token)).toEqual([vehicle]);
  });

  it('answers NOT_FOUND for a removed vehicle', async () => {
    const driver = await newDriver();
    const { vehicle } = await add({ plate: 'GONE1', country: 'GB' }, driver.token);
    expect((await remove({ vehicleId: vehicle!.id }, driver.token)).userErrors).toEqual([]);
    expectUserError(await update({ vehicleId: vehicle!.id, nickname: 'x' }, driver.token), 'NOT_FOUND', ['input', 'vehicleId']);
  });
});

describe('removeVehicle', () => {
  it('hides the vehicle from viewer.vehicles, and the plate can be added again', async () => {
    const driver = await newDriver();
    const kept = (await add({ plate: 'KEEP1', country: 'GB' }, driver.token)).vehicle!;
    const { vehicle } = await add({ plate: 'RM19 ABC', country: 'GB' }, driver.token);
    const removed = await remove({ vehicleId: vehicle!.id }, driver.token);
    expect(removed.userErrors).toEqual([]);
    expect(removed.vehicle).toMatchObject({ id: vehicle!.id, plate: 'RM19ABC' });
    expect(await myVehicles(driver.token)).toEqual([kept]);

    const again = await add({ plate: 'rm19abc', country: 'GB' }, driver.token);
    expect(again.userErrors).toEqual([]);
    expect(again.vehicle!.id).not.toBe(vehicle!.id);
    expect((await myVehicles(driver.token)).map((v) => v.plate)).toEqual(['KEEP1', 'RM19ABC']);
  });

  it('answers NOT_FOUND when removing twice', async () => {
    const driver = await newDriver();
    const { vehicle } = await add({ plate: 'TWICE1', country: 'GB' }, driver.token);
    expect((await remove({ vehicleId: vehicle!.id }, driver.token)).userErrors).toEqual([]);
    expectUserError(await remove({ vehicleId: vehicle!.id }, driver.token), 'NOT_FOUND', ['input', 'vehicleId']);
  });

  it("answers NOT_FOUND for another driver's vehicle and keeps it", async () => {
    const owner = await newDriver();
    const other = await newDriver();
    const { vehicle } = await add({ plate: 'NOTYOURS', country: 'GB' }, owner.token);
    expectUserError(await remove({ vehicleId: vehicle!.id }, other.token), 'NOT_FOUND', ['input', 'vehicleId']);
    expect(await myVehicles(owner.token)).toEqual([vehicle]);
    const [row] = await server.database.db.select().from(vehicles).where(eq(vehicles.id, Buffer.from(vehicle!.id, 'base64url').toString().split(':')[1]!));
    expect(row!.removedAt).toBeNull();
  });

  it('keeps showing the vehicle on bookings made with it', async () => {
    const db = server.database.db;
    const driver = await newDriver();
    const vehicleId = await createVehicle(db, driver.id, { plate: 'BOOKED1', nickname: 'Booked car' });
    const operatorId = await createOperator(db, 'Vehicle Test Parking');
    const lotId = await createLot(db, { operatorId, name: 'Vehicle Test Lot', location: { lat: 40.0, lng: -3.7 } });
    const [spaceId] = await addSpaces(db, lotId, [{}]);
    const bookingId = await insertBookingRow(db, {
      driverId: driver.id,
      vehicleId,
      lotId,
      spaceId: spaceId!,
      start: at('2031-02-03T10:00:00Z'),
      end: at('2031-02-03T12:00:00Z'),
    });
    expect((await remove({ vehicleId: nodeId('Vehicle', vehicleId) }, driver.token)).userErrors).toEqual([]);
    const response = await request(server, VEHICLE_OF_BOOKING, { id: nodeId('Booking', bookingId) }, { as: driver.token });
    expect(response.errors).toBeUndefined();
    expect(response.data!.node).toMatchObject({ vehicle: { id: nodeId('Vehicle', vehicleId), plate: 'BOOKED1' } });
  });
});

describe('ids and visibility', () => {
  it.each([
    ['not base64 of anything we issue', 'not-an-id'],
    ['an id of another type', nodeId('Lot', '00000000-0000-4000-8000-000000000000')],
    ['a type with a bad uuid', nodeId('Vehicle', '1234')],
  ])('answers a malformed vehicle id (%s) with a BAD_USER_INPUT GraphQL error', async (_name, vehicleId) => {
    const driver = await newDriver();
    for (const result of [
      await request(server, UPDATE, { input: { vehicleId, nickname: 'x' } }, { as: driver.token }),
      await request(server, REMOVE, { input: { vehicleId } }, { as: driver.token }),
    ]) {
      expect(result.errors, JSON.stringify(result)).toHaveLength(1);
      expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.vehicleId' });
      expect(result.data ?? null).toBeNull();
    }
  });

  it('shows Vehicle.nickname to its driver only; operator staff see the plate of a booked vehicle but not its nickname', async () => {
    const db = server.database.db;
    const driver = await newDriver();
    const vehicleId = await createVehicle(db, driver.id, { plate: 'NICK1', nickname: 'Secret name' });
    const operatorId = await createOperator(db, 'Nickname Parking');
    const staff = await createUser(db);
    await addMember(db, operatorId, staff.id, 'STAFF');
    const lotId = await createLot(db, { operatorId, name: 'Nickname Lot', location: { lat: 40.1, lng: -3.7 } });
    const [spaceId] = await addSpaces(db, lotId, [{}]);
    const bookingId = await insertBookingRow(db, {
      driverId: driver.id,
      vehicleId,
      lotId,
      spaceId: spaceId!,
      start: at('2031-02-04T10:00:00Z'),
      end: at('2031-02-04T12:00:00Z'),
    });
    const asDriver = await request(server, PLATE_AND_NICKNAME_OF_BOOKING, { id: nodeId('Booking', bookingId) }, { as: driver.token });
    expect(asDriver.data!.node).toEqual({ vehicle: { plate: 'NICK1', nickname: 'Secret name' } });
    const asStaff = await request(
      server,
      PLATE_AND_NICKNAME_OF_BOOKING,
      { id: nodeId('Booking', bookingId) },
      { as: await server.tokenFor(staff.email) },
    );
    expect(asStaff.errors).toBeUndefined();
    expect(asStaff.data!.node).toEqual({ vehicle: { plate: 'NICK1', nickname: null } });
  });

  it("answers node(id) of a vehicle for its driver, and null for another driver and anonymous", async () => {
    const driver = await newDriver();
    const other = await newDriver();
    const { vehicle } = await add({ plate: 'NODE1', country: 'GB', nickname: 'Mine' }, driver.token);
    const mine = await request(server, VEHICLE_NODE, { id: vehicle!.id }, { as: driver.token });
    expect(mine.data!.node).toEqual({ __typename: 'Vehicle', plate: 'NODE1', nickname: 'Mine' });
    const theirs = await request(server, VEHICLE_NODE, { id: vehicle!.id }, { as: other.token });
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!.node).toBeNull();
    const anonymous = await request(server, VEHICLE_NODE, { id: vehicle!.id });
    expect(anonymous.data!.node).toBeNull();
  });

  it('answers UNAUTHENTICATED to anonymous vehicle mutations', async () => {
    const driver = await newDriver();
    const { vehicle } = await add({ plate: 'ANON1', country: 'GB' }, driver.token);
    for (const response of [
      await request(server, ADD, { input: { plate: 'ANON2', country: 'GB' } }),
      await request(server, UPDATE, { input: { vehicleId: vehicle!.id, nickname: 'x' } }),
      await request(server, REMOVE, { input: { vehicleId: vehicle!.id } }),
    ]) {
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(await myVehicles(driver.token)).toEqual([vehicle]);
  });
});

// Seeded driver keeps their two vehicles whatever these tests do to fresh drivers.
describe('the demo driver', () => {
  it('has the two seeded vehicles, plates normalised', async () => {
    const token = await server.tokenFor('driver@parkway.dev');
    expect((await myVehicles(token)).map((vehicle) => [vehicle.plate, vehicle.nickname])).toEqual([
      ['MA19XYZ', 'Blue hatchback'],
      ['LV70VAN', 'Work van'],
    ]);
  });
});
