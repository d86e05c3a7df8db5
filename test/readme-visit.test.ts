import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookings, parkingSessions } from '../src/db/schema/index.js';
import { jsonObjectsIn, runShellExample, shellBlockAfter } from './helpers/doc-script.js';
import { startTestServer, type TestServer } from './helpers/server.js';

// The API guide's automated visit (docs/api-guide.md), run as written against a test server. `npm run --silent <cli>`
// is swapped for tsx on the same CLI source: npm would rebuild dist/ for every command.
const guide = readFileSync(new URL('../docs/api-guide.md', import.meta.url), 'utf8');
const script = shellBlockAfter(guide, '<!-- readme-example: automated-visit -->');

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

describe("the API guide's automated visit", () => {
  // eleven CLI processes, each a tsx start-up: on a busy 2-core machine this outlasts the default timeout
  it('books, opens the entry gate for the booked plate, charges at the exit and completes the booking', { timeout: 300_000 }, async () => {
    const [entry, exit, log] = jsonObjectsIn<{ data: any }>(await runShellExample(script, server.url, 290_000));
    expect(entry!.data.reportPlateRead).toMatchObject({ decision: 'OPEN', reason: 'BOOKING', read: { booking: { status: 'CHECKED_IN' } } });
    expect(exit!.data.reportPlateRead).toMatchObject({ decision: 'OPEN', reason: 'EXIT', read: { booking: { status: 'COMPLETED' } } });
    expect(exit!.data.reportPlateRead.read.session.charge.amount).toBeGreaterThan(0);
    expect(log!.data.node.plateReads.edges.map((edge: { node: { reason: string } }) => edge.node.reason)).toEqual(['EXIT', 'BOOKING']);

    const sessions = await server.database.db.select().from(parkingSessions);
    expect(sessions).toHaveLength(1);
    const [booking] = await server.database.db.select().from(bookings).where(eq(bookings.id, sessions[0]!.bookingId!));
    expect(booking!.status).toBe('COMPLETED');
    expect(sessions[0]!.chargeAmount).toBe(booking!.priceAmount);
  });
});
