import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBooking, demoBookingTarget, rowIdOf, type BookingTarget, type HttpResult } from './helpers/booking-load.js';
import { killChildServers, startChildServer, type ChildServer } from './helpers/child-server.js';
import { onPostgres } from './helpers/database.js';
import { canStartThrowawayCluster, startThrowawayCluster, type ThrowawayCluster } from './helpers/throwaway-cluster.js';

// A database restart in the middle of a booking load, on a PostgreSQL server of this file's own
// (restarting the shared one would break every other test file running on it). Runs with
// TEST_DATABASE_URL, like the rest of the suite on real PostgreSQL; skipped on PGlite, which
// lives inside the server process and cannot be restarted under it.
const runnable = onPostgres && (await canStartThrowawayCluster());
const WORKERS = 8;
const TWO_HOURS = 2 * 3_600_000;
// what must never reach a client: a stack frame, a driver or SQL message, a file path
const LEAK = /\bat \S+ \(|\.ts:\d+|\.js:\d+|node_modules|stack|ECONN|terminating connection|Failed query|select |insert into/i;

let cluster: ThrowawayCluster;
let server: ChildServer;

beforeAll(async () => {
  if (!runnable) return;
  cluster = await startThrowawayCluster();
  server = await startChildServer({ DATABASE_URL: cluster.databaseUrl, SEED_DEMO_DATA: 'false' });
});
afterAll(async () => {
  killChildServers();
  await cluster?.destroy();
});

interface Observed extends HttpResult {
  phase: 'before' | 'during' | 'after';
}

async function waitUntil(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Polls /readyz and /healthz until stopped; a probe that gets no answer records 0. */
function probeContinuously(url: string) {
  const readiness: number[] = [];
  const liveness: number[] = [];
  let running = true;
  const status = (path: string) => fetch(`${url}${path}`).then((response) => response.status, () => 0);
  const done = (async () => {
    while (running) {
      const [ready, live] = await Promise.all([status('/readyz'), status('/healthz')]);
      readiness.push(ready);
      liveness.push(live);
      // often: a fast restart keeps the server not ready for only a few hundred milliseconds
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  return {
    readiness,
    liveness,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

/** WORKERS clients booking one after another, spread over lots and two-hour windows. */
function bookContinuously(target: BookingTarget) {
  const results: Observed[] = [];
  let phase: Observed['phase'] = 'before';
  let next = 0;
  let running = true;
  const worker = async () => {
    while (running) {
      const n = next++;
      const lotId = target.lotIds[n % target.lotIds.length]!;
      const shift = Math.floor(n / target.lotIds.length) * TWO_HOURS;
      const window = {
        start: new Date(Date.parse(target.window.start) + shift).toISOString(),
        end: new Date(Date.parse(target.window.end) + shift).toISOString(),
      };
      const startedIn = phase;
      results.push({ ...(await createBooking(target, lotId, { window })), phase: startedIn });
    }
  };
  const done = Promise.all(Array.from({ length: WORKERS }, worker));
  return {
    results,
    confirmed: (inPhase?: Observed['phase']) =>
      results.filter((result) => (!inPhase || result.phase === inPhase) && result.body?.data?.createBooking?.booking?.status === 'CONFIRMED'),
    setPhase: (value: Observed['phase']) => (phase = value),
    stop: async () => {
      running = false;
      await done;
    },
  };
}

describe.runIf(runnable)('PostgreSQL restarts during a booking load', () => {
  it('keeps the server up, turns readiness off and on again, loses no confirmed booking and leaks nothing', async () => {
    const target = await demoBookingTarget(server.url);
    expect(target.lotIds.length).toBeGreaterThan(5);
    const probes = probeContinuously(server.url);
    const load = bookContinuously(target);
    try {
      await waitUntil('bookings before the restart', () => load.confirmed('before').length >= 20);

      load.setPhase('during');
      const readinessBefore = probes.readiness.length;
      await cluster.restart();
      await waitUntil('not ready after the restart began', () => probes.readiness.slice(readinessBefore).includes(503));
      await waitUntil('ready again', () => probes.readiness.at(-1) === 200);

      load.setPhase('after');
      await waitUntil('bookings after the restart', () => load.confirmed('after').length >= 20);
    } finally {
      await load.stop();
      await probes.stop();
    }

    // the process never went down: every liveness probe was answered 200
    expect(server.child.exitCode).toBeNull();
    expect(new Set(probes.liveness)).toEqual(new Set([200]));
    expect(probes.readiness.at(-1)).toBe(200);

    // every answer is a well-formed GraphQL response, errors coded, nothing internal in it
    for (const result of load.results) {
      expect(result.status, result.failure ?? result.text).not.toBe(0);
      expect(result.text).not.toMatch(LEAK);
      for (const error of result.body?.errors ?? []) expect(error.extensions?.code, error.message).toEqual(expect.any(String));
    }

    // every booking a client saw CONFIRMED is in the database, CONFIRMED
    const confirmedIds = load.confirmed().map((result) => rowIdOf(result.body!.data!.createBooking!.booking!.id));
    const client = new pg.Client({ connectionString: cluster.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM bookings WHERE id = ANY($1) AND status = 'CONFIRMED'", [
        confirmedIds,
      ]);
      expect(rows[0]!.n).toBe(confirmedIds.length);
    } finally {
      await client.end();
    }
  });
});
