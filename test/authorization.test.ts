import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operators } from '../src/db/schema/index.js';
import {
  cityParkCredentials,
  dataOf,
  describeMutationMatrix,
  postAs,
  SEEDED_PEOPLE,
  type MutationRow,
} from './helpers/authorization-matrix.js';
import { addSpaces, addTariff, createLot, createUser, createVehicle, insertBookingRow, many, nodeId } from './helpers/fixtures.js';
import { startTestServer, type TestServer } from './helpers/server.js';

// Who may do what, cell by cell. Every expectation below is written out from src/domain/policy.ts
// and the SDL descriptions; where the two disagree the SDL wins here and the cell says so.
//
// The object under test is always the driver's: their vehicle, and their booking at a lot of
// CityPark (seeded: ops@citypark.example OWNER, gate@citypark.example STAFF). MetroPark's
// manager is "staff of another operator".

const VIEWERS = [
  'anonymous',
  'driver',
  'otherDriver',
  'staff',
  'otherStaff',
  'owner',
  'admin',
  'partnerKey',
  'lotsWriteKey',
  'revokedKey',
] as const;
type ViewerName = (typeof VIEWERS)[number];

let server: TestServer;
let credentials: Map<ViewerName, string | undefined>;
let driver: { id: string; email: string; displayName: string };
let lotRowId: string;
let spaceRowIds: string[];
let cellCounter = 0;
let otherDriverEmail: string;

beforeAll(async () => {
  server = await startTestServer();
  const db = server.database.db;
  const [citypark] = await db.select().from(operators).where(eq(operators.name, 'CityPark'));
  lotRowId = await createLot(db, { operatorId: citypark!.id, name: 'Authorization Test Lot', location: { lat: 48.2, lng: 16.37 } });
  spaceRowIds = await addSpaces(db, lotRowId, many(30));
  await addTariff(db, lotRowId, { hourlyRateAmount: 200 });

  const user = await createUser(db, { displayName: 'Matrix Driver' });
  driver = { ...user, displayName: 'Matrix Driver' };
  const other = await createUser(db);
  otherDriverEmail = other.email;
  credentials = await cityParkCredentials(server, { driver: driver.email, otherDriver: other.email }, {
    lotsWriteKey: { scopes: ['lots:write'] },
    revokedKey: { scopes: ['bookings:read'], revoked: true },
  });
});
afterAll(() => server?.stop());

const post = (query: string, variables: Record<string, unknown>, viewer: ViewerName) => postAs(server, credentials.get(viewer), query, variables);

/** A fresh vehicle of the driver (each cell acts on its own objects). */
async function driversVehicle(): Promise<string> {
  return createVehicle(server.database.db, driver.id, { nickname: 'Secret name' });
}

/** A fresh CONFIRMED booking of the driver on its own day in 2031, 10:00-12:00 UTC. */
async function driversBooking(): Promise<string> {
  cellCounter += 1;
  const day = new Date(Date.UTC(2031, 2, 1) + cellCounter * 86_400_000);
  return insertBookingRow(server.database.db, {
    driverId: driver.id,
    vehicleId: await driversVehicle(),
    lotId: lotRowId,
    spaceId: spaceRowIds[0]!,
    start: new Date(day.getTime() + 10 * 3_600_000),
    end: new Date(day.getTime() + 12 * 3_600_000),
    priceAmount: 400,
  });
}

// Rows: the mutation. Columns: the viewer. "NOT_FOUND" rather than FORBIDDEN: someone else's
// vehicle or booking must look like one that does not exist.
const MUTATIONS: Array<MutationRow<ViewerName>> = [
  {
    name: 'addVehicle (any signed-in user adds their own)',
    document: `mutation($input: AddVehicleInput!) { addVehicle(input: $input) { vehicle { id } userErrors { code field } } }`,
    objectKey: 'vehicle',
    input: async () => ({ plate: `AZ${(cellCounter += 1)}X${Date.now() % 100000}`, country: 'GB' }),
    expected: {
      anonymous: 'UNAUTHENTICATED',
      driver: 'OK',
      otherDriver: 'OK',
      staff: 'OK',
      otherStaff: 'OK',
      owner: 'OK',
      admin: 'OK',
      partnerKey: 'UNAUTHENTICATED',
      lotsWriteKey: 'UNAUTHENTICATED',
      revokedKey: 'HTTP_401',
    },
  },
  {
    name: "updateVehicle of the driver's vehicle",
    document: `mutation($input: UpdateVehicleInput!) { updateVehicle(input: $input) { vehicle { id } userErrors { code field } } }`,
    objectKey: 'vehicle',
    input: async () => ({ vehicleId: nodeId('Vehicle', await driversVehicle()), nickname: 'Renamed' }),
    expected: {
      anonymous: 'UNAUTHENTICATED',
      driver: 'OK',
      otherDriver: 'NOT_FOUND',
      staff: 'NOT_FOUND',
      otherStaff: 'NOT_FOUND',
      owner: 'NOT_FOUND',
      admin: 'OK', // policy: a driver's account data is the driver's or an admin's
      partnerKey: 'UNAUTHENTICATED',
      lotsWriteKey: 'UNAUTHENTICATED',
      revokedKey: 'HTTP_401',
    },
  },
  {
    name: "removeVehicle of the driver's vehicle",
    document: `mutation($input: RemoveVehicleInput!) { removeVehicle(input: $input) { vehicle { id } userErrors { code field } } }`,
    objectKey: 'vehicle',
    input: async () => ({ vehicleId: nodeId('Vehicle', await driversVehicle()) }),
    expected: {
      anonymous: 'UNAUTHENTICATED',
      driver: 'OK',
      otherDriver: 'NOT_FOUND',
      staff: 'NOT_FOUND',
      otherStaff: 'NOT_FOUND',
      owner: 'NOT_FOUND',
      admin: 'OK',
      partnerKey: 'UNAUTHENTICATED',
      lotsWriteKey: 'UNAUTHENTICATED',
      revokedKey: 'HTTP_401',
    },
  },
  {
    name: "createBooking with the driver's vehicle",
    document: `mutation($input: CreateBookingInput!) { createBooking(input: $input) { booking { id } userErrors { code field } } }`,
    objectKey: 'booking',
    input: async () => {
      cellCounter += 1;
      const day = new Date(Date.UTC(2031, 5, 1) + cellCounter * 86_400_000).toISOString().slice(0, 10);
      return {
        lotId: nodeId('Lot', lotRowId),
        vehicleId: nodeId('Vehicle', await driversVehicle()),
        window: { start: `${day}T10:00:00Z`, end: `${day}T12:00:00Z` },
      };
    },
    expected: {
      anonymous: 'UNAUTHENTICATED',
      driver: 'OK',
      otherDriver: 'NOT_FOUND',
      staff: 'NOT_FOUND',
      otherStaff: 'NOT_FOUND',
      owner: 'NOT_FOUND',
      // SDL: "Books a space for the signed-in driver", vehicleId "one of the driver's vehicles".
      // The admin is not this vehicle's driver; the code books it anyway, with the admin as driver.
      admin: 'NOT_FOUND',
      partnerKey: 'UNAUTHENTICATED',
      lotsWriteKey: 'UNAUTHENTICATED',
      revokedKey: 'HTTP_401',
    },
  },
  {
    name: "cancelBooking of the driver's booking",
    document: `mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { id } userErrors { code field } } }`,
    objectKey: 'booking',
    input: async () => ({ bookingId: nodeId('Booking', await driversBooking()) }),
    expected: {
      anonymous: 'UNAUTHENTICATED',
      driver: 'OK',
      otherDriver: 'NOT_FOUND',
      staff: 'NOT_FOUND', // staff may see the booking, not act on it: still "not found" to act on
      otherStaff: 'NOT_FOUND',
      owner: 'NOT_FOUND',
      admin: 'OK',
      partnerKey: 'UNAUTHENTICATED',
      lotsWriteKey: 'UNAUTHENTICATED',
      revokedKey: 'HTTP_401',
    },
  },
  {
    name: "extendBooking of the driver's booking",
    document: `mutation($input: ExtendBookingInput!) { extendBooking(input: $input) { booking { id } userErrors { code field } } }`,
    objectKey: 'booking',
    input: async () => {
      const bookingId = await driversBooking();
      const day = new Date(Date.UTC(2031, 2, 1) + cellCounter * 86_400_000);
      return { bookingId: nodeId('Booking', bookingId), end: new Date(day.getTime() + 13 * 3_600_000).toISOString() };
    },
    expected: {
      anonymous: 'UNAUTHENTICATED',
      driver: 'OK',
      otherDriver: 'NOT_FOUND',
      staff: 'NOT_FOUND',
      otherStaff: 'NOT_FOUND',
      owner: 'NOT_FOUND',
      admin: 'OK',
      partnerKey: 'UNAUTHENTICATED',
      lotsWriteKey: 'UNAUTHENTICATED',
      revokedKey: 'HTTP_401',
    },
  },
];

describe('createBooking by an admin with a driver\'s vehicle', () => {
  it("never makes a booking whose driver is not the vehicle's driver", async () => {
    const input = await MUTATIONS.find((mutation) => mutation.name.startsWith('createBooking'))!.input();
    const response = await post(
      `mutation($input: CreateBookingInput!) { createBooking(input: $input) { booking { driver { id } vehicle { id } } userErrors { code } } }`,
      { input },
      'admin',
    );
    expect(response.body.errors).toBeUndefined();
    const payload = response.body.data!.createBooking as { booking: { driver: { id: string } } | null; userErrors: Array<{ code: string }> };
    // either refused (the SDL's reading) or booked for the vehicle's own driver; never for the admin
    if (payload.booking) expect(payload.booking.driver.id).toBe(nodeId('User', driver.id));
    else expect(payload.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
  });
});

describeMutationMatrix(VIEWERS, MUTATIONS, post);

// --- fields ----------------------------------------------------------------------------------

/** What a query answers: its data, or HTTP_401 when the request is refused. */
type FieldOutcome = 'HTTP_401' | Record<string, unknown>;

async function query(document: string, variables: Record<string, unknown>, viewer: ViewerName): Promise<FieldOutcome> {
  return dataOf(await post(document, variables, viewer));
}

const SELF: Record<Exclude<ViewerName, 'anonymous' | 'partnerKey' | 'lotsWriteKey' | 'revokedKey'>, () => string> = {
  driver: () => driver.email,
  otherDriver: () => otherDriverEmail,
  staff: () => SEEDED_PEOPLE.staff,
  otherStaff: () => SEEDED_PEOPLE.otherStaff,
  owner: () => SEEDED_PEOPLE.owner,
  admin: () => SEEDED_PEOPLE.admin,
};

describe('viewer', () => {
  const VIEWER = `{ viewer { user { email } } }`;
  it.each(VIEWERS)('as %s', async (viewer) => {
    const expected: Record<ViewerName, FieldOutcome | 'own email'> = {
      anonymous: { viewer: null },
      driver: 'own email',
      otherDriver: 'own email',
      staff: 'own email',
      otherStaff: 'own email',
      owner: 'own email',
      admin: 'own email',
      partnerKey: { viewer: null }, // a key is not a user
      lotsWriteKey: { viewer: null },
      revokedKey: 'HTTP_401',
    };
    const actual = await query(VIEWER, {}, viewer);
    if (expected[viewer] === 'own email') {
      expect(actual).toEqual({ viewer: { user: { email: SELF[viewer as keyof typeof SELF]() } } });
    } else {
      expect(actual).toEqual(expected[viewer]);
    }
  });
});

describe("node(id) of the driver's booking, with Booking.driver and User.email", () => {
  const NODE = `query($id: ID!) { node(id: $id) { __typename ... on Booking { status driver { displayName email } } } }`;
  let bookingId: string;
  beforeAll(async () => {
    bookingId = nodeId('Booking', await driversBooking());
  });

  const visibleWithDriver = () => ({ node: { __typename: 'Booking', status: 'CONFIRMED', driver: { displayName: 'Matrix Driver', email: driver.email } } });
  const visibleWithoutDriver = { node: { __typename: 'Booking', status: 'CONFIRMED', driver: null } };
  const hidden = { node: null };
  const expected: Record<ViewerName, FieldOutcome | 'visible with driver'> = {
    anonymous: hidden,
    driver: 'visible with driver',
    otherDriver: hidden,
    staff: visibleWithoutDriver, // any member of the lot's operator sees its bookings, not who made them
    otherStaff: hidden,
    owner: visibleWithoutDriver,
    admin: 'visible with driver',
    partnerKey: visibleWithoutDriver, // bookings:read key of the lot's operator
    lotsWriteKey: hidden, // a key without bookings:read
    revokedKey: 'HTTP_401',
  };
  it.each(VIEWERS)('as %s', async (viewer) => {
    const want = expected[viewer];
    expect(await query(NODE, { id: bookingId }, viewer)).toEqual(want === 'visible with driver' ? visibleWithDriver() : want);
  });
});

describe('Vehicle.nickname (through node(id) of the vehicle, or of a booking made with it)', () => {
  const VEHICLE = `query($id: ID!) { node(id: $id) { ... on Vehicle { plate nickname } } }`;
  const VIA_BOOKING = `query($id: ID!) { node(id: $id) { ... on Booking { vehicle { plate nickname } } } }`;
  let vehicleId: string;
  let bookingId: string;
  const PLATE = 'NICKMATRIX1';
  beforeAll(async () => {
    const vehicle = await createVehicle(server.database.db, driver.id, { plate: PLATE, nickname: 'Secret name' });
    vehicleId = nodeId('Vehicle', vehicle);
    cellCounter += 1;
    const start = new Date(Date.UTC(2031, 8, 1, 10));
    bookingId = nodeId(
      'Booking',
      await insertBookingRow(server.database.db, {
        driverId: driver.id,
        vehicleId: vehicle,
        lotId: lotRowId,
        spaceId: spaceRowIds[1]!,
        start,
        end: new Date(start.getTime() + 2 * 3_600_000),
      }),
    );
  });

  const named = { plate: PLATE, nickname: 'Secret name' };
  const unnamed = { plate: PLATE, nickname: null };
  const expectedVehicleNode: Record<ViewerName, FieldOutcome> = {
    anonymous: { node: null },
    driver: { node: named },
    otherDriver: { node: null },
    staff: { node: null },
    otherStaff: { node: null },
    owner: { node: null },
    // policy lets an admin load a driver's vehicle; the SDL says the nickname is "visible to its driver only"
    admin: { node: unnamed },
    partnerKey: { node: null },
    lotsWriteKey: { node: null },
    revokedKey: 'HTTP_401',
  };
  const expectedViaBooking: Record<ViewerName, FieldOutcome> = {
    anonymous: { node: null },
    driver: { node: { vehicle: named } },
    otherDriver: { node: null },
    staff: { node: { vehicle: unnamed } },
    otherStaff: { node: null },
    owner: { node: { vehicle: unnamed } },
    admin: { node: { vehicle: unnamed } }, // SDL: "visible to its driver only"
    partnerKey: { node: { vehicle: unnamed } },
    lotsWriteKey: { node: null },
    revokedKey: 'HTTP_401',
  };
  it.each(VIEWERS)('node(vehicle) as %s', async (viewer) => {
    expect(await query(VEHICLE, { id: vehicleId }, viewer)).toEqual(expectedVehicleNode[viewer]);
  });
  it.each(VIEWERS)('node(booking).vehicle as %s', async (viewer) => {
    expect(await query(VIA_BOOKING, { id: bookingId }, viewer)).toEqual(expectedViaBooking[viewer]);
  });
});

describe("node(id) of the driver's User, with User.email", () => {
  const USER = `query($id: ID!) { node(id: $id) { __typename ... on User { displayName email } } }`;
  const self = () => ({ node: { __typename: 'User', displayName: 'Matrix Driver', email: driver.email } });
  const expected: Record<ViewerName, FieldOutcome | 'self'> = {
    anonymous: { node: null },
    driver: 'self',
    otherDriver: { node: null },
    staff: { node: null },
    otherStaff: { node: null },
    owner: { node: null },
    admin: 'self',
    partnerKey: { node: null },
    lotsWriteKey: { node: null },
    revokedKey: 'HTTP_401',
  };
  it.each(VIEWERS)('as %s', async (viewer) => {
    const want = expected[viewer];
    expect(await query(USER, { id: nodeId('User', driver.id) }, viewer)).toEqual(want === 'self' ? self() : want);
  });
});
