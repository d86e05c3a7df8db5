/**
 * Read replicas: the live map's `LotsInView` page (web/src/operations.ts) served with its reads
 * on a streaming replica (DATABASE_READ_URLS) and, in the same run, on the primary alone; then the
 * replica's lag while the primary takes a write load, and where the routed server sent its reads
 * meanwhile.
 *
 *   npx tsx bench/replicas.ts [--lots 2000] [--duration 10] [--connections 8] [--writers 4]
 *
 * Needs root and PostgreSQL 15's binaries: the primary and its replica are a throwaway cluster
 * of this run's own (test/helpers/throwaway-cluster.ts: initdb as the postgres user, a base
 * backup with `pg_basebackup -R`, a hot standby), on free ports, destroyed at the end.
 *
 * 1. bench/dataset.ts loads `--lots` lots into the primary (child process); the replica follows.
 * 2. Two servers in this process on the primary: `routed` (the replica in readReplicas) and
 *    `primary only`. Each serves LotsInView at 1,000 viewports for `--duration` seconds (autocannon
 *    in a child process, bench/lib/load-runner.mjs), one after the other. Where the reads went is
 *    counted by each database server: the transactions committed in the benchmark database on the
 *    primary and on the replica (pg_stat_database.xact_commit) during the run.
 * 3. `--writers` connections toggle booking statuses on the primary as fast as they can (the
 *    write-cost benchmark's status workload, triggers on) for `--duration` seconds while the
 *    routed server keeps serving LotsInView; the replica's lag behind the primary is sampled every
 *    100 ms (WAL bytes not yet replayed, and the age of the last replayed commit).
 *
 * On one machine the replica competes with the primary for the same cores, so this shows what
 * routing costs and that reads really move, not the added capacity of a replica on its own host.
 * Prints a markdown table and the JSON (last line of stdout, and `--out`).
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { readOptions } from './lib/args.js';
import { randomPoints, METERS_PER_DEGREE } from './lib/cities.js';
import { loadAverages, machineInfo } from './lib/machine.js';
import { runInChildProcess } from './lib/measure.js';
import { benchServerOptions } from './lib/server-options.js';

process.env.NODE_ENV ??= 'production';

const options = readOptions(
  {
    url: { help: 'not used: the run makes a primary and a replica of its own (accepted so npm run bench can pass it)' },
    lots: { default: '2000', number: true, help: 'lots loaded into the throwaway primary (bench/dataset.ts)' },
    duration: { default: '10', number: true, help: 'seconds per measurement' },
    warmup: { default: '2', number: true, help: 'seconds of warm-up before each read measurement' },
    connections: { default: '8', number: true, help: 'concurrent HTTP connections of the read load' },
    writers: { default: '4', number: true, help: 'connections writing on the primary during the lag measurement' },
    'max-lag': { default: '2000', number: true, help: "the routed server's READ_REPLICA_MAX_LAG_MS" },
    out: { help: 'also write the JSON result to this file' },
  },
  'usage: tsx bench/replicas.ts [options]',
);

const { startServer, GRAPHQL_PATH } = await import('../src/server/app.js');
const { openPostgres } = await import('../src/db/client.js');
const { createLogger } = await import('../src/logger.js');
const { loadConfig } = await import('../src/config.js');
const { canStartThrowawayCluster, startThrowawayCluster } = await import('../test/helpers/throwaway-cluster.js');
// the live map's own document, as the page sends it (web/ is loaded by path: bundler resolution)
const liveMapOperations = '../web/src/operations.js';
const { LotsInViewQuery } = (await import(liveMapOperations)) as { LotsInViewQuery: unknown };

const VIEWPORT_METERS = 2_500;
const LOAD_RUNNER = fileURLToPath(new URL('./lib/load-runner.mjs', import.meta.url));
const run = promisify(execFile);

interface ReadRun {
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number };
  errors: number;
  graphqlErrors: number;
  /** Transactions committed in the benchmark database during the run, per database server. */
  transactions: { primary: number; replica: number };
}

/** LotsInView request bodies at seeded viewports in the dataset's cities. */
function viewportBodies(count: number): string[] {
  const query = String(LotsInViewQuery);
  return randomPoints(count, 7).map(({ lat, lng }) => {
    const halfLat = VIEWPORT_METERS / 2 / METERS_PER_DEGREE;
    const halfLng = halfLat / Math.cos((lat * Math.PI) / 180);
    const bounds = { south: lat - halfLat, north: lat + halfLat, west: lng - halfLng, east: lng + halfLng };
    return JSON.stringify({ query, variables: { bounds } });
  });
}

async function committed(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: string }>('SELECT xact_commit::text AS n FROM pg_stat_database WHERE datname = current_database()');
  return Number(rows[0]!.n);
}

/** Lag samples of the replica behind the primary, every 100 ms until `stop()`. */
function sampleLag(primary: pg.Client, replica: pg.Client) {
  const bytes: number[] = [];
  const ms: number[] = [];
  let stopped = false;
  const done = (async () => {
    while (!stopped) {
      const { rows: p } = await primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
      const { rows: r } = await replica.query<{ behind: string | null; age_ms: number | null }>(
        `SELECT pg_wal_lsn_diff($1::pg_lsn, pg_last_wal_replay_lsn())::text AS behind,
                (extract(epoch FROM now() - pg_last_xact_replay_timestamp()) * 1000)::float8 AS age_ms`,
        [p[0]!.lsn],
      );
      bytes.push(Math.max(0, Number(r[0]!.behind ?? 0)));
      if (r[0]!.age_ms !== null) ms.push(Math.max(0, r[0]!.age_ms));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const percentile = (values: number[], q: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  };
  return {
    async stop() {
      stopped = true;
      await done;
      return {
        samples: bytes.length,
        behindBytes: { p50: percentile(bytes, 0.5), p99: percentile(bytes, 0.99), max: Math.max(0, ...bytes) },
        // the age of the last replayed commit also grows while nothing is written: read it under the write load only
        lastReplayAgeMs: { p50: Math.round(percentile(ms, 0.5)), p99: Math.round(percentile(ms, 0.99)) },
      };
    },
  };
}

/** The write-cost benchmark's status workload: each writer toggles future bookings of its own lots. */
function writeLoad(url: string, writers: number) {
  let stopped = false;
  let writes = 0;
  const done = (async () => {
    const pool = new pg.Pool({ connectionString: url, max: writers });
    try {
      const { rows } = await pool.query<{ id: string }>(
        `SELECT DISTINCT ON (lot_id) id FROM bookings WHERE status = 'CONFIRMED' AND lower(period) > now() ORDER BY lot_id, id`,
      );
      await Promise.all(
        Array.from({ length: writers }, async (_, w) => {
          const mine = rows.filter((_, i) => i % writers === w).map((row) => row.id);
          for (let i = 0; !stopped && mine.length > 0; i++) {
            const id = mine[i % mine.length]!;
            await pool.query(`UPDATE bookings SET status = 'CANCELLED' WHERE id = $1`, [id]);
            await pool.query(`UPDATE bookings SET status = 'CONFIRMED' WHERE id = $1`, [id]);
            writes += 2;
          }
        }),
      );
    } finally {
      await pool.end();
    }
  })();
  return {
    async stop() {
      stopped = true;
      await done;
      return writes;
    },
  };
}

async function main(): Promise<void> {
  if (!(await canStartThrowawayCluster())) throw new Error('needs PostgreSQL 15 binaries and a postgres OS user (a throwaway cluster)');
  const duration = options.number('duration');
  const warmup = options.number('warmup');
  const connections = Math.trunc(options.number('connections'));
  const writers = Math.trunc(options.number('writers'));
  const maxLagMs = options.number('max-lag');
  const cluster = await startThrowawayCluster();
  const servers: Array<{ stop(): Promise<void> }> = [];
  const clients: pg.Client[] = [];
  try {
    await run('npx', ['tsx', fileURLToPath(new URL('./dataset.ts', import.meta.url)), '--url', cluster.databaseUrl, '--lots', String(options.number('lots'))], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const replica = await cluster.startReplica();
    const primaryClient = new pg.Client({ connectionString: cluster.databaseUrl });
    const replicaClient = new pg.Client({ connectionString: replica.databaseUrl });
    for (const client of [primaryClient, replicaClient]) {
      await client.connect();
      clients.push(client);
    }
    const serverOn = async (readReplicas: { urls: string[]; maxLagMs: number } | undefined) => {
      const database = await openPostgres({ url: cluster.databaseUrl, poolMax: connections + 2 });
      const server = await startServer({
        database,
        logger: createLogger('silent'),
        auth: loadConfig({}).auth,
        ...benchServerOptions('compiled'),
        ...(readReplicas && { readReplicas }),
      });
      servers.push({ stop: async () => { await server.stop(); await database.close(); } });
      return `${server.url}${GRAPHQL_PATH}`;
    };
    const routedUrl = await serverOn({ urls: [replica.databaseUrl], maxLagMs });
    const primaryOnlyUrl = await serverOn(undefined);
    const bodies = viewportBodies(1_000);

    const readRun = async (url: string, seconds: number): Promise<ReadRun> => {
      const before = { primary: await committed(primaryClient), replica: await committed(replicaClient) };
      const result = await runInChildProcess<{ requestsPerSecond: number; latencyMs: ReadRun['latencyMs']; errors: number; graphqlErrors: number }>(LOAD_RUNNER, {
        url,
        connections,
        duration: seconds,
        bodies,
      });
      const after = { primary: await committed(primaryClient), replica: await committed(replicaClient) };
      return {
        requestsPerSecond: result.requestsPerSecond,
        latencyMs: { p50: result.latencyMs.p50, p95: result.latencyMs.p95, p99: result.latencyMs.p99 },
        errors: result.errors,
        graphqlErrors: result.graphqlErrors,
        // less the probes of this benchmark and the servers' own background reads, which are a few a second
        transactions: { primary: after.primary - before.primary, replica: after.replica - before.replica },
      };
    };

    const reads: Record<string, ReadRun> = {};
    for (const [name, url] of [
      ['routed to the replica', routedUrl],
      ['primary only', primaryOnlyUrl],
    ] as const) {
      if (warmup > 0) await runInChildProcess(LOAD_RUNNER, { url, connections, duration: warmup, bodies });
      reads[name] = await readRun(url, duration);
    }
    const lag = sampleLag(primaryClient, replicaClient);
    const writing = writeLoad(cluster.databaseUrl, writers);
    const underWrites = await readRun(routedUrl, duration);
    const writes = await writing.stop();
    const lagResult = await lag.stop();

    const result = {
      benchmark: 'replicas',
      date: new Date().toISOString(),
      machine: machineInfo(),
      loadAverage: loadAverages(),
      settings: { lots: options.number('lots'), duration, warmup, connections, writers, maxLagMs, document: 'LotsInView', viewportMeters: VIEWPORT_METERS },
      reads,
      underWrites: { reads: underWrites, writesPerSecond: Math.round(writes / duration), lag: lagResult },
    };
    const row = (name: string, r: ReadRun) =>
      `| ${name} | ${r.requestsPerSecond} | ${r.latencyMs.p50} / ${r.latencyMs.p95} / ${r.latencyMs.p99} | ${r.transactions.primary} | ${r.transactions.replica} | ${r.errors + r.graphqlErrors} |`;
    console.log('\n| LotsInView | req/s | p50 / p95 / p99 ms | transactions on primary | on replica | errors |\n|---|---|---|---|---|---|');
    for (const [name, r] of Object.entries(reads)) console.log(row(name, r));
    console.log(row(`routed, ${writers} writers (${result.underWrites.writesPerSecond} writes/s)`, underWrites));
    console.log(
      `\nreplica lag under the writes: ${lagResult.behindBytes.p50} / ${lagResult.behindBytes.p99} / ${lagResult.behindBytes.max} bytes (p50 / p99 / max), ` +
        `last replayed commit ${lagResult.lastReplayAgeMs.p50} / ${lagResult.lastReplayAgeMs.p99} ms old (p50 / p99), ${lagResult.samples} samples`,
    );
    if (options.out) await writeFile(options.out, JSON.stringify(result, null, 2) + '\n');
    console.log(JSON.stringify(result));
    const failed = [...Object.values(reads), underWrites].some((r) => r.errors + r.graphqlErrors > 0);
    if (failed) {
      console.error('FAILED: the API answered with errors');
      process.exitCode = 1;
    }
  } finally {
    for (const server of servers) await server.stop().catch(() => {});
    for (const client of clients) await client.end().catch(() => {});
    await cluster.destroy();
  }
}

await main();
