/**
 * Write cost of real time: booking writes straight through `pg` (no API) with the occupancy
 * triggers (drizzle/0006_occupancy_triggers.sql) enabled and disabled, at a fixed concurrency.
 *
 *   npx tsx bench/write-cost.ts --url postgres://postgres@127.0.0.1:5432/parkway_bench [--duration 10] [--connections 8]
 *
 * Two workloads, each run with the triggers ON then OFF (`ALTER TABLE bookings DISABLE TRIGGER
 * USER`: the occupancy triggers only; foreign keys and the exclusion constraint stay checked):
 *   - status: `UPDATE bookings SET status = CONFIRMED <-> CANCELLED` of one future CONFIRMED
 *     dataset booking per lot, each client cycling through its own lots (no two clients write
 *     the same lot, so no lot-row lock is shared); the original statuses are restored at the end.
 *   - insert-delete: INSERT of a booking a year ahead on a space of the client's own lots, then
 *     DELETE of it (two autocommit statements, both counted as writes; nothing conflicts).
 * Each write is one autocommit statement; with the triggers on it also bumps the lot's
 * occupancy_version, appends a parking_events row and NOTIFYs. The triggers are always
 * re-enabled at the end (try/finally). Do not run this next to a live server: while the triggers
 * are off, writes produce no events.
 *
 * Prints a JSON object (last line of stdout, and `--out`) and a markdown table row per workload.
 */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { createHistogram } from 'node:perf_hooks';
import pg from 'pg';
import { readOptions } from './lib/args.js';
import { cpuBusy } from './lib/measure.js';

const options = readOptions(
  {
    url: { default: process.env.DATABASE_URL, help: 'PostgreSQL URL of a database loaded by bench/dataset.ts' },
    duration: { default: '10', number: true, help: 'seconds measured per workload and trigger setting' },
    warmup: { default: '2', number: true, help: 'seconds of warm-up before each measurement (0 for none)' },
    connections: { default: '8', number: true, help: 'concurrent pg clients' },
    workloads: { default: 'status,insert-delete', help: 'comma-separated: status, insert-delete' },
    out: { help: 'also write the JSON result to this file' },
  },
  'usage: tsx bench/write-cost.ts --url <postgres url> [options]',
);

const url = options.url;
if (!url) throw new Error('--url (or DATABASE_URL) is required');
const duration = options.number('duration');
const warmup = options.number('warmup');
const connections = Math.trunc(options.number('connections'));
const workloads = options.workloads!.split(',').map((name) => name.trim()).filter(Boolean);
for (const name of workloads) if (name !== 'status' && name !== 'insert-delete') throw new Error(`unknown workload ${name}`);

interface Target {
  bookingId: string;
  lotId: string;
  spaceId: string;
  driverId: string;
  vehicleId: string;
  currency: string;
}

interface Measured {
  writes: number;
  seconds: number;
  writesPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  machineCpuBusy: number;
}

const HOUR = 3_600_000;

async function main(): Promise<void> {
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
  const pool = new pg.Pool({ connectionString: url, max: connections + 1, application_name: 'parkway-bench-write-cost' });
  pool.on('error', () => {});
  const clients: pg.PoolClient[] = [];
  let triggersDisabled = false;
  let originals: Target[] = [];
  const created = new Set<string>();
  try {
    const scale = (
      await pool.query<{ version: string; lots: string; spaces: string; bookings: string }>(
        'SELECT version() AS version, (SELECT count(*) FROM lots) AS lots, (SELECT count(*) FROM spaces) AS spaces, (SELECT count(*) FROM bookings) AS bookings',
      )
    ).rows[0]!;
    const dataset = { lots: Number(scale.lots), spaces: Number(scale.spaces), bookings: Number(scale.bookings) };
    // one future CONFIRMED booking per lot (its space, driver and vehicle serve the inserts too)
    const picked = await pool.query<{ id: string; lot_id: string; space_id: string; driver_id: string; vehicle_id: string; currency: string }>(`
      SELECT DISTINCT ON (lot_id) id, lot_id, space_id, driver_id, vehicle_id, currency FROM bookings
      WHERE status = 'CONFIRMED' AND lower(period) > now() ORDER BY lot_id, id`);
    originals = picked.rows.map((row) => ({
      bookingId: row.id,
      lotId: row.lot_id,
      spaceId: row.space_id,
      driverId: row.driver_id,
      vehicleId: row.vehicle_id,
      currency: row.currency,
    }));
    if (originals.length < connections) throw new Error(`only ${originals.length} lots with a future CONFIRMED booking: load a dataset first`);
    // client c owns targets c, c + connections, ...: no lot is written by two clients
    const owned = Array.from({ length: connections }, (_, c) => originals.filter((_, i) => i % connections === c));
    for (let c = 0; c < connections; c++) clients.push(await pool.connect());
    console.log(
      `write-cost benchmark: ${originals.length} lots, ${connections} clients, ${duration} s (+${warmup} s warm-up) per run, ` +
        `workloads ${workloads.join(', ')}, ${machine.cpus} cores`,
    );
    console.log(`dataset: ${JSON.stringify(dataset)}; ${scale.version.split(' on ')[0]}`);

    const status = new Map(originals.map((target) => [target.bookingId, 'CONFIRMED']));
    let slot = 0;
    const yearAhead = Date.now() + 365 * 24 * HOUR;
    // one write cycle of a client; returns the number of statements that wrote
    const step: Record<string, (client: pg.PoolClient, target: Target) => Promise<number>> = {
      status: async (client, target) => {
        const next = status.get(target.bookingId) === 'CONFIRMED' ? 'CANCELLED' : 'CONFIRMED';
        await client.query(`UPDATE bookings SET status = $2, updated_at = now() WHERE id = $1`, [target.bookingId, next]);
        status.set(target.bookingId, next);
        return 1;
      },
      'insert-delete': async (client, target) => {
        const start = new Date(yearAhead + (slot++ % 10_000) * HOUR);
        const inserted = await client.query<{ id: string }>(
          `INSERT INTO bookings (driver_id, vehicle_id, lot_id, space_id, period, status, price_amount, currency)
           VALUES ($1, $2, $3, $4, tstzrange($5, $6, '[)'), 'CONFIRMED', 0, $7) RETURNING id`,
          [target.driverId, target.vehicleId, target.lotId, target.spaceId, start, new Date(start.getTime() + HOUR), target.currency],
        );
        const id = inserted.rows[0]!.id;
        created.add(id);
        await client.query(`DELETE FROM bookings WHERE id = $1`, [id]);
        created.delete(id);
        return 2;
      },
    };

    const drive = async (workload: string, seconds: number, latency?: ReturnType<typeof createHistogram>) => {
      const until = performance.now() + seconds * 1000;
      let writes = 0;
      await Promise.all(
        clients.map(async (client, c) => {
          const mine = owned[c]!;
          for (let i = 0; performance.now() < until; i++) {
            const started = performance.now();
            const n = await step[workload]!(client, mine[i % mine.length]!);
            latency?.record(Math.max(1, Math.round(((performance.now() - started) * 1000) / n)));
            writes += n;
          }
        }),
      );
      return writes;
    };
    const measure = async (workload: string): Promise<Measured> => {
      if (warmup > 0) await drive(workload, warmup);
      const latency = createHistogram();
      const cpusBefore = os.cpus();
      const started = performance.now();
      const writes = await drive(workload, duration, latency);
      const seconds = (performance.now() - started) / 1000;
      const ms = (percentile: number) => Math.round(latency.percentile(percentile) / 10) / 100;
      return {
        writes,
        seconds: Math.round(seconds * 100) / 100,
        writesPerSecond: Math.round((writes / seconds) * 10) / 10,
        latencyMs: { p50: ms(50), p95: ms(95), p99: ms(99), max: ms(100), mean: Math.round(latency.mean / 10) / 100 },
        machineCpuBusy: cpuBusy(cpusBefore, os.cpus()),
      };
    };
    const setTriggers = async (enabled: boolean) => {
      await pool.query(`ALTER TABLE bookings ${enabled ? 'ENABLE' : 'DISABLE'} TRIGGER USER`);
      triggersDisabled = !enabled;
    };
    const events = async () => Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM parking_events')).rows[0]!.n);

    const results: Record<string, { triggersOn: Measured & { eventsAppended: number }; triggersOff: Measured & { eventsAppended: number }; ratioOffToOn: number }> = {};
    const rows: string[] = [];
    for (const workload of workloads) {
      await setTriggers(true);
      let before = await events();
      const on = await measure(workload);
      const onEvents = (await events()) - before;
      await setTriggers(false);
      before = await events();
      const off = await measure(workload);
      const offEvents = (await events()) - before;
      await setTriggers(true);
      const ratio = Math.round((off.writesPerSecond / on.writesPerSecond) * 1000) / 1000;
      results[workload] = { triggersOn: { ...on, eventsAppended: onEvents }, triggersOff: { ...off, eventsAppended: offEvents }, ratioOffToOn: ratio };
      console.log(
        `${workload}: triggers ON ${on.writesPerSecond} writes/s (p50 ${on.latencyMs.p50} / p95 ${on.latencyMs.p95} / p99 ${on.latencyMs.p99} ms, ` +
          `${onEvents} events incl. warm-up), OFF ${off.writesPerSecond} writes/s (p50 ${off.latencyMs.p50} / p95 ${off.latencyMs.p95} / p99 ${off.latencyMs.p99} ms, ` +
          `${offEvents} events incl. warm-up); OFF / ON ${ratio}`,
      );
      rows.push(
        `| ${dataset.lots.toLocaleString('en')} lots / ${dataset.bookings.toLocaleString('en')} bookings | ${workload} | ${connections} | ${duration} s | ` +
          `${on.writesPerSecond} | ${on.latencyMs.p50} / ${on.latencyMs.p95} / ${on.latencyMs.p99} | ${off.writesPerSecond} | ` +
          `${off.latencyMs.p50} / ${off.latencyMs.p95} / ${off.latencyMs.p99} | ${ratio} |`,
      );
    }

    const result = {
      benchmark: 'write-cost',
      date: new Date().toISOString(),
      machine,
      postgres: scale.version.split(' on ')[0],
      dataset,
      settings: { duration, warmup, connections, workloads, lots: originals.length, client: 'pg.Pool, one autocommit statement per write' },
      results,
    };
    console.log('\n| scale | workload | connections | duration | triggers on writes/s | on p50 / p95 / p99 ms | triggers off writes/s | off p50 / p95 / p99 ms | off / on |');
    console.log('|---|---|---|---|---|---|---|---|---|');
    for (const row of rows) console.log(row);
    console.log('');
    if (options.out) await writeFile(options.out, JSON.stringify({ ...result, markdownRows: rows }, null, 2) + '\n');
    console.log(JSON.stringify({ ...result, markdownRows: rows }));
  } finally {
    for (const client of clients) client.release();
    try {
      // always: the triggers back on first, then the dataset as it was (these writes record events)
      await pool.query(`ALTER TABLE bookings ENABLE TRIGGER USER`);
      if (triggersDisabled) console.log('occupancy triggers on bookings re-enabled');
      if (created.size) await pool.query(`DELETE FROM bookings WHERE id = ANY($1::uuid[])`, [[...created]]);
      if (originals.length) {
        await pool.query(`UPDATE bookings SET status = 'CONFIRMED' WHERE id = ANY($1::uuid[]) AND status <> 'CONFIRMED'`, [
          originals.map((target) => target.bookingId),
        ]);
      }
    } finally {
      await pool.end();
    }
  }
}

await main();
