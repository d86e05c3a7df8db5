import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookings, gates, parkingSessions } from '../src/db/schema/index.js';
import { jsonObjectsIn, runShellExample, shellBlockAfter, shellToolsForExamples } from './helpers/doc-script.js';
import { startTestServer, type TestServer } from './helpers/server.js';

// docs/driver-flow.md's commands, run as written against a test server.
const doc = readFileSync(new URL('../docs/driver-flow.md', import.meta.url), 'utf8');
const script = shellBlockAfter(doc, '<!-- driver-flow: commands -->');

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

describe.skipIf(!shellToolsForExamples())('the driver flow at the gateless yard', () => {
  it('signs up, books, checks in near the yard and checks out, charged the booking price', { timeout: 180_000 }, async () => {
    const [checkIn, checkOut] = jsonObjectsIn(await runShellExample(script, server.url, 170_000));
    expect(checkIn.data.checkIn).toMatchObject({ booking: { status: 'CHECKED_IN' }, userErrors: [] });
    expect(checkOut.data.checkOut).toMatchObject({ booking: { status: 'COMPLETED' }, userErrors: [] });
    expect(checkOut.data.checkOut.session.charge).toEqual(checkOut.data.checkOut.booking.price);

    const { db } = server.database;
    const [session] = await db.select().from(parkingSessions).innerJoin(gates, eq(gates.id, parkingSessions.entryGateId));
    expect(session!.gates).toMatchObject({ kind: 'SELF_CHECK_IN_POINT', name: 'Self check-in' });
    const [booking] = await db.select().from(bookings).where(eq(bookings.id, session!.parking_sessions.bookingId!));
    expect(booking!.status).toBe('COMPLETED');
  });
});
