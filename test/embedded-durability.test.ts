import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBooking, demoBookingTarget, postGraphQL, type BookingTarget, type HttpResult } from './helpers/booking-load.js';
import { killChildServers, startChildServer, stopWithSigterm, type ChildServer } from './helpers/child-server.js';
import { onPostgres } from './helpers/database.js';
import { removeDataDirs, seededDataDir } from './helpers/embedded-data-dir.js';

// What docs/embedded-database.md promises: a booking the server acknowledged is committed to
// the files (PGlite writes its WAL at commit), so killing the process loses none of them.

afterAll(async () => {
  killChildServers();
  await removeDataDirs();
});

const WORKERS = 4;
const ACKNOWLEDGED_BEFORE_KILL = 40;
const PER_LOT = 10;

/** WORKERS clients booking one after another over the target's lots, until a request gets no answer. */
function streamBookings(target: BookingTarget) {
  const results: HttpResult[] = [];
  let next = 0;
  const worker = async () => {
    for (;;) {
      const n = next++;
      if (n >= target.lotIds.length * PER_LOT) return;
      const result = await createBooking(target, target.lotIds[n % target.lotIds.length]!);
      results.push(result);
      if (result.status === 0) return;
    }
  };
  return {
    results,
    finished: Promise.all(Array.from({ length: WORKERS }, worker)),
    /** Booking ids the server answered with (HTTP 200, a booking in the payload). */
    acknowledged: () => results.flatMap((result) => (result.status === 200 && result.body?.data?.createBooking?.booking?.id) || []),
  };
}

/** Every booking of the demo driver, by id, with its status. */
async function driverBookings(url: string, token: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  let after: string | null = null;
  for (;;) {
    const page = await postGraphQL(
      url,
      `query Mine($after: String) {
        viewer { bookings(first: 100, after: $after) { edges { node { id status } } pageInfo { hasNextPage endCursor } } }
      }`,
      { after },
      token,
    );
    const bookings = (page.body?.data as { viewer: { bookings: BookingPage } } | undefined)?.viewer.bookings;
    if (!bookings) throw new Error(`cannot list bookings: ${page.text}`);
    for (const { node } of bookings.edges) found.set(node.id, node.status);
    if (!bookings.pageInfo.hasNextPage) return found;
    after = bookings.pageInfo.endCursor;
  }
}

interface BookingPage {
  edges: Array<{ node: { id: string; status: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

// a stream from one user: the per-user rate limit is not what this measures
const SERVER_ENV = { RATE_LIMITS: 'false' };

describe.skipIf(onPostgres)('the embedded database after SIGKILL (skipped with TEST_DATABASE_URL: PGlite only)', () => {
  let dataDir: string;
  let server: ChildServer;
  // a snapshot restored and a PGlite server started: minutes on a busy 2-core machine
  beforeAll(async () => {
    dataDir = await seededDataDir('parkway-durability-');
    server = await startChildServer({ ...SERVER_ENV, DATA_DIR: dataDir });
  }, 240_000);

  // a restart replays the killed server's WAL: allow a slow, shared machine its minutes
  it('keeps every booking the server acknowledged before it was killed mid-stream', { timeout: 240_000 }, async () => {
    const target = await demoBookingTarget(server.url, { freeSpaces: PER_LOT });
    expect(target.lotIds.length * PER_LOT).toBeGreaterThan(ACKNOWLEDGED_BEFORE_KILL * 2);

    const stream = streamBookings(target);
    while (stream.acknowledged().length < ACKNOWLEDGED_BEFORE_KILL) {
      if (stream.results.some((result) => result.status !== 200)) throw new Error(`a booking failed: ${stream.results.at(-1)?.text}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    server.child.kill('SIGKILL');
    await server.exited;
    await stream.finished;
    // the stream was cut off by the kill, not finished
    expect(stream.results.filter((result) => result.status === 0)).toHaveLength(WORKERS);
    const acknowledged = stream.acknowledged();
    expect(acknowledged.length).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL);

    const restarted = await startChildServer({ ...SERVER_ENV, DATA_DIR: dataDir });
    const stored = await driverBookings(restarted.url, target.token);
    const missing = acknowledged.filter((id) => stored.get(id) !== 'CONFIRMED');
    expect(missing).toEqual([]);
    expect(await stopWithSigterm(restarted)).toBe(0);
  });
});
