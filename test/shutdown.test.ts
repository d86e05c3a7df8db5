import pg from 'pg';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, describe, expect, it } from 'vitest';
import { createBooking, demoBookingTarget, rowIdOf, type HttpResult } from './helpers/booking-load.js';
import { killChildServers, startChildServer, stopWithSigterm } from './helpers/child-server.js';
import { createPostgresDatabase, onPostgres } from './helpers/database.js';

afterAll(killChildServers);

const IN_FLIGHT = 4;

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${what}: not within ${timeoutMs} ms`);
}

async function readyzStatus(url: string): Promise<number> {
  return fetch(`${url}/readyz`).then(
    (response) => response.status,
    () => 0, // connection refused: the listener is closed
  );
}

// What a rolling deploy does to a pod: SIGTERM while requests are in flight. The in-flight
// requests are held deterministically, not by timing: each booking's trigger waits for a row
// lock that the test holds on the lot, so they are provably in the server when SIGTERM arrives
// and stay there until the test lets go. That needs a database outside the server's process.
describe.runIf(onPostgres)('SIGTERM (graceful shutdown, on PostgreSQL)', () => {
  it('turns not ready, finishes every in-flight request, closes WebSockets with 1001 and exits 0', async () => {
    const databaseUrl = await createPostgresDatabase();
    const server = await startChildServer({ DATABASE_URL: databaseUrl, SHUTDOWN_DELAY_MS: '300', SEED_DEMO_DATA: 'false' });
    const target = await demoBookingTarget(server.url, { freeSpaces: IN_FLIGHT });
    const lotId = target.lotIds[0]!;
    const lotUuid = rowIdOf(lotId);

    const ws = createClient({ url: `${server.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
    const closed = new Promise<number>((resolve) => ws.on('closed', (event) => resolve((event as { code: number }).code)));
    await new Promise<void>((resolve, reject) => {
      ws.subscribe(
        { query: 'subscription ($ids: [ID!]) { lotOccupancyChanged(lotIds: $ids) { version } }', variables: { ids: [lotId] } },
        { next: () => resolve(), error: reject, complete: () => {} },
      );
    });

    // `admin` holds the lock in a transaction; `observer` watches from outside it (inside a
    // transaction pg_stat_activity is a snapshot taken at its first use)
    const admin = new pg.Client({ connectionString: databaseUrl });
    const observer = new pg.Client({ connectionString: databaseUrl });
    await Promise.all([admin.connect(), observer.connect()]);
    let bookings: Promise<HttpResult[]>;
    try {
      await admin.query('BEGIN');
      await admin.query('SELECT id FROM lots WHERE id = $1 FOR UPDATE', [lotUuid]);
      bookings = Promise.all(Array.from({ length: IN_FLIGHT }, () => createBooking(target, lotId)));
      await waitFor('bookings waiting on the lot lock', async () => {
        const { rows } = await observer.query<{ waiting: number }>(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity
           WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        return rows[0]!.waiting === IN_FLIGHT ? true : undefined;
      });

      const exitCode = stopWithSigterm(server);
      // first not ready while still listening (SHUTDOWN_DELAY_MS), then the listener closes
      await waitFor('/readyz 503', async () => ((await readyzStatus(server.url)) === 503 ? true : undefined));
      await waitFor('listener closed', async () => ((await readyzStatus(server.url)) === 0 ? true : undefined));
      expect(await closed).toBe(1001);
      expect(server.child.exitCode).toBeNull(); // still draining: the bookings are held

      await admin.query('COMMIT');
      const results = await bookings;
      for (const result of results) {
        expect(result.status).toBe(200);
        expect(result.body?.errors).toBeUndefined();
        expect(result.body?.data?.createBooking?.booking?.status).toBe('CONFIRMED');
      }
      expect(await exitCode).toBe(0);
      expect(server.logs.map((entry) => entry.msg)).toContain('stopped');
      const ids = results.map((result) => rowIdOf(result.body!.data!.createBooking!.booking!.id));
      const stored = await observer.query<{ n: number }>("SELECT count(*)::int AS n FROM bookings WHERE id = ANY($1) AND status = 'CONFIRMED'", [ids]);
      expect(stored.rows[0]!.n).toBe(IN_FLIGHT);
    } finally {
      await admin.query('ROLLBACK').catch(() => {});
      await Promise.all([admin.end(), observer.end()]);
      await ws.dispose();
    }
  });
});
