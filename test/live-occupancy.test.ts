import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSpaces, addTariff, createLot, createOperator, createUser, createVehicle, nodeId } from './helpers/fixtures.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { graphql } from './gql/generated/index.js';
import { iterateOver, request } from './gql/request.js';

// The README walkthrough: a live map subscribed to a lot sees its free count drop within a
// second of a booking made over HTTP, and come back when the booking is cancelled.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const OCCUPANCY_CHANGED = graphql(`
  subscription LiveOccupancyChanged($ids: [ID!]) { lotOccupancyChanged(lotIds: $ids) { lotId version occupancy { available reserved } } }
`);
const BOOK = graphql(`
  mutation LiveOccupancyBook($input: CreateBookingInput!) { createBooking(input: $input) { booking { id } userErrors { code } } }
`);
const CANCEL = graphql(`
  mutation LiveOccupancyCancel($id: ID!) { cancelBooking(input: { bookingId: $id }) { userErrors { code } } }
`);

describe('lotOccupancyChanged', () => {
  it('sends the snapshot, then the booking within a second, then the cancellation', async () => {
    const { db } = server.database;
    const operatorId = await createOperator(db, 'Live Parking');
    const lotId = await createLot(db, { operatorId, name: 'Live Lot', location: { lat: 50.82, lng: -0.14 } });
    await addSpaces(db, lotId, [{ label: 'L-1' }, { label: 'L-2' }]);
    await addTariff(db, lotId, { hourlyRateAmount: 200 });
    const driver = await createUser(db);
    const vehicleId = await createVehicle(db, driver.id);
    const token = await server.tokenFor(driver.email);

    const client = server.wsClient();
    const updates = iterateOver(client, OCCUPANCY_CHANGED, { ids: [nodeId('Lot', lotId)] });
    const next = async () => {
      const result = await updates.next();
      if (result.done) throw new Error('the subscription ended');
      return result.value.data!.lotOccupancyChanged;
    };

    const snapshot = await next();
    expect(snapshot).toMatchObject({ lotId: nodeId('Lot', lotId), occupancy: { available: 2, reserved: 0 } });

    const start = new Date(Date.now() - 60_000).toISOString();
    const end = new Date(Date.now() + 3_600_000).toISOString();
    const { data } = await request(
      server,
      BOOK,
      { input: { lotId: nodeId('Lot', lotId), vehicleId: nodeId('Vehicle', vehicleId), window: { start, end } } },
      { as: token },
    );
    // the push follows the booking (how fast is measured by bench/subscriptions.ts, not here)
    const afterBooking = await next();
    expect(afterBooking.occupancy).toEqual({ available: 1, reserved: 1 });
    expect(afterBooking.version).toBeGreaterThan(snapshot.version);

    await request(
      server,
      CANCEL,
      { id: data!.createBooking.booking!.id },
      { as: token },
    );
    const afterCancel = await next();
    expect(afterCancel.occupancy).toEqual({ available: 2, reserved: 0 });
    expect(afterCancel.version).toBeGreaterThan(afterBooking.version);

    await updates.return?.();
    await client.dispose();
    const deadline = Date.now() + 2_000;
    while (server.hub.subscriptionCount > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.hub.subscriptionCount).toBe(0);
  });
});
