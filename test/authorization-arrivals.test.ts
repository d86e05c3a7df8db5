import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect } from 'vitest';
import { gates, operators, parkingSessions } from '../src/db/schema/index.js';
import {
  cityParkCredentials,
  describeMutationMatrix,
  postAs,
  type MatrixOutcome,
  type MutationRow,
} from './helpers/authorization-matrix.js';
import { addSpaces, addTariff, createLot, createUser, createVehicle, insertBookingRow, many, nodeId } from './helpers/fixtures.js';
import { startTestServer, type TestServer } from './helpers/server.js';

// Who may check in and out, admit a vehicle and close a stay, cell by cell, written out from
// src/domain/policy.ts (isSelf, canResolveAtGates) and the SDL. The lots are CityPark's (seeded:
// ops@citypark.example OWNER, gate@citypark.example STAFF); MetroPark's manager is staff of another
// operator. checkIn/checkOut: only the booking's driver (anyone else: NOT_FOUND, so booking ids
// cannot be probed). admitVehicle/closeSession: members of the lot's operator and admins; any
// other user FORBIDDEN; API keys UNAUTHENTICATED (a person must be named in the audit log).

const VIEWERS = ['anonymous', 'driver', 'otherDriver', 'staff', 'otherStaff', 'owner', 'admin', 'partnerKey', 'gateKey', 'revokedKey'] as const;
type ViewerName = (typeof VIEWERS)[number];

let server: TestServer;
let credentials: Map<ViewerName, string | undefined>;
let driver: { id: string; email: string };
let selfLot: { id: string; spaces: string[] };
let gatedLot: { id: string; gateId: string };
let sessionLot: { id: string; spaces: string[]; gateId: string };
let counter = 0;

beforeAll(async () => {
  server = await startTestServer();
  const { db } = server.database;
  const [citypark] = await db.select().from(operators).where(eq(operators.name, 'CityPark'));
  const lot = async (name: string, count: number) => {
    const id = await createLot(db, { operatorId: citypark!.id, name, location: { lat: 48.21, lng: 16.37 } });
    const spaces = await addSpaces(db, id, many(count));
    await addTariff(db, id, { hourlyRateAmount: 200 });
    const [gate] = await db.insert(gates).values({ lotId: id, name: `${name} gate`, direction: 'BOTH' }).returning();
    return { id, spaces, gateId: gate!.id };
  };
  selfLot = await lot('Arrivals Matrix Yard', 2 * VIEWERS.length + 5);
  gatedLot = await lot('Arrivals Matrix Gate', VIEWERS.length);
  sessionLot = await lot('Arrivals Matrix Sessions', VIEWERS.length);

  driver = await createUser(db, { displayName: 'Matrix Driver' });
  credentials = await cityParkCredentials(server, { driver: driver.email, otherDriver: (await createUser(db)).email }, {
    gateKey: { scopes: ['gates:write'] },
    revokedKey: { scopes: ['gates:write'], revoked: true },
  });
});
afterAll(() => server?.stop());

const post = (query: string, variables: Record<string, unknown>, viewer: ViewerName) => postAs(server, credentials.get(viewer), query, variables);

/** A CONFIRMED booking of the driver, on its own bay of the self check-in yard, whose window covers now. */
async function bookingForNow(): Promise<string> {
  const { db } = server.database;
  counter += 1;
  return insertBookingRow(db, {
    driverId: driver.id,
    vehicleId: await createVehicle(db, driver.id),
    lotId: selfLot.id,
    spaceId: selfLot.spaces[counter]!,
    start: new Date(Date.now() - 10 * 60_000),
    end: new Date(Date.now() + 50 * 60_000),
    priceAmount: 400,
  });
}

const CHECK_IN = `mutation($input: SelfCheckInput!) { checkIn(input: $input) { booking { id } userErrors { code } } }`;

const DRIVER_ONLY: Record<ViewerName, MatrixOutcome> = {
  anonymous: 'UNAUTHENTICATED',
  driver: 'OK',
  otherDriver: 'NOT_FOUND',
  staff: 'NOT_FOUND',
  otherStaff: 'NOT_FOUND',
  owner: 'NOT_FOUND',
  admin: 'NOT_FOUND', // only the driver is at the lot: an admin cannot check in for them
  partnerKey: 'UNAUTHENTICATED',
  gateKey: 'UNAUTHENTICATED',
  revokedKey: 'HTTP_401',
};

const LOT_STAFF: Record<ViewerName, MatrixOutcome> = {
  anonymous: 'UNAUTHENTICATED',
  driver: 'FORBIDDEN',
  otherDriver: 'FORBIDDEN',
  staff: 'OK',
  otherStaff: 'FORBIDDEN',
  owner: 'OK',
  admin: 'OK',
  partnerKey: 'UNAUTHENTICATED',
  gateKey: 'UNAUTHENTICATED', // a person, not a device, answers for a manual decision
  revokedKey: 'HTTP_401',
};

const MUTATIONS: Array<MutationRow<ViewerName>> = [
  {
    name: "checkIn of the driver's booking",
    document: CHECK_IN,
    objectKey: 'booking',
    input: async () => ({ bookingId: nodeId('Booking', await bookingForNow()) }),
    expected: DRIVER_ONLY,
  },
  {
    name: "checkOut of the driver's checked-in booking",
    document: `mutation($input: SelfCheckInput!) { checkOut(input: $input) { booking { id } userErrors { code } } }`,
    objectKey: 'booking',
    input: async () => {
      const bookingId = nodeId('Booking', await bookingForNow());
      const { body } = await post(CHECK_IN, { input: { bookingId } }, 'driver');
      expect((body.data!.checkIn as { userErrors: unknown[] }).userErrors).toEqual([]);
      return { bookingId };
    },
    expected: DRIVER_ONLY,
  },
  {
    name: 'admitVehicle at a CityPark gate',
    document: `mutation($input: AdmitVehicleInput!) { admitVehicle(input: $input) { action { kind } userErrors { code } } }`,
    objectKey: 'action',
    input: async () => ({ gateId: toGateId(gatedLot.gateId), plate: `AV${(counter += 1)}MTX`, reason: 'Camera misread' }),
    expected: LOT_STAFF,
  },
  {
    name: 'closeSession of a stay at a CityPark lot',
    document: `mutation($input: CloseSessionInput!) { closeSession(input: $input) { action { kind } userErrors { code } } }`,
    objectKey: 'action',
    input: async () => {
      counter += 1;
      const [session] = await server.database.db
        .insert(parkingSessions)
        .values({
          lotId: sessionLot.id,
          spaceId: sessionLot.spaces[counter % sessionLot.spaces.length]!,
          kind: 'WALK_IN',
          plate: `CS${counter}MTX`,
          entryGateId: sessionLot.gateId,
          enteredAt: new Date(Date.now() - 60 * 60_000),
          currency: 'GBP',
        })
        .returning();
      return { sessionId: Buffer.from(`ParkingSession:${session!.id}`).toString('base64url'), reason: 'Exit not read' };
    },
    expected: LOT_STAFF,
  },
];

function toGateId(id: string): string {
  return Buffer.from(`Gate:${id}`).toString('base64url');
}

describeMutationMatrix(VIEWERS, MUTATIONS, post);
