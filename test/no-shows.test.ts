import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSpaces, createLot, createOperator, createUser, createVehicle, insertBookingRow, nodeId } from './helpers/fixtures.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { graphql } from './gql/generated/index.js';
import { request } from './gql/request.js';

// The server runs the scheduler itself: a booking nobody arrived for is released on its own.
let server: TestServer;

const BOOKING_STATUS = graphql(`
  query NoShowsBookingStatus($id: ID!) { node(id: $id) { ... on Booking { status } } }
`);
const LOT_OCCUPANCY = graphql(`
  query NoShowsLotOccupancy($id: ID!) { lot(id: $id) { occupancy { reserved available } } }
`);

beforeAll(async () => {
  server = await startTestServer({ scheduler: { intervalMs: 100 } });
});
afterAll(() => server?.stop());

describe('the scheduler inside the server', () => {
  it('marks a booking NO_SHOW once its arrival grace has passed and frees the space', async () => {
    const { db } = server.database;
    const operatorId = await createOperator(db, 'No-show Parking');
    const lotId = await createLot(db, { operatorId, name: 'Grace Lot', location: { lat: 51.75, lng: -1.26 } });
    const [spaceId] = await addSpaces(db, lotId, [{ label: 'G-1' }]);
    const driver = await createUser(db);
    const vehicleId = await createVehicle(db, driver.id);
    const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    // default arrival grace is 30 minutes: started 45 minutes ago and never checked in
    const overdue = await insertBookingRow(db, {
      driverId: driver.id,
      vehicleId,
      lotId,
      spaceId: spaceId!,
      start: minutesAgo(45),
      end: new Date(Date.now() + 60 * 60_000),
    });
    const token = await server.tokenFor(driver.email);

    const statusOf = async () =>
      (
        await request(server, BOOKING_STATUS, { id: nodeId('Booking', overdue) }, { as: token })
      ).data!.node!.status;
    const deadline = Date.now() + 10_000;
    while ((await statusOf()) !== 'NO_SHOW' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await statusOf()).toBe('NO_SHOW');

    const { data } = await request(server, LOT_OCCUPANCY, { id: nodeId('Lot', lotId) });
    expect(data!.lot!.occupancy).toEqual({ reserved: 0, available: 1 });
  });
});
