/**
 * Search benchmark: the documents clients send to find parking, each through the real server
 * and beside its floor, the best SQL for the same answer (bench/floors/*.sql) run by pgbench, in
 * the same run at the same concurrency:
 *
 * - `lotsNear`: the driver's search, 2 km, a 2-hour window tomorrow, availability, first 20.
 * - `LotsInView`: the live map's markers (web/src/operations.ts): lotsInBounds, first 100,
 *   occupancy now.
 * - `SearchLots`: the map's search panel: lotsInBounds with the window and a space kind, first
 *   100, availability by kind and a quote.
 *
 *   npx tsx bench/search.ts --url postgres://postgres@127.0.0.1:5432/parkway_bench [--duration 20] [--connections 16]
 *     [--documents lotsNear,LotsInView,SearchLots] [--densities mixed] [--rounds 2]
 *
 * 1. Starts the server in this process (`startServer`, production mode, no scheduler, port 0) on
 *    the database loaded by bench/dataset.ts.
 * 2. Per density (where in the cities the points fall) writes the points, and each point's
 *    viewport, to a table `bench_search_points`, which the floors read by a random index.
 * 3. Per document: asks the API and the floor the same question at the first `--verify` points
 *    and stops if any answer differs (lots, in order, and their counts and prices). Then, per
 *    connection count, `--rounds` rounds of the API (autocannon in a child process,
 *    bench/lib/load-runner.mjs) and the floor (pgbench -M prepared, -c = the connections), each
 *    after its own warm-up; the median round is reported (every round is in the JSON).
 *
 * A floor transaction is two statements: the point's row from `bench_search_points` (\gset),
 * then the floor statement; the server is idle (started, no load) while pgbench runs.
 * Prints a markdown table and the JSON (last line of stdout, and `--out`).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { readOptions } from './lib/args.js';
import { CITIES, METERS_PER_DEGREE, seededRandom } from './lib/cities.js';
import { cpuBusy, runInChildProcess } from './lib/measure.js';
import { benchServerOptions, executionModeOf } from './lib/server-options.js';

// before the app's modules load: express, Apollo and graphql-js read NODE_ENV
process.env.NODE_ENV ??= 'production';

const DOCUMENTS = ['lotsNear', 'LotsInView', 'SearchLots'] as const;
type DocumentName = (typeof DOCUMENTS)[number];

/** Where in a city the points fall, as fractions of its radius: centre, suburb, rural edge, or anywhere. */
const DENSITIES: Record<string, [number, number]> = { centre: [0, 0.15], suburb: [0.35, 0.6], edge: [0.85, 1], mixed: [0, 1] };

const options = readOptions(
  {
    url: { default: process.env.DATABASE_URL, help: 'PostgreSQL URL of a database loaded by bench/dataset.ts' },
    duration: { default: '20', number: true, help: 'seconds measured per document, density and connection count, split over the rounds, for the API and for the floor each' },
    warmup: { default: '3', number: true, help: 'seconds of warm-up before each measurement (0 for none)' },
    connections: { default: '16', help: 'concurrent HTTP connections and pgbench clients, comma-separated for several runs (e.g. 1,16)' },
    rounds: { default: '2', number: true, help: 'API / floor rounds per run; the median round is reported' },
    documents: { default: DOCUMENTS.join(','), help: `documents to measure, comma-separated (${DOCUMENTS.join(', ')})` },
    densities: { default: 'mixed', help: `where the points fall, comma-separated (${Object.keys(DENSITIES).join(', ')})` },
    'server-pool': { help: "the server's pg pool size (default: the largest --connections; the app's own default is 10)" },
    points: { default: '1000', number: true, help: 'distinct search points, cycled' },
    seed: { default: '1', number: true, help: 'seed of the points' },
    radius: { default: '2000', number: true, help: 'radiusMeters of lotsNear' },
    'viewport-meters': { default: '2500', number: true, help: 'side of the square map viewport around each point' },
    'space-kind': { default: 'STANDARD', help: 'spaceKind of SearchLots' },
    verify: { default: '20', number: true, help: 'points at which the API and the floor must give the same answer before measuring' },
    pgbench: { help: 'the pgbench binary (default: on PATH, else /usr/lib/postgresql/<version>/bin/pgbench)' },
    execution: { default: 'compiled', help: "the server's execution mode: stock (graphql-js) or compiled (graphql-jit)" },
    out: { help: 'also write the JSON result to this file' },
  },
  'usage: tsx bench/search.ts --url <postgres url> [options]',
);

const url = options.url;
if (!url) throw new Error('--url (or DATABASE_URL) is required');
const execution = executionModeOf(options.execution);
const duration = options.number('duration');
const warmup = options.number('warmup');
const rounds = Math.max(1, Math.trunc(options.number('rounds')));
const connectionCounts = options.connections!.split(',').map((value) => Math.trunc(Number(value)));
if (connectionCounts.some((count) => !(count > 0))) throw new Error('--connections: positive whole numbers, comma-separated');
const serverPool = options['server-pool'] ? Math.trunc(options.number('server-pool')) : Math.max(...connectionCounts);
const radiusMeters = options.number('radius');
// the page size of lotsNear, written into its floor
const first = 20;
const viewportMeters = options.number('viewport-meters');
const spaceKind = options['space-kind']!;
const verifyPoints = Math.trunc(options.number('verify'));
const documents = options.documents!.split(',').map((name) => name.trim()) as DocumentName[];
for (const name of documents) if (!DOCUMENTS.includes(name)) throw new Error(`--documents: unknown document "${name}"`);
const densities = options.densities!.split(',').map((name) => name.trim());
for (const name of densities) if (!DENSITIES[name]) throw new Error(`--densities: unknown density "${name}"`);

const { openPostgres } = await import('../src/db/client.js');
const { isEventMailboxRead } = await import('../src/db/queries/events.js');
const { loadConfig } = await import('../src/config.js');
const { createLogger } = await import('../src/logger.js');
const { startServer, GRAPHQL_PATH } = await import('../src/server/app.js');
const { reachOfBoxes } = await import('../src/db/queries/search.js');
const { toGlobalId } = await import('../src/domain/public-ids.js');
const { DEFAULT_LIVE_DATA_TTLS } = await import('../src/domain/availability/freshness.js');
// the live map's own documents, as the page sends them; web/ is built with bundler module
// resolution (extensionless imports), so it is loaded by path at run time, not type-checked here
const liveMapOperations = '../web/src/operations.js';
const { LotsInViewQuery, SearchLotsQuery } = (await import(liveMapOperations)) as { LotsInViewQuery: unknown; SearchLotsQuery: unknown };

const LOTS_NEAR = `query Search($near: LatLngInput!, $window: TimeWindowInput!, $radius: Float, $first: Int) {
  lotsNear(near: $near, radiusMeters: $radius, window: $window, first: $first) {
    edges { distanceMeters node { id name availability(window: $window) { available } } }
  }
}`;

const QUERIES: Record<DocumentName, string> = { lotsNear: LOTS_NEAR, LotsInView: String(LotsInViewQuery), SearchLots: String(SearchLotsQuery) };
const FLOOR_FILES: Record<DocumentName, string> = { lotsNear: 'lots-near.sql', LotsInView: 'lots-in-view.sql', SearchLots: 'search-lots.sql' };
const DESCRIPTIONS: Record<DocumentName, string> = {
  lotsNear: `lotsNear, ${radiusMeters / 1000} km, 2-hour window, availability, first ${first}`,
  LotsInView: `LotsInView (map markers), ${viewportMeters / 1000} km viewport, first 100, occupancy now`,
  SearchLots: `SearchLots (map search), ${viewportMeters / 1000} km viewport, 2-hour window, ${spaceKind}, first 100, availability by kind, quote`,
};

interface Point {
  lat: number;
  lng: number;
  south: number;
  west: number;
  north: number;
  east: number;
  /** The viewport's centre, as the API works it out, and the radius that holds the viewport. */
  clat: number;
  clng: number;
  reach: number;
}

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
  [key: string]: unknown;
}

function tomorrowWindow(now = new Date()): { start: Date; end: Date } {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 10));
  return { start, end: new Date(start.getTime() + 2 * 3_600_000) };
}

/** `count` points inside the cities (city chosen uniformly), at a fraction of the city's radius given by the density. */
function pointsOf(density: string, count: number, seed: number): Point[] {
  const [inner, outer] = DENSITIES[density]!;
  const random = seededRandom(seed);
  const round6 = (value: number) => Math.round(value * 1e6) / 1e6;
  return Array.from({ length: count }, () => {
    const city = CITIES[Math.floor(random() * CITIES.length)]!;
    // uniform over the ring's area
    const r = city.radiusMeters * Math.sqrt(inner ** 2 + random() * (outer ** 2 - inner ** 2));
    const theta = 2 * Math.PI * random();
    const metersPerDegreeLng = METERS_PER_DEGREE * Math.cos((city.lat * Math.PI) / 180);
    const lat = round6(city.lat + (r * Math.cos(theta)) / METERS_PER_DEGREE);
    const lng = round6(city.lng + (r * Math.sin(theta)) / metersPerDegreeLng);
    const half = viewportMeters / 2;
    const box = {
      south: round6(lat - half / METERS_PER_DEGREE),
      north: round6(lat + half / METERS_PER_DEGREE),
      west: round6(lng - half / metersPerDegreeLng),
      east: round6(lng + half / metersPerDegreeLng),
    };
    // what resolveArea works out for the viewport (src/domain/search/search-area.ts)
    const centre = { lat: (box.south + box.north) / 2, lng: box.west + (box.east - box.west) / 2 };
    return { lat, lng, ...box, clat: centre.lat, clng: centre.lng, reach: reachOfBoxes(centre, [box]) };
  });
}

/** The pgbench binary: on PATH, else the newest PostgreSQL's. */
async function findPgbench(): Promise<string> {
  if (options.pgbench) return options.pgbench;
  const onPath = (process.env.PATH ?? '').split(':').map((dir) => path.join(dir, 'pgbench'));
  const versions = await readdir('/usr/lib/postgresql').catch(() => [] as string[]);
  const installed = versions.sort((a, b) => Number(b) - Number(a)).map((version) => `/usr/lib/postgresql/${version}/bin/pgbench`);
  for (const candidate of [...onPath, ...installed]) {
    if (await readFile(candidate).then(() => true, () => false)) return candidate;
  }
  throw new Error('pgbench not found: install PostgreSQL client tools or pass --pgbench');
}

/** A floor statement without its comments, and as text with `$n` parameters for `pg`. */
async function readFloor(document: DocumentName): Promise<{ pgbench: string; parameterized: (vars: Record<string, unknown>) => { text: string; values: unknown[] } }> {
  const raw = await readFile(fileURLToPath(new URL(`./floors/${FLOOR_FILES[document]}`, import.meta.url)), 'utf8');
  const body = raw
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('--'))
    .join('\n')
    .trim();
  return {
    pgbench: body,
    parameterized: (vars) => {
      const names: string[] = [];
      const text = body.replace(/(?<!:):([a-z]+)\b/g, (_match, name: string) => {
        if (!(name in vars)) throw new Error(`floor ${document}: no value for :${name}`);
        if (!names.includes(name)) names.push(name);
        return `$${names.indexOf(name) + 1}`;
      });
      return { text: text.replace(/;$/, ''), values: names.map((name) => vars[name]) };
    },
  };
}

/** The API's answer and the floor's, reduced to the same lines (lot, then what the document shows of it). */
function apiLines(document: DocumentName, data: any): string[] {
  if (document === 'lotsNear') return data.lotsNear.edges.map((edge: any) => `${edge.node.id} available ${edge.node.availability.available}`);
  if (document === 'LotsInView') {
    return data.lotsInBounds.edges.map(({ node }: any) => {
      const o = node.occupancy;
      return `${node.id} ${o.total}/${o.available}/${o.reserved}/${o.occupied}/${o.outOfService}`;
    });
  }
  return data.lotsInBounds.edges.map(({ node }: any) => {
    const byKind = node.availability.byKind.map((kind: any) => `${kind.kind}:${kind.available}`).join(',');
    return `${node.id} ${byKind} ${node.quote?.total.amount ?? '-'} ${node.quote?.total.currency ?? '-'}`;
  });
}

function floorLines(document: DocumentName, rows: any[]): string[] {
  const id = (uuid: string) => toGlobalId('Lot', uuid);
  if (document === 'lotsNear') return rows.map((row) => `${id(row.id)} available ${row.available}`);
  if (document === 'LotsInView') {
    return rows.map((row) => `${id(row.id)} ${row.total}/${row.available}/${row.reserved}/${row.occupied}/${row.out_of_service}`);
  }
  return rows.map((row) => {
    const byKind = (row.by_kind as [string, number][]).map(([kind, available]) => `${kind}:${available}`).join(',');
    return `${id(row.id)} ${byKind} ${row.amount ?? '-'} ${row.amount === null ? '-' : row.currency.trim()}`;
  });
}

/** Runs pgbench with the floor's script for `seconds` at `clients`; req/s and latencies from its per-transaction log. */
async function runPgbench(pgbench: string, script: string, clients: number, seconds: number, vars: Record<string, string | number>): Promise<Measured> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'parkway-floor-'));
  try {
    const scriptFile = path.join(dir, 'floor.sql');
    await writeFile(scriptFile, script);
    const args = ['-n', '-M', 'prepared', '-c', String(clients), '-j', String(Math.min(clients, os.cpus().length)), '-T', String(Math.max(1, Math.round(seconds)))];
    for (const [name, value] of Object.entries(vars)) args.push('-D', `${name}=${value}`);
    args.push('-f', scriptFile, '-l', `--log-prefix=${path.join(dir, 'log')}`, url!);
    const cpusBefore = os.cpus();
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(pgbench, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let text = '';
      child.stdout.on('data', (chunk) => (text += chunk));
      child.stderr.on('data', (chunk) => (text += chunk));
      child.once('error', reject);
      child.once('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`pgbench exited with ${code}:\n${text.slice(-2000)}`))));
    });
    const machineCpuBusy = cpuBusy(cpusBefore, os.cpus());
    // per transaction: client, number, latency (µs), script, completed at (s, µs). Each client's
    // first transaction is left out: a new connection's first PostGIS call loads PostGIS into
    // that backend (tens of milliseconds, far more on a busy machine), which the API's
    // long-lived pool paid before the measurement; throughput is counted from the moment every
    // client has finished its first
    const transactions = [];
    for (const file of (await readdir(dir)).filter((name) => name.startsWith('log'))) {
      for (const line of (await readFile(path.join(dir, file), 'utf8')).split('\n')) {
        const fields = line.split(' ').map(Number);
        if (fields.length >= 6) transactions.push({ client: fields[0]!, latencyMs: fields[2]! / 1000, doneAt: fields[4]! + fields[5]! / 1e6 });
      }
    }
    const firstDone = new Map<number, number>();
    for (const { client, doneAt } of transactions) firstDone.set(client, Math.min(firstDone.get(client) ?? Infinity, doneAt));
    const from = Math.max(...firstDone.values());
    const measured = transactions.filter(({ client, doneAt }) => doneAt > firstDone.get(client)! && doneAt > from);
    const until = Math.max(...measured.map(({ doneAt }) => doneAt));
    const latencies = measured.map(({ latencyMs }) => latencyMs).sort((a, b) => a - b);
    const at = (q: number) => Math.round((latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0) * 100) / 100;
    const failed = /failed transactions: ([1-9]\d*)/.exec(output)?.[1];
    if (failed) throw new Error(`pgbench: ${failed} failed transactions:\n${output.slice(-2000)}`);
    const measuredSeconds = until - from;
    return {
      requests: latencies.length,
      seconds: Math.round(measuredSeconds * 100) / 100,
      requestsPerSecond: measuredSeconds > 0 ? Math.round((latencies.length / measuredSeconds) * 10) / 10 : 0,
      pgbenchTps: Number(/tps = ([\d.]+)/.exec(output)?.[1] ?? NaN),
      latencyMs: {
        p50: at(0.5),
        p95: at(0.95),
        p99: at(0.99),
        max: at(1),
        mean: Math.round((latencies.reduce((sum, value) => sum + value, 0) / Math.max(1, latencies.length)) * 100) / 100,
      },
      statementsPerRequest: 2,
      machineCpuBusy,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function median<T>(values: T[], key: (value: T) => number): T {
  return [...values].sort((a, b) => key(a) - key(b))[Math.floor((values.length - 1) / 2)]!;
}

async function main(): Promise<void> {
  const window = tomorrowWindow();
  const pgbench = await findPgbench();
  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version };
  const pointCount = Math.trunc(options.number('points'));
  console.log(
    `search benchmark: ${documents.join(', ')} at ${densities.join(', ')} points (${pointCount} each), ${connectionCounts.join(' and ')} connections, ` +
      `${duration} s each for the API and the floor in ${rounds} rounds (+${warmup} s warm-up each), window ${window.start.toISOString()} +2h, ` +
      `server pool ${serverPool}, ${machine.cpus} cores, load average ${os.loadavg().map((value) => value.toFixed(2)).join(' / ')}`,
  );

  let statements = 0;
  const database = await openPostgres({ url: url!, poolMax: serverPool, onQuery: (query) => void (isEventMailboxRead(query) || statements++) });
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const scale = (
    await admin.query<{ version: string; lots: string; spaces: string; bookings: string }>(
      'SELECT version() AS version, (SELECT count(*) FROM lots) AS lots, (SELECT count(*) FROM spaces) AS spaces, (SELECT count(*) FROM bookings) AS bookings',
    )
  ).rows[0]!;
  const dataset = { lots: Number(scale.lots), spaces: Number(scale.spaces), bookings: Number(scale.bookings) };
  if (!dataset.lots) throw new Error('the database has no lots: load it with bench/dataset.ts first');
  console.log(`dataset: ${JSON.stringify(dataset)}; ${scale.version.split(' on ')[0]}; floors by ${pgbench}`);

  const server = await startServer({ database, logger: createLogger('silent'), auth: loadConfig({}).auth, ...benchServerOptions(execution) });
  const endpoint = server.url + GRAPHQL_PATH;
  const runs: Record<string, unknown>[] = [];
  let failures = 0;
  try {
    await admin.query(`DROP TABLE IF EXISTS bench_search_points;
      CREATE TABLE bench_search_points (i int PRIMARY KEY, lat float8, lng float8, south float8, west float8, north float8, east float8, clat float8, clng float8, reach float8)`);
    for (const density of densities) {
      const points = pointsOf(density, pointCount, Math.trunc(options.number('seed')));
      await admin.query('TRUNCATE bench_search_points');
      await admin.query(
        `INSERT INTO bench_search_points SELECT * FROM json_to_recordset($1::json)
           AS p(i int, lat float8, lng float8, south float8, west float8, north float8, east float8, clat float8, clng float8, reach float8)`,
        [JSON.stringify(points.map((point, i) => ({ i, ...point })))],
      );
      await admin.query('ANALYZE bench_search_points');
      for (const document of documents) {
        const floor = await readFloor(document);
        const bodies = points.map((point) => JSON.stringify({ query: QUERIES[document], variables: variablesOf(document, point, window) }));
        const floorVars = (now: Date) => ({
          ws: window.start.toISOString(),
          we: window.end.toISOString(),
          kind: spaceKind,
          now: now.toISOString(),
          radius: radiusMeters,
          // sensor reports older than the server's time-to-live (the default: the server above is started without one) have expired
          fresh: new Date(now.getTime() - DEFAULT_LIVE_DATA_TTLS.sensorStatusMs).toISOString(),
        });

        // the same answers first, or nothing is measured
        let lotsSeen = 0;
        for (const [index, point] of points.slice(0, verifyPoints).entries()) {
          const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bodies[index] });
          const json = (await response.json()) as { data?: unknown; errors?: unknown };
          if (!response.ok || json.errors || !json.data) throw new Error(`${document} failed (${response.status}): ${JSON.stringify(json).slice(0, 500)}`);
          const query = floor.parameterized({ ...floorVars(new Date()), ...point });
          const fromFloor = floorLines(document, (await admin.query(query)).rows);
          const fromApi = apiLines(document, json.data);
          lotsSeen += fromApi.length;
          if (JSON.stringify(fromApi) !== JSON.stringify(fromFloor)) {
            const differ = fromApi.findIndex((line, i) => line !== fromFloor[i]);
            throw new Error(
              `${document} at ${JSON.stringify(point)}: the API and the floor answer differently (${fromApi.length} against ${fromFloor.length} lots; ` +
                `first difference at ${differ}: API ${fromApi[differ] ?? 'nothing'}, floor ${fromFloor[differ] ?? 'nothing'})`,
            );
          }
        }
        const lotsPerAnswer = Math.round((lotsSeen / Math.max(1, Math.min(verifyPoints, points.length))) * 10) / 10;
        console.log(`\n${document} at ${density} points: the API and the floor gave the same answers at ${Math.min(verifyPoints, points.length)} points (${lotsPerAnswer} lots per answer)`);

        const script = `\\set i random(0, ${points.length - 1})\nSELECT lat, lng, south, west, north, east, clat, clng, reach FROM bench_search_points WHERE i = :i \\gset\n${floor.pgbench}\n`;
        for (const connections of connectionCounts) {
          const apiRounds: Measured[] = [];
          const floorRounds: Measured[] = [];
          for (let round = 0; round < rounds; round++) {
            const seconds = duration / rounds;
            if (warmup > 0) await runInChildProcess(fileURLToPath(new URL('./lib/load-runner.mjs', import.meta.url)), { url: endpoint, connections, duration: warmup, bodies });
            statements = 0;
            const cpusBefore = os.cpus();
            const processBefore = process.cpuUsage();
            const api = await runInChildProcess<Measured>(fileURLToPath(new URL('./lib/load-runner.mjs', import.meta.url)), { url: endpoint, connections, duration: seconds, bodies });
            const serverCpu = process.cpuUsage(processBefore);
            api.machineCpuBusy = cpuBusy(cpusBefore, os.cpus());
            api.serverCpuMsPerRequest = Math.round(((serverCpu.user + serverCpu.system) / 1000 / Math.max(1, api.requests)) * 100) / 100;
            api.sqlStatementsPerRequest = Math.round((statements / Math.max(1, api.requests)) * 100) / 100;
            failures += Number(api.non2xx) + Number(api.errors) + Number(api.timeouts) + Number(api.graphqlErrors) + (api.requests === 0 ? 1 : 0);
            apiRounds.push(api);
            const vars = floorVars(new Date());
            if (warmup > 0) await runPgbench(pgbench, script, connections, warmup, vars);
            const floorRound = await runPgbench(pgbench, script, connections, seconds, vars);
            if (floorRound.requests === 0) failures++;
            floorRounds.push(floorRound);
            console.log(
              `  ${connections} connections, round ${round + 1}: API ${api.requestsPerSecond} req/s (p50 ${api.latencyMs.p50}, p99 ${api.latencyMs.p99} ms, ` +
                `${api.sqlStatementsPerRequest} SQL/request, ${api.serverCpuMsPerRequest} ms server CPU/request); ` +
                `floor ${floorRound.requestsPerSecond} req/s (p50 ${floorRound.latencyMs.p50}, p99 ${floorRound.latencyMs.p99} ms)`,
            );
          }
          const api = median(apiRounds, (round) => round.requestsPerSecond);
          const floorMedian = median(floorRounds, (round) => round.requestsPerSecond);
          const ratio = Math.round((api.requestsPerSecond / floorMedian.requestsPerSecond) * 1000) / 1000;
          const p50Ratio = Math.round((api.latencyMs.p50 / floorMedian.latencyMs.p50) * 100) / 100;
          runs.push({ document, description: DESCRIPTIONS[document], density, connections, lotsPerAnswer, api, floor: floorMedian, ratioApiToFloor: ratio, p50ApiToFloor: p50Ratio, rounds: { api: apiRounds, floor: floorRounds } });
        }
      }
    }
  } finally {
    await admin.query('DROP TABLE IF EXISTS bench_search_points').catch(() => {});
    await admin.end();
    await server.stop();
    await database.close();
  }

  const latency = (l: Latencies) => `${l.p50} / ${l.p95} / ${l.p99}`;
  const table = [
    '| document | points | connections | API req/s | API p50 / p95 / p99 ms | SQL / request | floor req/s | floor p50 / p95 / p99 ms | API / floor |',
    '|---|---|---|---|---|---|---|---|---|',
    ...runs.map((run: any) =>
      `| ${run.description} | ${run.density} | ${run.connections} | ${run.api.requestsPerSecond} | ${latency(run.api.latencyMs)} | ${run.api.sqlStatementsPerRequest} | ${run.floor.requestsPerSecond} | ${latency(run.floor.latencyMs)} | ${run.ratioApiToFloor} |`,
    ),
  ];
  console.log(`\nload average after: ${os.loadavg().map((value) => value.toFixed(2)).join(' / ')}\n\n${table.join('\n')}\n`);
  const result = {
    benchmark: 'search',
    date: new Date().toISOString(),
    machine,
    loadAverage: os.loadavg(),
    postgres: scale.version.split(' on ')[0],
    dataset,
    settings: { execution, duration, warmup, rounds, connections: connectionCounts, serverPool, points: pointCount, radiusMeters, first, viewportMeters, spaceKind, window, loadGenerator: 'autocannon in a child process', floor: 'pgbench -M prepared' },
    runs,
    markdownTable: table.join('\n'),
  };
  if (options.out) await writeFile(options.out, JSON.stringify(result, null, 2) + '\n');
  console.log(JSON.stringify(result));
  // a smoke run (CI) must fail when the API answered with errors
  if (failures > 0) {
    console.error(`FAILED: ${failures} failed API requests or empty runs`);
    process.exitCode = 1;
  }
}

function variablesOf(document: DocumentName, point: Point, window: { start: Date; end: Date }): Record<string, unknown> {
  const bounds = { south: point.south, west: point.west, north: point.north, east: point.east };
  if (document === 'lotsNear') return { near: { lat: point.lat, lng: point.lng }, window, radius: radiusMeters, first };
  if (document === 'LotsInView') return { bounds };
  return { bounds, window, spaceKind };
}

await main();
