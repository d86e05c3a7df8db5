/**
 * Per-request cost of the server for one document, in either execution mode, for profiling.
 *
 *   npx tsx bench/flat-profile.ts --url postgres://postgres@127.0.0.1:5432/parkway_bench [--execution compiled] [--document flat]
 *   node --cpu-prof --cpu-prof-dir=prof --import tsx bench/flat-profile.ts --url ...   # then:
 *   npx tsx bench/lib/cpu-profile-summary.ts prof/<file>.cpuprofile
 *
 * Starts the server in this process (production mode, the benchmarks' options) and drives it
 * from autocannon in a child process (bench/lib/load-runner.mjs), so a CPU profile of this
 * process holds the server only. Besides req/s and latency it prints the server's CPU time per
 * request (this process's user + system CPU over the measured run / requests): on a shared
 * machine throughput follows whatever else runs, while CPU per request mostly does not.
 */
import { fileURLToPath } from 'node:url';
import { readOptions } from './lib/args.js';
import { loadAverages } from './lib/machine.js';
import { runInChildProcess } from './lib/measure.js';
import { benchServerOptions, executionModeOf } from './lib/server-options.js';

process.env.NODE_ENV ??= 'production';

const DOCUMENTS = {
  flat: 'query Flat { lots(first: 20) { edges { node { id name } } } }',
  nested: `query Nested { lots(first: 20) { edges { node { id name operator { id name }
    spaces(first: 20) { edges { node { id label kind } } } } } } }`,
  // bench/search.ts's document at one point (central London), tomorrow 10:00-12:00 UTC
  search: `query Search($near: LatLngInput!, $window: TimeWindowInput!) {
    lotsNear(near: $near, radiusMeters: 2000, window: $window, first: 20) {
      edges { distanceMeters node { id name availability(window: $window) { available } } } } }`,
} as const;

function searchVariables(now = new Date()) {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 10));
  return { near: { lat: 51.5074, lng: -0.1278 }, window: { start, end: new Date(start.getTime() + 2 * 3_600_000) } };
}

const options = readOptions(
  {
    url: { default: process.env.DATABASE_URL, help: 'PostgreSQL URL of a database loaded by bench/dataset.ts' },
    execution: { default: 'compiled', help: 'stock or compiled' },
    document: { default: 'flat', help: `one of ${Object.keys(DOCUMENTS).join(', ')}` },
    duration: { default: '20', number: true, help: 'seconds measured' },
    warmup: { default: '3', number: true, help: 'seconds of warm-up (0 for none)' },
    connections: { default: '16', number: true, help: 'concurrent HTTP connections' },
  },
  'usage: tsx bench/flat-profile.ts --url <postgres url> [options]',
);
const url = options.url;
if (!url) throw new Error('--url (or DATABASE_URL) is required');
const mode = executionModeOf(options.execution);
const query = DOCUMENTS[options.document as keyof typeof DOCUMENTS];
if (!query) throw new Error(`--document must be one of ${Object.keys(DOCUMENTS).join(', ')}`);

const { openPostgres } = await import('../src/db/client.js');
const { loadConfig } = await import('../src/config.js');
const { createLogger } = await import('../src/logger.js');
const { startServer, GRAPHQL_PATH } = await import('../src/server/app.js');

interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  graphqlErrors: number;
  firstError?: string;
}

const connections = Math.trunc(options.number('connections'));
const database = await openPostgres({ url, poolMax: connections });
const server = await startServer({ database, logger: createLogger('silent'), auth: loadConfig({}).auth, ...benchServerOptions(mode) });
const load = (duration: number) =>
  runInChildProcess<LoadResult>(fileURLToPath(new URL('./lib/load-runner.mjs', import.meta.url)), {
    url: server.url + GRAPHQL_PATH,
    connections,
    duration,
    bodies: [JSON.stringify({ query, variables: options.document === 'search' ? searchVariables() : undefined })],
  });
try {
  if (options.number('warmup') > 0) await load(options.number('warmup'));
  const loadBefore = loadAverages();
  const before = process.cpuUsage();
  const result = await load(options.number('duration'));
  const cpu = process.cpuUsage(before);
  const cpuMsPerRequest = (cpu.user + cpu.system) / 1000 / result.requests;
  console.log(
    `${options.document} ${mode}: ${result.requestsPerSecond} req/s, p50 ${result.latencyMs.p50} / p99 ${result.latencyMs.p99} ms, ` +
      `server CPU ${cpuMsPerRequest.toFixed(3)} ms/request (${result.requests} requests, non-2xx ${result.non2xx}, ` +
      `errors ${result.errors}, GraphQL errors ${result.graphqlErrors}; load average ${loadBefore.join(' ')})`,
  );
  if (result.non2xx || result.errors || result.graphqlErrors) {
    console.error(result.firstError);
    process.exitCode = 1;
  }
} finally {
  await server.stop();
  await database.close();
}
