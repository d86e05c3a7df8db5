/**
 * Live occupancy at scale: S graphql-ws subscribers on `lotOccupancyChanged`, U occupancy changes
 * per second, latency from commit to each subscriber's message, messages lost, the server's CPU,
 * memory and SQL statements.
 *
 *   npx tsx bench/subscriptions.ts --url postgres://postgres@127.0.0.1:5432/parkway_bench [--subscribers 100,10000] [--rate 20] [--duration 30]
 *
 * For each subscriber count S (one run each, a fresh server each time):
 * 1. The server runs in a child process (bench/lib/subscription-server.ts) so /proc gives its own
 *    CPU seconds and RSS; it counts the SQL statements it sends (at Drizzle, which every hub query
 *    goes through) and reports them over IPC.
 * 2. `--lots-changed` target lots are picked deterministically (evenly through the lots by id);
 *    subscriber i watches a `--box-meters` square viewport centred on target lot i % T (bounds),
 *    so each target is watched by about S / T subscribers, plus those whose viewport happens to
 *    hold it. `--client-processes` child processes (bench/lib/subscriber-runner.mjs) open the
 *    WebSockets, one per subscriber, and wait until each has its snapshot (one message per lot in
 *    its viewport, counted here from the lots' coordinates with the hub's own inclusive test).
 * 3. The driver (this process, a pg pool of 4) makes U changes per second for `--duration`
 *    seconds: each takes a target lot (round robin) out of one in-service space or puts it back
 *    (`UPDATE spaces SET operator_status`), in a transaction that reads the lot's new
 *    occupancy_version before COMMIT, and records when it sent COMMIT and when COMMIT returned.
 *    The touched spaces are put back in service at the end.
 * 4. After a `--drain` pause the clients hand over every message (lot, version, receive time).
 *    For each change (lot L, version v) the expected recipients are the subscribers whose
 *    viewport holds L. A recipient that got (L, v) is a delivery: latency = receive time - COMMIT
 *    sent (also reported from COMMIT returned). One that did not get v but got a later version of
 *    L was coalesced (documented behaviour: a slow reader gets the latest state per lot, and the
 *    hub reads a lot's current state once per batch of events). One that got neither is lost.
 *
 * `--server-processes N` runs N server processes on the database (each with its own LISTEN
 * connection and hub, as N pods would); client process p connects to server p % N. CPU, memory
 * and SQL are reported per server process and in total. `--background-writers W` adds W
 * connections that keep toggling a space of lots no subscriber watches, each as fast as it can
 * (autocommit, each writer on lots of its own), so deliveries are measured under a write load
 * (the issue's "commit to client p99 under that write load").
 *
 * Prints a summary per S and a markdown table; the JSON is the last line of stdout (and `--out`).
 * Exits 1 when a message was lost or a subscriber failed.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { createHistogram } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { readOptions } from './lib/args.js';
import { accountDeliveries, boundsAround, holds, type Bounds, type Change, type LotPoint, type Received } from './lib/deliveries.js';
import { loadAverages, machineInfo, processUsage } from './lib/machine.js';
import { cpuBusy } from './lib/measure.js';
import { executionModeOf } from './lib/server-options.js';

const options = readOptions(
  {
    url: { default: process.env.DATABASE_URL, help: 'PostgreSQL URL of a database loaded by bench/dataset.ts' },
    subscribers: { default: '100,10000', help: 'subscriber counts, comma-separated: one run each' },
    rate: { default: '20', number: true, help: 'occupancy changes per second (U)' },
    duration: { default: '30', number: true, help: 'seconds of changes per run' },
    drain: { default: '5', number: true, help: 'seconds to wait after the last change before counting' },
    'lots-changed': { default: '100', number: true, help: 'target lots the changes go round (T)' },
    'box-meters': { default: '400', number: true, help: "side of each subscriber's square viewport, metres" },
    'client-processes': { default: '4', number: true, help: 'processes holding the WebSockets' },
    'open-at-once': { default: '50', number: true, help: 'WebSocket handshakes in flight per client process' },
    'server-pool': { default: '10', number: true, help: "the server's pg pool size" },
    'server-processes': { default: '1', number: true, help: 'server processes on the database; subscribers are spread over them' },
    'background-writers': { default: '0', number: true, help: 'connections writing to unwatched lots as fast as they can during the changes' },
    'server-cpu-prof': { help: "write a V8 CPU profile of the server process into this directory (node --cpu-prof)" },
    execution: { default: 'compiled', help: "the server's execution mode (stock, compiled); subscriptions run on graphql-js in both" },
    'setup-timeout': { default: '900', number: true, help: 'seconds allowed for every subscriber to connect and get its snapshot' },
    out: { help: 'also write the JSON result to this file' },
  },
  'usage: tsx bench/subscriptions.ts --url <postgres url> [options]',
);

const url = options.url;
if (!url) throw new Error('--url (or DATABASE_URL) is required');
const subscriberCounts = options.subscribers!.split(',').map((value) => {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--subscribers: "${value}" is not a positive integer`);
  return count;
});
const rate = options.number('rate');
const duration = options.number('duration');
const drainSeconds = options.number('drain');
const targetCount = Math.trunc(options.number('lots-changed'));
const boxMeters = options.number('box-meters');
const clientProcesses = Math.trunc(options.number('client-processes'));
const openAtOnce = Math.trunc(options.number('open-at-once'));
const serverPool = Math.trunc(options.number('server-pool'));
const serverProcesses = Math.max(1, Math.trunc(options.number('server-processes')));
const backgroundWriters = Math.max(0, Math.trunc(options.number('background-writers')));
const execution = executionModeOf(options.execution);
const setupTimeoutMs = options.number('setup-timeout') * 1000;

const SUBSCRIPTION = `subscription Occupancy($bounds: BoundsInput!) {
  lotOccupancyChanged(bounds: $bounds) { lotId version occupancy { total available occupied reserved outOfService } }
}`;

const now = () => performance.timeOrigin + performance.now();
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

// ---- the setting: target lots, viewports, expected recipients ---------------------------------

async function readLots(pool: pg.Pool): Promise<LotPoint[]> {
  const { rows } = await pool.query<{ id: string; lat: number; lng: number }>(
    'SELECT id, ST_Y(location::geometry) AS lat, ST_X(location::geometry) AS lng FROM lots ORDER BY id',
  );
  return rows;
}

/** T lots evenly through the lots by id, each with an in-service space to toggle. */
async function pickTargets(pool: pg.Pool, lots: LotPoint[]): Promise<{ lot: LotPoint; spaceId: string }[]> {
  const step = Math.max(1, Math.floor(lots.length / targetCount));
  const picked = lots.filter((_, i) => i % step === 0).slice(0, targetCount);
  const { rows } = await pool.query<{ lot_id: string; id: string }>(
    `SELECT DISTINCT ON (lot_id) lot_id, id FROM spaces
     WHERE lot_id = ANY($1::uuid[]) AND operator_status = 'IN_SERVICE' ORDER BY lot_id, label`,
    [picked.map((lot) => lot.id)],
  );
  const spaceOf = new Map(rows.map((row) => [row.lot_id, row.id]));
  return picked.filter((lot) => spaceOf.has(lot.id)).map((lot) => ({ lot, spaceId: spaceOf.get(lot.id)! }));
}

// ---- processes -----------------------------------------------------------------------------

interface ServerProcess {
  url: string;
  pid: number;
  stats(): Promise<{ statements: number; subscriptions: number }>;
  stop(): Promise<void>;
}

function startServerProcess(): Promise<ServerProcess> {
  const child = fork(fileURLToPath(new URL('./lib/subscription-server.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx', ...(options['server-cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${options['server-cpu-prof']}`] : [])],
    env: { ...process.env, DATABASE_URL: url, POOL_MAX: String(serverPool), EXECUTION: execution },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const failed = (code: number | null) => reject(new Error(`server process exited with ${code} before listening`));
    child.once('exit', failed);
    child.once('message', (message: { ready?: { url: string; pid: number } }) => {
      child.off('exit', failed);
      resolve({
        url: message.ready!.url,
        pid: child.pid!,
        stats: () =>
          new Promise((answer) => {
            child.once('message', (reply: { stats: { statements: number; subscriptions: number } }) => answer(reply.stats));
            child.send({ stats: true });
          }),
        stop: () => stopChild(child),
      });
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

interface ClientProgress {
  opened: number;
  snapshotsComplete: number;
  errors: number;
  closed: number;
  firstError?: string;
}
interface ClientResult {
  received: Received[];
  errors: number;
  closed: number;
  firstError?: string;
}

class ClientProcess {
  private readonly child: ChildProcess;
  progress: ClientProgress = { opened: 0, snapshotsComplete: 0, errors: 0, closed: 0 };
  private resultWaiter: ((result: ClientResult) => void) | undefined;

  constructor() {
    this.child = fork(fileURLToPath(new URL('./lib/subscriber-runner.mjs', import.meta.url)), [], {
      execArgv: [],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child.on('message', (message: { progress?: ClientProgress; result?: ClientResult }) => {
      if (message.progress) this.progress = message.progress;
      if (message.result) this.resultWaiter?.(message.result);
    });
  }

  start(job: { wsUrl: string; query: string; subscribers: { index: number; bounds: Bounds; expectedSnapshot: number }[]; openAtOnce: number }) {
    this.child.send({ start: job });
  }

  finish(): Promise<ClientResult> {
    return new Promise((resolve, reject) => {
      this.resultWaiter = resolve;
      this.child.once('exit', (code) => reject(new Error(`client process exited with ${code} before answering`)));
      this.child.send({ finish: true });
    });
  }

  get pid(): number {
    return this.child.pid!;
  }

  stop(): Promise<void> {
    return stopChild(this.child);
  }
}

/** CPU seconds of all the client processes together. */
async function clientCpuSeconds(clients: ClientProcess[]): Promise<number> {
  const usages = await Promise.all(clients.map((client) => processUsage(client.pid)));
  return usages.reduce((total, usage) => total + usage.cpuSeconds, 0);
}

// ---- the driver ------------------------------------------------------------------------------

/** U changes per second for `duration` seconds; resolves with every committed change. */
async function driveChanges(pool: pg.Pool, targets: { lot: LotPoint; spaceId: string }[]): Promise<{ changes: Change[]; failures: number }> {
  const total = Math.round(rate * duration);
  const intervalMs = 1000 / rate;
  const changes: Change[] = [];
  let failures = 0;
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let k = 0; k < total; k++) {
    const wait = started + k * intervalMs - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const target = targets[k % targets.length]!;
    inFlight.push(
      changeOnce(pool, target).then(
        (change) => void changes.push(change),
        () => void failures++,
      ),
    );
  }
  await Promise.all(inFlight);
  return { changes, failures };
}

async function changeOnce(pool: pg.Pool, { lot, spaceId }: { lot: LotPoint; spaceId: string }): Promise<Change> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `UPDATE spaces SET operator_status = CASE WHEN operator_status = 'IN_SERVICE' THEN 'OUT_OF_SERVICE' ELSE 'IN_SERVICE' END::space_operator_status
       WHERE id = $1`,
      [spaceId],
    );
    const { rows } = await client.query<{ version: string }>('SELECT occupancy_version AS version FROM lots WHERE id = $1', [lot.id]);
    const commitSentAt = now();
    await client.query('COMMIT');
    return { lotId: lot.id, version: Number(rows[0]!.version), commitSentAt, committedAt: now() };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/**
 * W connections toggling one space of each of their own lots, none of them a target or near
 * one, until `stop` resolves; returns how many writes committed.
 */
async function backgroundWrites(lots: LotPoint[], excluded: Set<string>, stop: Promise<void>): Promise<{ writes: number; spaces: string[] }> {
  if (backgroundWriters === 0) return { writes: 0, spaces: [] };
  const pool = new pg.Pool({ connectionString: url, max: backgroundWriters, application_name: 'parkway-bench-background-writes' });
  pool.on('error', () => {});
  const candidates = lots.filter((lot) => !excluded.has(lot.id)).slice(0, backgroundWriters * 50);
  const { rows } = await pool.query<{ lot_id: string; id: string }>(
    `SELECT DISTINCT ON (lot_id) lot_id, id FROM spaces WHERE lot_id = ANY($1::uuid[]) AND operator_status = 'IN_SERVICE' ORDER BY lot_id, label DESC`,
    [candidates.map((lot) => lot.id)],
  );
  const spaces = rows.map((row) => row.id);
  let writes = 0;
  let stopped = false;
  void stop.then(() => (stopped = true));
  await Promise.all(
    Array.from({ length: backgroundWriters }, async (_, writer) => {
      const own = spaces.filter((_, i) => i % backgroundWriters === writer);
      for (let k = 0; !stopped && own.length > 0; k++) {
        await pool.query(
          `UPDATE spaces SET operator_status = CASE WHEN operator_status = 'IN_SERVICE' THEN 'OUT_OF_SERVICE' ELSE 'IN_SERVICE' END::space_operator_status WHERE id = $1`,
          [own[k % own.length]],
        );
        writes += 1;
      }
    }),
  );
  await pool.query(`UPDATE spaces SET operator_status = 'IN_SERVICE' WHERE id = ANY($1::uuid[]) AND operator_status <> 'IN_SERVICE'`, [spaces]);
  await pool.end();
  return { writes, spaces };
}

// ---- one run -----------------------------------------------------------------------------------

async function waitFor(what: string, done: () => boolean, timeoutMs: number, describe: () => string): Promise<number> {
  const started = performance.now();
  let lastLog = 0;
  while (!done()) {
    if (performance.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}: ${describe()}`);
    if (performance.now() - lastLog > 5000) {
      lastLog = performance.now();
      console.log(`  ${what}: ${describe()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return round((performance.now() - started) / 1000);
}

function percentiles(values: number[]) {
  const histogram = createHistogram();
  for (const value of values) histogram.record(Math.max(1, Math.round(value * 1000)));
  const ms = (p: number) => (values.length ? round(histogram.percentile(p) / 1000) : null);
  return { p50: ms(50), p95: ms(95), p99: ms(99), max: ms(100), count: values.length };
}

async function runWith(subscriberCount: number, pool: pg.Pool, lots: LotPoint[], targets: { lot: LotPoint; spaceId: string }[]) {
  console.log(`\n--- ${subscriberCount.toLocaleString('en')} subscribers, ${rate} changes/s for ${duration} s over ${targets.length} lots ---`);
  const boxes = Array.from({ length: subscriberCount }, (_, i) => boundsAround(targets[i % targets.length]!.lot, boxMeters));
  // only lots near a target can be in a viewport: test those
  const nearTargets = lots.filter((lot) => boxes.slice(0, targets.length).some((box) => holds(box, lot)));
  const lotsInBox = boxes.map((box) => nearTargets.filter((lot) => holds(box, lot)).map((lot) => lot.id));
  const expectedSnapshot = lotsInBox.map((ids) => ids.length);
  const snapshotMessages = expectedSnapshot.reduce((sum, n) => sum + n, 0);

  const servers = await Promise.all(Array.from({ length: serverProcesses }, () => startServerProcess()));
  const processCount = Math.max(serverProcesses, Math.min(clientProcesses, subscriberCount));
  const clients = Array.from({ length: processCount }, () => new ClientProcess());
  // every server process's figures, and their sums
  const usageOf = () => Promise.all(servers.map((server) => processUsage(server.pid)));
  const statsOf = async () => {
    const each = await Promise.all(servers.map((server) => server.stats()));
    return { each, statements: each.reduce((sum, s) => sum + s.statements, 0), subscriptions: each.reduce((sum, s) => sum + s.subscriptions, 0) };
  };
  const total = (usages: Awaited<ReturnType<typeof usageOf>>) => ({
    cpuSeconds: usages.reduce((sum, usage) => sum + usage.cpuSeconds, 0),
    rssBytes: usages.reduce((sum, usage) => sum + usage.rssBytes, 0),
  });
  try {
    const idleEach = await usageOf();
    const idle = total(idleEach);
    const setupStatementsBefore = (await statsOf()).statements;
    clients.forEach((client, p) =>
      client.start({
        wsUrl: servers[p % serverProcesses]!.url.replace(/^http/, 'ws') + '/graphql',
        query: SUBSCRIPTION,
        openAtOnce,
        subscribers: boxes
          .map((bounds, index) => ({ index, bounds, expectedSnapshot: expectedSnapshot[index]! }))
          .filter(({ index }) => index % processCount === p),
      }),
    );
    const sum = (key: 'opened' | 'snapshotsComplete' | 'errors' | 'closed') => clients.reduce((total, client) => total + client.progress[key], 0);
    const setupSeconds = await waitFor(
      'connect and snapshot',
      () => {
        // a subscriber that failed will never complete its snapshot: stop at once
        const failed = clients.find((client) => client.progress.errors > 0 || client.progress.closed > 0);
        if (failed) throw new Error(`a subscriber failed while connecting: ${failed.progress.firstError ?? 'connection closed'}`);
        return sum('snapshotsComplete') === subscriberCount;
      },
      setupTimeoutMs,
      () => `${sum('opened')} open, ${sum('snapshotsComplete')} snapshots complete, ${sum('errors')} errors, ${sum('closed')} closed`,
    );
    const serverAfterSetup = await statsOf();
    const subscribedEach = await usageOf();
    const subscribed = total(subscribedEach);
    console.log(
      `  ${subscriberCount} subscribed in ${setupSeconds} s (${snapshotMessages} snapshot messages, ${serverAfterSetup.statements - setupStatementsBefore} SQL statements); ` +
        `server RSS ${round(idle.rssBytes / 2 ** 20, 1)} MiB idle -> ${round(subscribed.rssBytes / 2 ** 20, 1)} MiB`,
    );

    const versionsBefore = await pool.query<{ id: string; version: string }>('SELECT id, occupancy_version AS version FROM lots WHERE id = ANY($1::uuid[])', [targets.map((t) => t.lot.id)]);
    const cpusBefore = os.cpus();
    const clientCpuBefore = await clientCpuSeconds(clients);
    let endBackground!: () => void;
    const background = backgroundWrites(lots, new Set(nearTargets.map((lot) => lot.id)), new Promise<void>((resolve) => (endBackground = resolve)));
    const started = performance.now();
    const { changes, failures } = await driveChanges(pool, targets).finally(() => endBackground());
    const driveSeconds = (performance.now() - started) / 1000;
    const { writes: backgroundWriteCount } = await background;
    const measuredEach = await usageOf();
    const measured = total(measuredEach);
    const clientCpuCores = round(((await clientCpuSeconds(clients)) - clientCpuBefore) / driveSeconds, 3);
    const cpusAfter = os.cpus();
    const serverAfterRun = await statsOf();
    await new Promise((resolve) => setTimeout(resolve, drainSeconds * 1000));
    const results = await Promise.all(clients.map((client) => client.finish()));

    const outcome = accountDeliveries(changes, lotsInBox, results, new Map(versionsBefore.rows.map((row) => [row.id, Number(row.version)])));
    const statementsPerSecond = round((serverAfterRun.statements - serverAfterSetup.statements) / driveSeconds, 1);
    const serverCpuCores = round((measured.cpuSeconds - subscribed.cpuSeconds) / driveSeconds, 3);
    const result = {
      subscribers: subscriberCount,
      serverProcesses,
      clientProcesses: processCount,
      backgroundWrites: { writers: backgroundWriters, perSecond: round(backgroundWriteCount / driveSeconds, 1) },
      targetLots: targets.length,
      subscribersPerTargetLot: round(subscriberCount / targets.length, 1),
      snapshot: { messages: snapshotMessages, seconds: setupSeconds, sqlStatements: serverAfterSetup.statements - setupStatementsBefore },
      changes: { committed: changes.length, failed: failures, perSecond: round(changes.length / driveSeconds, 1) },
      deliveries: outcome,
      latencyFromCommitSentMs: percentiles(outcome.latenciesFromCommitSent),
      latencyFromCommittedMs: percentiles(outcome.latenciesFromCommitted),
      server: {
        rssIdleMiB: round(idle.rssBytes / 2 ** 20, 1),
        rssSubscribedMiB: round(subscribed.rssBytes / 2 ** 20, 1),
        rssPerSubscriberKiB: round((subscribed.rssBytes - idle.rssBytes) / 1024 / subscriberCount, 1),
        cpuCoresDuringChanges: serverCpuCores,
        cpuMicrosecondsPerDelivery: outcome.delivered ? round(((measured.cpuSeconds - subscribed.cpuSeconds) * 1e6) / outcome.delivered, 1) : null,
        sqlStatementsPerSecond: statementsPerSecond,
        liveSubscriptionsAtEnd: serverAfterRun.subscriptions,
        perProcess: servers.map((_, i) => ({
          subscriptions: serverAfterSetup.each[i]!.subscriptions,
          rssSubscribedMiB: round(subscribedEach[i]!.rssBytes / 2 ** 20, 1),
          cpuCoresDuringChanges: round((measuredEach[i]!.cpuSeconds - subscribedEach[i]!.cpuSeconds) / driveSeconds, 3),
          sqlStatementsPerSecond: round((serverAfterRun.each[i]!.statements - serverAfterSetup.each[i]!.statements) / driveSeconds, 1),
        })),
      },
      machineCpuBusy: cpuBusy(cpusBefore, cpusAfter),
      clientProcessesCpuCores: clientCpuCores,
      clientErrors: results.reduce((total, r) => total + r.errors, 0),
      clientsClosed: results.reduce((total, r) => total + r.closed, 0),
      firstClientError: results.find((r) => r.firstError)?.firstError,
    };
    const { latenciesFromCommitSent: _sent, latenciesFromCommitted: _committed, ...counts } = outcome;
    result.deliveries = counts as typeof outcome;
    console.log(
      `  ${serverProcesses} server process(es), ${result.backgroundWrites.perSecond} background writes/s; ` +
        `${result.changes.committed} changes (${result.changes.perSecond}/s): ${outcome.expected} expected deliveries, ${outcome.delivered} delivered, ` +
        `${outcome.coalesced} coalesced, ${outcome.lost} lost, ${outcome.unexpected} unexpected (${outcome.snapshotOutsideViewport} snapshot messages for lots just outside the viewport); latency from COMMIT p50 ${result.latencyFromCommitSentMs.p50} / ` +
        `p95 ${result.latencyFromCommitSentMs.p95} / p99 ${result.latencyFromCommitSentMs.p99} ms; server ${serverCpuCores} cores, ` +
        `${result.server.rssPerSubscriberKiB} KiB RSS per subscriber, ${statementsPerSecond} SQL statements/s; client processes ${clientCpuCores} cores; machine ${Math.round(result.machineCpuBusy * 100)}% busy`,
    );
    return result;
  } finally {
    await Promise.all(clients.map((client) => client.stop()));
    await Promise.all(servers.map((server) => server.stop()));
  }
}

// ---- main ------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const machine = machineInfo();
  const loadBefore = loadAverages();
  const pool = new pg.Pool({ connectionString: url, max: 4, application_name: 'parkway-bench-subscriptions' });
  pool.on('error', () => {});
  const lots = await readLots(pool);
  if (lots.length === 0) throw new Error('the database has no lots: load it with bench/dataset.ts first');
  const targets = await pickTargets(pool, lots);
  const runs = [];
  try {
    for (const count of subscriberCounts) runs.push(await runWith(count, pool, lots, targets));
  } finally {
    // the driver toggles; whatever state a run ended in, the targets' spaces go back in service
    await pool.query(`UPDATE spaces SET operator_status = 'IN_SERVICE' WHERE id = ANY($1::uuid[]) AND operator_status <> 'IN_SERVICE'`, [
      targets.map((target) => target.spaceId),
    ]);
    await pool.end();
  }
  const table = [
    '| subscribers | server processes | background writes/s | changes/s | expected / delivered / coalesced / lost | latency p50 / p95 / p99 ms | server CPU (cores) | RSS per subscriber | SQL statements/s | snapshot |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...runs.map(
      (run) =>
        `| ${run.subscribers.toLocaleString('en')} | ${run.serverProcesses} | ${run.backgroundWrites.perSecond} | ${run.changes.perSecond} | ${run.deliveries.expected} / ${run.deliveries.delivered} / ${run.deliveries.coalesced} / ${run.deliveries.lost} | ` +
        `${run.latencyFromCommitSentMs.p50} / ${run.latencyFromCommitSentMs.p95} / ${run.latencyFromCommitSentMs.p99} | ${run.server.cpuCoresDuringChanges} | ` +
        `${run.server.rssPerSubscriberKiB} KiB | ${run.server.sqlStatementsPerSecond} | ${run.snapshot.messages} messages in ${run.snapshot.seconds} s |`,
    ),
  ].join('\n');
  console.log(`\n${table}\n`);
  const result = {
    benchmark: 'subscriptions',
    date: new Date().toISOString(),
    machine,
    loadAverages: { before: loadBefore, after: loadAverages() },
    settings: { rate, duration, drainSeconds, targetLots: targets.length, boxMeters, clientProcesses, serverProcesses, backgroundWriters, openAtOnce, serverPool, execution, statementCount: 'counted by the server process at Drizzle (pg_stat_statements is not preloaded here)' },
    runs,
    markdown: table,
  };
  if (options.out) await writeFile(options.out, JSON.stringify(result, null, 2) + '\n');
  console.log(JSON.stringify(result));
  const bad = runs.filter((run) => run.deliveries.lost > 0 || run.clientErrors > 0 || run.changes.failed > 0 || run.deliveries.unexpected > 0);
  if (bad.length > 0) {
    console.error(`FAILED: lost messages, client errors, failed changes or unexpected messages at ${bad.map((run) => run.subscribers).join(', ')} subscribers`);
    process.exitCode = 1;
  }
}

await main();
