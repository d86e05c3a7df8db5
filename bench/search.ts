/**
 * Search benchmark: `lotsNear` with a 2-hour window and availability at random points, through
 * the real server, side by side with the same SQL sent straight through `pg` (the floor).
 *
 *   npx tsx bench/search.ts --url postgres://postgres@127.0.0.1:5432/parkway_bench [--duration 20] [--connections 16]
 *
 * 1. Starts the server in this process (`startServer`, production mode, no scheduler, port 0) on
 *    the database loaded by bench/dataset.ts.
 * 2. Forks bench/lib/load-runner.mjs, which drives it with autocannon (`connections` keep-alive
 *    connections, one body per request cycling through deterministic points inside the dataset's
 *    cities), so the load generator does not share the server's event loop. A warm-up run first.
 * 3. Stops the server, then replays what the API sends for the same points through a `pg.Pool` of
 *    `connections` clients from this process, at the same concurrency for the same duration: the
 *    search statement (`searchLots(...)` with the window, exactly as the API builds it, LIMIT =
 *    the API's first candidate chunk), which answers both questions: the nearest lots and, per
 *    lot, its in-service and booked spaces for the window. Captured from the app's own query
 *    builder through a Drizzle handle with the app's settings, so the floor's SQL is the API's
 *    SQL. Not in the floor: the opening hours and blackouts the API's statement also reads for
 *    each candidate (its checks), and everything outside PostgreSQL.
 *
 * Prints a JSON object (last line of stdout, and `--out`) and a markdown table row.
 */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { createHistogram } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { readOptions } from './lib/args.js';
import { benchServerOptions, executionModeOf } from './lib/server-options.js';
import { randomPoints } from './lib/cities.js';
import { cpuBusy, runInChildProcess } from './lib/measure.js';

// before the app's modules load: express, Apollo and graphql-js read NODE_ENV
process.env.NODE_ENV ??= 'production';

const options = readOptions(
  {
    url: { default: process.env.DATABASE_URL, help: 'PostgreSQL URL of a database loaded by bench/dataset.ts' },
    duration: { default: '20', number: true, help: 'seconds measured, for the API and for the floor each' },
    warmup: { default: '3', number: true, help: 'seconds of warm-up before each measurement (0 for none)' },
    connections: { default: '16', number: true, help: 'concurrent HTTP connections, and pg clients for the floor' },
    'server-pool': { help: "the server's pg pool size (default: --connections; the app's own default is 10)" },
    points: { default: '1000', number: true, help: 'distinct search points, cycled' },
    seed: { default: '1', number: true, help: 'seed of the points' },
    radius: { default: '2000', number: true, help: 'radiusMeters of lotsNear' },
    first: { default: '20', number: true, help: 'page size of lotsNear' },
    'floor-limit': { number: true, help: "LIMIT of the floor's search statement (default: what the API asks for first with a window, 2 x (first + 1))" },
    execution: { default: 'compiled', help: "the server's execution mode: stock (graphql-js) or compiled (graphql-jit)" },
    out: { help: 'also write the JSON result to this file' },
  },
  'usage: tsx bench/search.ts --url <postgres url> [options]',
);

const url = options.url;
const execution = executionModeOf(options.execution);
if (!url) throw new Error('--url (or DATABASE_URL) is required');
const duration = options.number('duration');
const warmup = options.number('warmup');
const connections = Math.trunc(options.number('connections'));
const serverPool = options['server-pool'] ? Math.trunc(options.number('server-pool')) : connections;
const radiusMeters = options.number('radius');
const first = Math.trunc(options.number('first'));

const { openPostgres } = await import('../src/db/client.js');
const { loadConfig } = await import('../src/config.js');
const { createLogger } = await import('../src/logger.js');
const { startServer, GRAPHQL_PATH } = await import('../src/server/app.js');
const { searchLots } = await import('../src/db/queries/search.js');
const schema = await import('../src/db/schema/index.js');
const { DB_CASING } = await import('../src/db/casing.js');

/**
 * How many candidates the floor's search asks for: by default what the API's search asks for in
 * its first statement when a window is given (twice the page plus one, src/domain/search/search-lots.ts).
 */
const FLOOR_LIMIT = options['floor-limit'] ? Math.trunc(options.number('floor-limit')) : 2 * (first + 1);

const QUERY = `query Search($near: LatLngInput!, $window: TimeWindowInput!, $radius: Float, $first: Int) {
  lotsNear(near: $near, radiusMeters: $radius, window: $window, first: $first) {
    edges { distanceMeters node { id name availability(window: $window) { available } } }
  }
}`;

interface Latencies {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

interface Measured {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: Latencies;
}

function tomorrowWindow(now = new Date()): { start: Date; end: Date } {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 10));
  return { start, end: new Date(start.getTime() + 2 * 3_600_000) };
}

/** Runs autocannon in a child process against `target` and returns its summary. */
function loadFromChildProcess(job: { url: string; connections: number; duration: number; bodies: string[] }) {
  return runInChildProcess<Measured & Record<string, unknown>>(fileURLToPath(new URL('./lib/load-runner.mjs', import.meta.url)), job);
}

async function main(): Promise<void> {
  const window = tomorrowWindow();
  const points = randomPoints(Math.trunc(options.number('points')), Math.trunc(options.number('seed')));
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
  console.log(
    `search benchmark: ${points.length} points, radius ${radiusMeters} m, first ${first}, window ${window.start.toISOString()} +2h, ` +
      `${connections} connections, ${duration} s (+${warmup} s warm-up), server pool ${serverPool}, ${machine.cpus} cores`,
  );

  // ---- the API ---------------------------------------------------------------------------
  let statements = 0;
  const database = await openPostgres({ url: url!, poolMax: serverPool, onQuery: () => void statements++ });
  const dbServer = await database.db.execute('SELECT version() AS version, (SELECT count(*) FROM lots) AS lots, (SELECT count(*) FROM spaces) AS spaces, (SELECT count(*) FROM bookings) AS bookings');
  const scale = (dbServer as unknown as { rows: { version: string; lots: string; spaces: string; bookings: string }[] }).rows[0]!;
  const dataset = { lots: Number(scale.lots), spaces: Number(scale.spaces), bookings: Number(scale.bookings) };
  if (!dataset.lots) throw new Error('the database has no lots: load it with bench/dataset.ts first');
  console.log(`dataset: ${JSON.stringify(dataset)}; ${scale.version.split(' on ')[0]}`);

  const server = await startServer({
    database,
    logger: createLogger('silent'),
    auth: loadConfig({}).auth,
    ...benchServerOptions(execution),
  });
  const endpoint = server.url + GRAPHQL_PATH;
  const bodies = points.map(({ lat, lng }) =>
    JSON.stringify({ query: QUERY, variables: { near: { lat, lng }, window, radius: radiusMeters, first } }),
  );

  let api: Measured & Record<string, unknown>;
  let sample: { points: number; lotsPerPoint: number; empty: number };
  try {
    // one look at real answers before measuring: they must be data, not errors
    let lotsSeen = 0;
    let empty = 0;
    const probe = points.slice(0, 20);
    for (const body of bodies.slice(0, probe.length)) {
      const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const json = (await response.json()) as { data?: { lotsNear: { edges: unknown[] } }; errors?: unknown };
      if (!response.ok || json.errors || !json.data) throw new Error(`lotsNear failed (${response.status}): ${JSON.stringify(json).slice(0, 500)}`);
      lotsSeen += json.data.lotsNear.edges.length;
      if (json.data.lotsNear.edges.length === 0) empty++;
    }
    sample = { points: probe.length, lotsPerPoint: Math.round((lotsSeen / probe.length) * 10) / 10, empty };
    console.log(`probe: ${sample.points} points answered, ${sample.lotsPerPoint} lots per answer on average, ${empty} empty`);

    if (warmup > 0) await loadFromChildProcess({ url: endpoint, connections, duration: warmup, bodies });
    statements = 0;
    const cpusBefore = os.cpus();
    const processBefore = process.cpuUsage();
    api = await loadFromChildProcess({ url: endpoint, connections, duration, bodies });
    const serverCpu = process.cpuUsage(processBefore);
    api.machineCpuBusy = cpuBusy(cpusBefore, os.cpus());
    api.serverProcessCpuCores = Math.round(((serverCpu.user + serverCpu.system) / 1e6 / (api.seconds as number)) * 100) / 100;
    api.sqlStatementsPerRequest = Math.round((statements / Math.max(1, api.requests)) * 100) / 100;
    console.log(
      `API:   ${api.requestsPerSecond} req/s, p50 ${api.latencyMs.p50} ms, p95 ${api.latencyMs.p95} ms, p99 ${api.latencyMs.p99} ms ` +
        `(${api.requests} requests, non-2xx ${String(api.non2xx)}, errors ${String(api.errors)}, GraphQL errors ${String(api.graphqlErrors)}, ` +
        `${api.sqlStatementsPerRequest} SQL statements per request; server process ${api.serverProcessCpuCores} cores, machine ${Math.round((api.machineCpuBusy as number) * 100)}% busy)`,
    );
    if (api.firstError) console.log(`first GraphQL error: ${String(api.firstError)}`);
  } finally {
    await server.stop();
    await database.close();
  }

  // ---- the floor -------------------------------------------------------------------------
  const floor = await measureFloor(points, window);
  console.log(
    `floor: ${floor.requestsPerSecond} req/s, p50 ${floor.latencyMs.p50} ms, p95 ${floor.latencyMs.p95} ms, p99 ${floor.latencyMs.p99} ms ` +
      `(${floor.requests} searches, 1 statement each, machine ${Math.round(floor.machineCpuBusy * 100)}% busy)`,
  );

  const ratio = Math.round((api.requestsPerSecond / floor.requestsPerSecond) * 1000) / 1000;
  const result = {
    benchmark: 'search',
    date: new Date().toISOString(),
    machine,
    postgres: scale.version.split(' on ')[0],
    dataset,
    settings: { execution, duration, warmup, connections, serverPool, floorLimit: FLOOR_LIMIT, points: points.length, radiusMeters, first, window, loadGenerator: 'autocannon in a child process' },
    probe: sample,
    api,
    floor,
    ratioApiToFloor: ratio,
  };
  const row = `| ${dataset.lots.toLocaleString('en')} lots / ${dataset.spaces.toLocaleString('en')} spaces / ${dataset.bookings.toLocaleString('en')} bookings | ${connections} | ${duration} s | ${api.requestsPerSecond} | ${api.latencyMs.p50} / ${api.latencyMs.p95} / ${api.latencyMs.p99} | ${floor.requestsPerSecond} | ${floor.latencyMs.p50} / ${floor.latencyMs.p95} / ${floor.latencyMs.p99} | ${ratio} |`;
  console.log('\n| scale | connections | duration | API req/s | API p50 / p95 / p99 ms | floor req/s | floor p50 / p95 / p99 ms | API / floor |');
  console.log('|---|---|---|---|---|---|---|---|');
  console.log(row + '\n');
  if (options.out) await writeFile(options.out, JSON.stringify({ ...result, markdownRow: row }, null, 2) + '\n');
  console.log(JSON.stringify({ ...result, markdownRow: row }));
  // a smoke run (CI) must fail when the API answered with errors
  const failures = Number(api.non2xx) + Number(api.errors) + Number(api.timeouts) + Number(api.graphqlErrors);
  if (failures > 0 || api.requests === 0 || floor.requests === 0) {
    console.error(`FAILED: ${failures} failed API requests, ${api.requests} API requests, ${floor.requests} floor searches`);
    process.exitCode = 1;
  }
}

interface CapturedQuery {
  text: string;
  params: unknown[];
}

/**
 * The API's two statements for each point, captured from the app's own builders: a Drizzle
 * handle (the app's schema and casing) over a client that records instead of sending.
 */
function captureStatements(points: { lat: number; lng: number }[], window: { start: Date; end: Date }) {
  let captured: CapturedQuery | undefined;
  const recorder = {
    query: async (config: string | { text: string }, params: unknown[]) => {
      captured = { text: typeof config === 'string' ? config : config.text, params };
      return { rows: [], fields: [], rowCount: 0 };
    },
  };
  const db = drizzle({ client: recorder as unknown as pg.Pool, schema, casing: DB_CASING });
  const take = async (run: () => Promise<unknown>): Promise<CapturedQuery> => {
    captured = undefined;
    await run();
    if (!captured) throw new Error('nothing captured');
    return captured;
  };
  return (async () => {
    const searches: CapturedQuery[] = [];
    for (const { lat, lng } of points) {
      // what searchBookableLots asks for its first chunk (resolveArea, no filter)
      searches.push(
        await take(() => searchLots(db, { origin: { lat, lng }, area: { radiusMeters }, window }, FLOOR_LIMIT)),
      );
    }
    return searches;
  })();
}

async function measureFloor(points: { lat: number; lng: number }[], window: { start: Date; end: Date }) {
  const searches = await captureStatements(points, window);
  const pool = new pg.Pool({ connectionString: url, max: connections });
  pool.on('error', () => {});
  let next = 0;
  const one = async () => {
    const search = searches[next++ % searches.length]!;
    await pool.query(search.text, search.params);
  };
  const drive = async (seconds: number, latency?: ReturnType<typeof createHistogram>) => {
    const until = performance.now() + seconds * 1000;
    let done = 0;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < until) {
          const started = performance.now();
          await one();
          latency?.record(Math.max(1, Math.round((performance.now() - started) * 1000)));
          done++;
        }
      }),
    );
    return done;
  };
  try {
    // open every connection before measuring
    await Promise.all(Array.from({ length: connections }, () => one()));
    if (warmup > 0) await drive(warmup);
    const latency = createHistogram();
    const cpusBefore = os.cpus();
    const processBefore = process.cpuUsage();
    const started = performance.now();
    const requests = await drive(duration, latency);
    const seconds = (performance.now() - started) / 1000;
    const clientCpu = process.cpuUsage(processBefore);
    const ms = (percentile: number) => Math.round(latency.percentile(percentile) / 10) / 100;
    return {
      requests,
      seconds: Math.round(seconds * 100) / 100,
      requestsPerSecond: Math.round((requests / seconds) * 10) / 10,
      latencyMs: { p50: ms(50), p95: ms(95), p99: ms(99), max: ms(100), mean: Math.round(latency.mean / 10) / 100 },
      statementsPerRequest: 1,
      searchLimit: FLOOR_LIMIT,
      machineCpuBusy: cpuBusy(cpusBefore, os.cpus()),
      clientProcessCpuCores: Math.round(((clientCpu.user + clientCpu.system) / 1e6 / seconds) * 100) / 100,
    };
  } finally {
    await pool.end();
  }
}

await main();
