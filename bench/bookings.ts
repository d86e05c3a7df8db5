/**
 * Bookings benchmark: uncontended `createBooking` throughput through the real server, then a
 * contention run (many drivers, few spaces) that checks nobody was double-booked.
 *
 *   npx tsx bench/bookings.ts --url postgres://postgres@127.0.0.1:5432/parkway_bench [--duration 10] [--connections 16]
 *
 * 1. Creates (in SQL, idempotently) `--drivers` bench drivers with one vehicle each (no height, so
 *    every lot takes them) and signs a development token for each (`signDevelopmentToken`, the
 *    default development auth config). Deletes the bench drivers' bookings left by an earlier run.
 * 2. Starts the server in this process (`startServer`, production mode, no scheduler, port 0).
 * 3. Uncontended: forks bench/lib/booking-load-runner.mjs (autocannon, `connections` keep-alive
 *    connections). Request n books lot n % L for a one-hour window a year ahead, shifted by an hour
 *    every L requests (L = the dataset's lots without opening hours or blackouts), as driver
 *    n % drivers: no two requests ask for the same lot and window, so each one should succeed.
 *    A warm-up run first. Reports req/s, p50/p95/p99 and the share of successes.
 * 4. Contention: one lot, a 2-hour window; all but 5 of its in-service STANDARD spaces are taken
 *    by bookings inserted in SQL, then `--contention` (200) drivers call createBooking for that lot
 *    and window at once (concurrent fetches from this process, one per driver). Counts successes
 *    (must be exactly 5), NOT_AVAILABLE answers, other user errors and GraphQL errors (must be 0),
 *    and checks in SQL that no two live bookings of one space overlap anywhere (must be 0) and
 *    that the lot holds exactly 5 bench bookings in the window.
 * 5. Deletes the bench drivers' bookings again (the drivers and vehicles stay).
 *
 * Prints a JSON object (last line of stdout, and `--out`) and a markdown table row. Exits 1 when a
 * contention invariant fails or an uncontended request failed (non-2xx, socket error, timeout,
 * GraphQL error).
 */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { readOptions } from './lib/args.js';
import { benchServerOptions, executionModeOf } from './lib/server-options.js';
import { cpuBusy, runInChildProcess } from './lib/measure.js';

// before the app's modules load: express, Apollo and graphql-js read NODE_ENV
process.env.NODE_ENV ??= 'production';

const options = readOptions(
  {
    url: { default: process.env.DATABASE_URL, help: 'PostgreSQL URL of a database loaded by bench/dataset.ts' },
    duration: { default: '10', number: true, help: 'seconds measured (uncontended run)' },
    warmup: { default: '2', number: true, help: 'seconds of warm-up before the uncontended run (0 for none)' },
    connections: { default: '16', number: true, help: 'concurrent HTTP connections (uncontended run)' },
    'server-pool': { help: "the server's pg pool size (default: --connections; the app's own default is 10)" },
    drivers: { default: '200', number: true, help: 'bench drivers (at least --contention)' },
    contention: { default: '200', number: true, help: 'concurrent createBooking calls in the contention run' },
    free: { default: '5', number: true, help: 'free STANDARD spaces left in the contended lot' },
    execution: { default: 'compiled', help: "the server's execution mode: stock (graphql-js) or compiled (graphql-jit)" },
    out: { help: 'also write the JSON result to this file' },
  },
  'usage: tsx bench/bookings.ts --url <postgres url> [options]',
);

const url = options.url;
const execution = executionModeOf(options.execution);
if (!url) throw new Error('--url (or DATABASE_URL) is required');
const duration = options.number('duration');
const warmup = options.number('warmup');
const connections = Math.trunc(options.number('connections'));
const serverPool = options['server-pool'] ? Math.trunc(options.number('server-pool')) : connections;
const contention = Math.trunc(options.number('contention'));
const free = Math.trunc(options.number('free'));
const driverCount = Math.max(Math.trunc(options.number('drivers')), contention, 1);

const { openPostgres } = await import('../src/db/client.js');
const { isEventMailboxRead } = await import('../src/db/queries/events.js');
const { loadConfig } = await import('../src/config.js');
const { createLogger } = await import('../src/logger.js');
const { startServer, GRAPHQL_PATH } = await import('../src/server/app.js');
const { signDevelopmentToken } = await import('../src/domain/auth/access-tokens.js');
const { toGlobalId } = await import('../src/graphql/global-id.js');

const MUTATION = `mutation Book($input: CreateBookingInput!) {
  createBooking(input: $input) { booking { id } userErrors { code message } }
}`;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Measured {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  successes: number;
  successShare: number;
  userErrors: Record<string, number>;
  graphqlErrors: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  firstError?: string;
  nextOffset: number;
}

interface Driver {
  token: string;
  vehicleId: string;
}

/** Bench drivers: ids and emails derived from the row number, so reruns find the same ones. */
const driverId = (i: string) => `md5('bench-booker:' || ${i})::uuid`;
const vehicleId = (i: string) => `md5('bench-booker-vehicle:' || ${i})::uuid`;
const BENCH_DRIVERS = `SELECT ${driverId('i')} FROM generate_series(0, ${driverCount - 1}) AS i`;

function loadFromChildProcess(job: {
  url: string;
  connections: number;
  duration: number;
  query: string;
  lotIds: string[];
  drivers: Driver[];
  startMs: number;
  slotMs: number;
  offset: number;
}) {
  return runInChildProcess<Measured & Record<string, unknown>>(fileURLToPath(new URL('./lib/booking-load-runner.mjs', import.meta.url)), job);
}

async function createDrivers(sql: pg.Pool): Promise<{ id: string; email: string; vehicleId: string }[]> {
  await sql.query(`
    INSERT INTO users (id, email, display_name, role)
    SELECT ${driverId('i')}, 'booker' || i || '@bench.parkway.dev', 'Bench booker ' || i, 'DRIVER'
    FROM generate_series(0, ${driverCount - 1}) AS i
    ON CONFLICT DO NOTHING`);
  await sql.query(`
    INSERT INTO vehicles (id, owner_id, plate, country, height_cm)
    SELECT ${vehicleId('i')}, ${driverId('i')}, 'BB' || lpad(i::text, 6, '0'), 'GB', NULL
    FROM generate_series(0, ${driverCount - 1}) AS i
    ON CONFLICT DO NOTHING`);
  const { rows } = await sql.query<{ id: string; email: string; vehicle_id: string }>(`
    SELECT ${driverId('i')} AS id, 'booker' || i || '@bench.parkway.dev' AS email, ${vehicleId('i')} AS vehicle_id
    FROM generate_series(0, ${driverCount - 1}) AS i ORDER BY i`);
  return rows.map((row) => ({ id: row.id, email: row.email, vehicleId: row.vehicle_id }));
}

async function deleteBenchBookings(sql: pg.Pool): Promise<number> {
  // their payments first: holds only (nothing captured, so no ledger entry refers to them)
  await sql.query(`DELETE FROM payments WHERE booking_id IN (SELECT id FROM bookings WHERE driver_id IN (${BENCH_DRIVERS}))`);
  return (await sql.query(`DELETE FROM bookings WHERE driver_id IN (${BENCH_DRIVERS})`)).rowCount ?? 0;
}

/** Lots any driver can book round the clock: not archived, no weekly hours, no blackouts, a general tariff, a free STANDARD space. */
async function bookableLots(sql: pg.Pool): Promise<string[]> {
  const { rows } = await sql.query<{ id: string }>(`
    SELECT l.id FROM lots l
    WHERE l.archived_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM lot_weekly_hours h WHERE h.lot_id = l.id)
      AND NOT EXISTS (SELECT 1 FROM lot_blackouts b WHERE b.lot_id = l.id)
      AND EXISTS (SELECT 1 FROM tariffs t WHERE t.lot_id = l.id AND t.space_kind IS NULL)
      AND (SELECT count(*) FROM spaces s WHERE s.lot_id = l.id AND s.kind = 'STANDARD' AND s.operator_status = 'IN_SERVICE') >= ${free}
    ORDER BY l.id`);
  return rows.map((row) => row.id);
}

/** Two live bookings of one space that overlap, anywhere in the database (must be 0). */
async function overlappingPairs(sql: pg.Pool): Promise<number> {
  const { rows } = await sql.query<{ n: string }>(`
    SELECT count(*) AS n FROM bookings a JOIN bookings b
      ON a.space_id = b.space_id AND a.id < b.id AND a.period && b.period
    WHERE a.status IN ('CONFIRMED', 'CHECKED_IN') AND b.status IN ('CONFIRMED', 'CHECKED_IN')`);
  return Number(rows[0]!.n);
}

interface ContentionResult {
  lotId: string;
  window: { start: string; end: string };
  requests: number;
  freeSpaces: number;
  blockedSpaces: number;
  successes: number;
  notAvailable: number;
  otherUserErrors: Record<string, number>;
  graphqlErrors: number;
  firstError?: string;
  benchBookingsInWindow: number;
  overlappingBookings: number;
  seconds: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  ok: boolean;
}

async function contentionRun(
  sql: pg.Pool,
  endpoint: string,
  lotId: string,
  drivers: (Driver & { id: string })[],
  start: Date,
): Promise<ContentionResult> {
  const window = { start, end: new Date(start.getTime() + 2 * HOUR) };
  // all but `free` in-service STANDARD spaces taken for the window (by bench driver 0)
  const spaces = await sql.query<{ id: string }>(
    `SELECT id FROM spaces WHERE lot_id = $1 AND kind = 'STANDARD' AND operator_status = 'IN_SERVICE' ORDER BY id`,
    [lotId],
  );
  const blocked = spaces.rows.slice(free).map((row) => row.id);
  if (blocked.length) {
    await sql.query(
      `INSERT INTO bookings (driver_id, vehicle_id, lot_id, space_id, period, status, price_amount, currency)
       SELECT $1, $2, l.id, s, tstzrange($4, $5, '[)'), 'CONFIRMED', 0, l.currency
       FROM lots l, unnest($3::uuid[]) AS s WHERE l.id = $6`,
      [drivers[0]!.id, drivers[0]!.vehicleId, blocked, window.start, window.end, lotId],
    );
  }
  const bodies = drivers.slice(0, contention).map((driver) => ({
    token: driver.token,
    body: JSON.stringify({
      query: MUTATION,
      variables: {
        input: {
          lotId: toGlobalId('Lot', lotId),
          vehicleId: toGlobalId('Vehicle', driver.vehicleId),
          window: { start: window.start.toISOString(), end: window.end.toISOString() },
        },
      },
    }),
  }));
  let successes = 0;
  let notAvailable = 0;
  let graphqlErrors = 0;
  let firstError: string | undefined;
  const otherUserErrors: Record<string, number> = {};
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    bodies.map(async ({ token, body }) => {
      const sent = performance.now();
      let text = '';
      try {
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body,
        });
        text = await response.text();
        const json = JSON.parse(text) as {
          data?: { createBooking: { booking: { id: string } | null; userErrors: { code: string }[] } } | null;
          errors?: unknown;
        };
        const payload = json.data?.createBooking;
        if (!response.ok || json.errors || !payload) throw new Error(`HTTP ${response.status}`);
        if (payload.booking && payload.userErrors.length === 0) successes++;
        else if (payload.userErrors[0]?.code === 'NOT_AVAILABLE') notAvailable++;
        else {
          const code = payload.userErrors[0]?.code ?? 'NO_BOOKING';
          otherUserErrors[code] = (otherUserErrors[code] ?? 0) + 1;
          firstError ??= text.slice(0, 500);
        }
      } catch (error) {
        graphqlErrors++;
        firstError ??= `${String(error)}: ${text.slice(0, 500)}`;
      } finally {
        latencies.push(performance.now() - sent);
      }
    }),
  );
  const seconds = Math.round((performance.now() - started) / 10) / 100;
  latencies.sort((a, b) => a - b);
  const at = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]! * 100) / 100;

  const inWindow = await sql.query<{ n: string }>(
    `SELECT count(*) AS n FROM bookings
     WHERE lot_id = $1 AND period && tstzrange($2, $3, '[)') AND status IN ('CONFIRMED', 'CHECKED_IN')
       AND driver_id IN (${BENCH_DRIVERS}) AND NOT (space_id = ANY($4::uuid[]))`,
    [lotId, window.start, window.end, blocked],
  );
  const benchBookingsInWindow = Number(inWindow.rows[0]!.n);
  const overlappingBookings = await overlappingPairs(sql);
  const expected = Math.min(free, contention);
  const ok =
    successes === expected &&
    graphqlErrors === 0 &&
    overlappingBookings === 0 &&
    benchBookingsInWindow === expected &&
    notAvailable === contention - expected;
  return {
    lotId,
    window: { start: window.start.toISOString(), end: window.end.toISOString() },
    requests: bodies.length,
    freeSpaces: Math.min(free, spaces.rows.length),
    blockedSpaces: blocked.length,
    successes,
    notAvailable,
    otherUserErrors,
    graphqlErrors,
    firstError,
    benchBookingsInWindow,
    overlappingBookings,
    seconds,
    latencyMs: { p50: at(50), p95: at(95), p99: at(99), max: at(100) },
    ok,
  };
}

async function main(): Promise<void> {
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
  const { auth } = loadConfig({});
  if (auth.kind !== 'hs256') throw new Error('the bench signs development tokens: needs the default hs256 auth config');

  const sql = new pg.Pool({ connectionString: url, max: 4, application_name: 'parkway-bench-bookings' });
  sql.on('error', () => {});
  let database: Awaited<ReturnType<typeof openPostgres>> | undefined;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    const scale = (
      await sql.query<{ version: string; lots: string; spaces: string; bookings: string }>(
        'SELECT version() AS version, (SELECT count(*) FROM lots) AS lots, (SELECT count(*) FROM spaces) AS spaces, (SELECT count(*) FROM bookings) AS bookings',
      )
    ).rows[0]!;
    const dataset = { lots: Number(scale.lots), spaces: Number(scale.spaces), bookings: Number(scale.bookings) };
    if (!dataset.lots) throw new Error('the database has no lots: load it with bench/dataset.ts first');

    const users = await createDrivers(sql);
    const leftOver = await deleteBenchBookings(sql);
    const drivers = await Promise.all(
      users.map(async (user) => ({ id: user.id, vehicleId: user.vehicleId, token: await signDevelopmentToken(auth, user) })),
    );
    const lots = await bookableLots(sql);
    if (lots.length < 2) throw new Error(`only ${lots.length} lots can be booked round the clock: load a larger dataset`);
    const contendedLot = lots[lots.length - 1]!;
    const uncontendedLots = lots.slice(0, -1);
    console.log(
      `bookings benchmark: ${drivers.length} drivers (${leftOver} old bench bookings deleted), ${uncontendedLots.length} bookable lots, ` +
        `${connections} connections, ${duration} s (+${warmup} s warm-up), server pool ${serverPool}, ${machine.cpus} cores`,
    );
    console.log(`dataset: ${JSON.stringify(dataset)}; ${scale.version.split(' on ')[0]}`);

    let statements = 0;
    database = await openPostgres({ url: url!, poolMax: serverPool, onQuery: (query) => void (isEventMailboxRead(query) || statements++) });
    server = await startServer({
      database,
      logger: createLogger('silent'),
      auth,
      ...benchServerOptions(execution),
    });
    const endpoint = server.url + GRAPHQL_PATH;

    // ---- uncontended ---------------------------------------------------------------------
    const today = new Date();
    const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
    const job = {
      url: endpoint,
      connections,
      query: MUTATION,
      lotIds: uncontendedLots.map((id) => toGlobalId('Lot', id)),
      drivers: drivers.map((driver) => ({ token: driver.token, vehicleId: toGlobalId('Vehicle', driver.vehicleId) })),
      startMs: midnight + 365 * DAY,
      slotMs: HOUR,
    };
    let offset = 0;
    if (warmup > 0) offset = (await loadFromChildProcess({ ...job, duration: warmup, offset })).nextOffset;
    statements = 0;
    const cpusBefore = os.cpus();
    const processBefore = process.cpuUsage();
    const api = await loadFromChildProcess({ ...job, duration, offset });
    const serverCpu = process.cpuUsage(processBefore);
    const apiReport = {
      ...api,
      machineCpuBusy: cpuBusy(cpusBefore, os.cpus()),
      serverProcessCpuCores: Math.round(((serverCpu.user + serverCpu.system) / 1e6 / api.seconds) * 100) / 100,
      sqlStatementsPerRequest: Math.round((statements / Math.max(1, api.requests)) * 100) / 100,
    };
    delete (apiReport as { nextOffset?: number }).nextOffset;
    console.log(
      `uncontended: ${api.requestsPerSecond} req/s, p50 ${api.latencyMs.p50} ms, p95 ${api.latencyMs.p95} ms, p99 ${api.latencyMs.p99} ms ` +
        `(${api.requests} requests, ${api.successes} booked = ${Math.round(api.successShare * 1000) / 10}%, user errors ${JSON.stringify(api.userErrors)}, ` +
        `non-2xx ${api.non2xx}, errors ${api.errors}, GraphQL errors ${api.graphqlErrors}, ${apiReport.sqlStatementsPerRequest} SQL statements per request; ` +
        `server process ${apiReport.serverProcessCpuCores} cores, machine ${Math.round(apiReport.machineCpuBusy * 100)}% busy)`,
    );
    if (api.firstError) console.log(`first failed answer: ${api.firstError}`);

    // ---- contention ----------------------------------------------------------------------
    const contended = await contentionRun(sql, endpoint, contendedLot, drivers, new Date(midnight + 300 * DAY + 10 * HOUR));
    console.log(
      `contention: ${contended.requests} concurrent calls for ${contended.freeSpaces} free spaces in ${contended.seconds} s: ` +
        `${contended.successes} booked, ${contended.notAvailable} NOT_AVAILABLE, other user errors ${JSON.stringify(contended.otherUserErrors)}, ` +
        `${contended.graphqlErrors} GraphQL errors; ${contended.benchBookingsInWindow} bookings in the window, ` +
        `${contended.overlappingBookings} overlapping live bookings in the database -> ${contended.ok ? 'OK' : 'FAILED'}`,
    );
    if (contended.firstError) console.log(`first unexpected answer: ${contended.firstError}`);

    const result = {
      benchmark: 'bookings',
      date: new Date().toISOString(),
      machine,
      postgres: scale.version.split(' on ')[0],
      dataset,
      settings: {
        execution,
        duration,
        warmup,
        connections,
        serverPool,
        drivers: drivers.length,
        lots: uncontendedLots.length,
        window: '1 hour, a year ahead, one per lot and hour',
        loadGenerator: 'autocannon in a child process',
        contention: { requests: contention, free, client: 'concurrent fetch from the benchmark process' },
      },
      uncontended: apiReport,
      contention: contended,
    };
    const row =
      `| ${dataset.lots.toLocaleString('en')} lots / ${dataset.spaces.toLocaleString('en')} spaces / ${dataset.bookings.toLocaleString('en')} bookings | ` +
      `${connections} | ${duration} s | ${api.requestsPerSecond} | ${api.latencyMs.p50} / ${api.latencyMs.p95} / ${api.latencyMs.p99} | ` +
      `${Math.round(api.successShare * 1000) / 10}% | ${contended.requests} -> ${contended.successes} / ${contended.freeSpaces} | ` +
      `${contended.notAvailable} | ${contended.graphqlErrors} | ${contended.overlappingBookings} |`;
    console.log(
      '\n| scale | connections | duration | createBooking req/s | p50 / p95 / p99 ms | booked | contention: calls -> booked / free | NOT_AVAILABLE | GraphQL errors | overlaps |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    console.log(row + '\n');
    if (options.out) await writeFile(options.out, JSON.stringify({ ...result, markdownRow: row }, null, 2) + '\n');
    console.log(JSON.stringify({ ...result, markdownRow: row }));

    const failures = api.non2xx + api.errors + api.timeouts + api.graphqlErrors;
    if (!contended.ok || failures > 0 || api.requests === 0) {
      console.error(
        `FAILED: contention invariants ${contended.ok ? 'held' : 'broken'}, ${failures} failed uncontended requests, ${api.requests} uncontended requests`,
      );
      process.exitCode = 1;
    }
  } finally {
    await server?.stop();
    await database?.close();
    try {
      await deleteBenchBookings(sql);
    } finally {
      await sql.end();
    }
  }
}

await main();
