import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookings, parkingSessions } from '../src/db/schema/index.js';
import { startTestServer, type TestServer } from './helpers/server.js';

// The README's automated visit, run as written against a test server. `npm run --silent <cli>`
// is swapped for tsx on the same CLI source: npm would rebuild dist/ for every command.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const script = readme.split('<!-- readme-example: automated-visit -->')[1]!.match(/```sh\n([\s\S]*?)```/)![1]!;
const NPM_SHIM = `npm() { [ "$1" = run ] && [ "$2" = --silent ] && [ "$4" = -- ] || return 99; local cli=$3; shift 4; npx tsx "src/cli/$cli.ts" "$@"; }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

describe("the README's automated visit", () => {
  it('books, opens the entry gate for the booked plate, charges at the exit and completes the booking', async () => {
    const { stdout } = await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', `${NPM_SHIM}\n${script}`], {
      cwd: new URL('..', import.meta.url).pathname,
      env: { ...process.env, PARKWAY_URL: server.url },
      timeout: 120_000,
    });
    const [entry, exit, log] = [...stdout.matchAll(/^\{[\s\S]*?^\}/gm)].map((match) => JSON.parse(match[0]) as { data: any });
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
