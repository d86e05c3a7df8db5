import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSpaces, createLot, createOperator, globalId } from './helpers/fixtures.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { subscribe } from './helpers/subscriptions.js';

// The viewport's index test compares float4 envelopes, so it admits a lot a hair outside the
// box; the hub sends updates only for lots inside it. The snapshot must follow the same rule, or
// a map shows such a lot once and it never moves again.
describe('lotOccupancyChanged by bounds at the edge of the viewport', () => {
  let server: TestServer;
  let inside: string;
  let justOutside: string;

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.database.db;
    const operatorId = await createOperator(db, 'Edge Parking');
    inside = await createLot(db, { operatorId, name: 'Inside', location: { lat: 12.4999, lng: 30.5 } });
    justOutside = await createLot(db, { operatorId, name: 'A hair north', location: { lat: 12.5000004, lng: 30.5 } });
    await addSpaces(db, inside, [{}]);
    await addSpaces(db, justOutside, [{}]);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('leaves out of the snapshot a lot the updates would leave out', async () => {
    const live = subscribe<{ lotOccupancyChanged: { lotId: string } }>(
      server.wsClient(),
      `subscription ($bounds: BoundsInput) { lotOccupancyChanged(bounds: $bounds) { lotId } }`,
      { bounds: { south: 12.4, north: 12.5, west: 30.4, east: 30.6 } },
    );
    await live.next((message) => message.lotOccupancyChanged.lotId === globalId('Lot', inside), 5_000, 'the lot inside');
    const later = await live.during(500);
    live.dispose();
    expect([...live.messages, ...later].map((message) => message.lotOccupancyChanged.lotId)).not.toContain(globalId('Lot', justOutside));
  });
});
