/**
 * `npm run bench`: every benchmark at one scale, one after the other, on one database, then the
 * results as JSON and a markdown table in bench/results/<YYYY-MM-DD>.{json,md}, and the table in
 * docs/performance.md (between `<!-- bench:start -->` and `<!-- bench:end -->`).
 *
 *   npm run bench -- [--url postgres://postgres@127.0.0.1:5432/parkway_bench] [--lots 50000] [--duration 20] [--skip subscriptions,...]
 *
 * 1. dataset: skipped when the database's bench_meta (written by bench/dataset.ts after a complete
 *    load) names the same lots, seed and anchor day (today, UTC) and the lots, spaces and
 *    bookings still number what that load left (pending migrations are then applied); otherwise
 *    bench/dataset.ts loads it.
 * 2. search (stock and compiled), nested (Parkway stock and compiled, PostGraphile),
 *    subscriptions, bookings, write-cost, replicas (on a throwaway primary and streaming replica
 *    of its own, not on `--url`): each bench/<name>.ts in a process of its own, its output shown
 *    as it runs, its JSON read from its `--out` file.
 * A failed benchmark is recorded and the others still run; the exit code is 1 if any failed.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { adminUrlOf, readOptions } from './lib/args.js';
import { readDatasetMeta } from './lib/dataset-meta.js';
import { loadAverages, machineInfo } from './lib/machine.js';
import type { BenchExecutionMode } from './lib/server-options.js';

/** A search has no SQL plan, so the `jit` mode would measure what `compiled` does. */
const SEARCH_MODES: readonly BenchExecutionMode[] = ['stock', 'compiled'];

const BENCHMARKS = ['dataset', 'search', 'nested', 'subscriptions', 'bookings', 'write-cost', 'replicas'] as const;
type BenchmarkName = (typeof BENCHMARKS)[number];

const options = readOptions(
  {
    url: { default: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/parkway_bench', help: 'PostgreSQL URL of the benchmark database (created when missing)' },
    lots: { default: '50000', number: true, help: 'dataset scale: lots (20 spaces each, 2 bookings per space)' },
    seed: { default: '1', number: true, help: 'dataset seed' },
    duration: { number: true, help: "seconds per measurement for every benchmark (default: each benchmark's own)" },
    subscribers: { default: '100,10000', help: 'subscriber counts of the subscriptions benchmark' },
    skip: { default: '', help: `benchmarks to leave out, comma-separated (${BENCHMARKS.join(', ')})` },
    'results-dir': { default: fileURLToPath(new URL('./results/', import.meta.url)), help: 'where <date>.json and <date>.md go' },
    docs: { default: 'true', help: "update the table in docs/performance.md (false to leave it)" },
  },
  'usage: npm run bench -- [options]',
);

const url = options.url!;
const lots = Math.trunc(options.number('lots'));
const seed = Math.trunc(options.number('seed'));
const skip = new Set(options.skip!.split(',').map((name) => name.trim()).filter(Boolean));
for (const name of skip) if (!(BENCHMARKS as readonly string[]).includes(name)) throw new Error(`--skip: unknown benchmark "${name}"`);
const durationArgs = options.duration === undefined ? [] : ['--duration', String(options.number('duration'))];
const resultsDir = options['results-dir']!;
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const redactedUrl = (() => {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
})();

/** Runs `bench/<script>.ts` with `args` in a child process (tsx), its output shown; resolves with its JSON. */
function runScript(script: string, args: string[], outFile: string): Promise<unknown> {
  console.log(`\n=== ${script} ${args.join(' ')} ===`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `bench/${script}.ts`, '--url', url, '--out', outFile, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', async (code) => {
      let json: unknown;
      try {
        json = JSON.parse(await readFile(outFile, 'utf8'));
      } catch {
        json = undefined;
      }
      if (code === 0 && json !== undefined) resolve(json);
      else reject(Object.assign(new Error(`${script} exited with ${code}`), { json }));
    });
  });
}

/**
 * True when the database's applied migrations are a prefix of drizzle/'s journal (by timestamp):
 * false when it was migrated by migrations since rewritten, which the migrator cannot repair.
 */
async function migrationsAgree(client: pg.Client): Promise<boolean> {
  const table = await client.query<{ exists: boolean }>(`SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS exists`);
  if (!table.rows[0]?.exists) return true;
  const applied = (await client.query<{ created_at: string }>('SELECT created_at FROM drizzle.__drizzle_migrations ORDER BY id')).rows;
  const journal = JSON.parse(await readFile(`${ROOT}drizzle/meta/_journal.json`, 'utf8')) as { entries: { when: number }[] };
  return applied.every((row, i) => Number(row.created_at) === journal.entries[i]?.when);
}

/** True when the database holds exactly what bench/dataset.ts would load now. */
async function datasetIsCurrent(anchor: string): Promise<{ current: boolean; why: string; recreate?: boolean }> {
  const { adminUrl, database } = adminUrlOf(url);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]).finally(() => admin.end());
  if (!exists.rowCount) return { current: false, why: `database ${database} does not exist` };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    if (!(await migrationsAgree(client))) {
      return { current: false, recreate: true, why: 'its applied migrations are not the ones in drizzle/ (rewritten since): it must be created again' };
    }
    const meta = await readDatasetMeta(client);
    if (!meta) return { current: false, why: 'no complete load recorded (bench_meta)' };
    if (meta.lots !== lots || meta.seed !== seed || meta.anchor !== anchor) {
      return { current: false, why: `loaded ${meta.lots} lots, seed ${meta.seed}, anchor ${meta.anchor}; want ${lots}, ${seed}, ${anchor}` };
    }
    const { rows } = await client.query<{ lots: string; spaces: string; bookings: string }>(
      'SELECT (SELECT count(*) FROM lots) AS lots, (SELECT count(*) FROM spaces) AS spaces, (SELECT count(*) FROM bookings) AS bookings',
    );
    const now = { lots: Number(rows[0]!.lots), spaces: Number(rows[0]!.spaces), bookings: Number(rows[0]!.bookings) };
    for (const table of ['lots', 'spaces', 'bookings'] as const) {
      if (now[table] !== meta.rows[table]) return { current: false, why: `${table}: ${now[table]} rows now, ${meta.rows[table]} after the load` };
    }
    return { current: true, why: `loaded ${meta.loadedAt}: ${lots} lots, seed ${seed}, anchor ${anchor}, row counts unchanged` };
  } finally {
    await client.end();
  }
}

/** Drops the benchmark database (bench/dataset.ts creates it again). */
async function dropDatabase(): Promise<void> {
  const { adminUrl, database } = adminUrlOf(url);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`);
    console.log(`dropped database ${database}`);
  } finally {
    await admin.end();
  }
}

async function postgresVersion(): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrlOf(url).adminUrl });
  await client.connect();
  try {
    return ((await client.query<{ version: string }>('SELECT version()')).rows[0]!.version).split(' on ')[0]!;
  } finally {
    await client.end();
  }
}

// ---- the summary table -----------------------------------------------------------------------

/** Each benchmark's own JSON, read as it wrote it. */
type Json = Record<string, any>;

const latency = (l: Json | undefined) => (l ? `${l.p50} / ${l.p95} / ${l.p99}` : '');

function summaryRows(results: Partial<Record<string, Json>>): string[] {
  const rows: string[] = [];
  for (const mode of SEARCH_MODES) {
    for (const run of (results[`search-${mode}`]?.runs ?? []) as Json[]) {
      rows.push(
        `| ${run.description}, ${run.density} points, ${run.connections} connections (${mode}) | ${run.api.requestsPerSecond} req/s, ${latency(run.api.latencyMs)} ms, ` +
          `${run.api.sqlStatementsPerRequest} SQL/request | best SQL (pgbench): ${run.floor.requestsPerSecond} req/s, ${latency(run.floor.latencyMs)} ms | ${run.ratioApiToFloor} |`,
      );
    }
  }
  const nested = results.nested;
  if (nested) {
    const postgraphile = new Map((nested.rows as Json[]).filter((row) => row.api.startsWith('PostGraphile')).map((row) => [row.document, row]));
    for (const row of (nested.rows as Json[]).filter((r) => r.api.startsWith('Parkway'))) {
      const other = postgraphile.get(row.document);
      const what = row.document === 'nested' ? '20 lots x (operator + 20 spaces)' : '20 lots (id, name)';
      rows.push(
        `| ${what}, ${row.api} | ${row.requestsPerSecond} req/s, ${latency(row.latencyMs)} ms, ${row.sqlStatementsPerRequest} SQL/request, ${row.serverCpuMsPerRequest} ms CPU/request | ` +
          (other ? `PostGraphile 5: ${other.requestsPerSecond} req/s, ${latency(other.latencyMs)} ms, ${other.sqlStatementsPerRequest} SQL/request, ${other.serverCpuMsPerRequest} ms CPU/request | ` +
            `${Math.round((row.requestsPerSecond / other.requestsPerSecond) * 100) / 100} |` : '| |'),
      );
    }
  }
  const subscriptions = results.subscriptions;
  for (const run of (subscriptions?.runs ?? []) as Json[]) {
    rows.push(
      `| lotOccupancyChanged, ${run.subscribers.toLocaleString('en')} subscribers, ${run.changes.perSecond} changes/s | ` +
        `commit to message ${latency(run.latencyFromCommitSentMs)} ms; ${run.deliveries.delivered} of ${run.deliveries.expected} delivered, ` +
        `${run.deliveries.coalesced} coalesced, ${run.deliveries.lost} lost; server ${run.server.cpuCoresDuringChanges} cores, ` +
        `${run.server.rssPerSubscriberKiB} KiB RSS per subscriber, ${run.server.sqlStatementsPerSecond} SQL/s | | |`,
    );
  }
  const bookings = results.bookings;
  if (bookings) {
    const { uncontended: u, contention: c } = bookings;
    rows.push(
      `| createBooking, uncontended | ${u.requestsPerSecond} req/s, ${latency(u.latencyMs)} ms, ${u.sqlStatementsPerRequest} SQL/request | | |`,
      `| createBooking, ${c.requests} concurrent calls for ${c.freeSpaces} free spaces | ${c.successes} booked, ${c.notAvailable} NOT_AVAILABLE, ` +
        `${c.overlappingBookings} overlapping bookings in the database | | |`,
    );
  }
  const writeCost = results['write-cost'];
  for (const [workload, result] of Object.entries((writeCost?.results ?? {}) as Record<string, Json>)) {
    rows.push(
      `| booking writes (${workload}), occupancy triggers on | ${result.triggersOn.writesPerSecond} writes/s, ${latency(result.triggersOn.latencyMs)} ms | ` +
        `triggers off: ${result.triggersOff.writesPerSecond} writes/s, ${latency(result.triggersOff.latencyMs)} ms | ${Math.round((1 / result.ratioOffToOn) * 1000) / 1000} |`,
    );
  }
  const replicas = results.replicas;
  if (replicas) {
    const routed = replicas.reads['routed to the replica'];
    const primary = replicas.reads['primary only'];
    const { reads: busy, writesPerSecond, lag } = replicas.underWrites;
    rows.push(
      `| LotsInView with DATABASE_READ_URLS (a streaming replica on the same machine, ${replicas.settings.lots.toLocaleString('en')} lots) | ` +
        `${routed.requestsPerSecond} req/s, ${latency(routed.latencyMs)} ms; transactions on the replica ${routed.transactions.replica}, on the primary ${routed.transactions.primary} | ` +
        `primary only: ${primary.requestsPerSecond} req/s, ${latency(primary.latencyMs)} ms | ${Math.round((routed.requestsPerSecond / primary.requestsPerSecond) * 100) / 100} |`,
      `| the same, while ${replicas.settings.writers} connections write ${writesPerSecond} writes/s on the primary | ${busy.requestsPerSecond} req/s, ${latency(busy.latencyMs)} ms; ` +
        `replica behind by ${lag.behindBytes.p50} / ${lag.behindBytes.p99} bytes (p50 / p99), last replayed commit ${lag.lastReplayAgeMs.p50} / ${lag.lastReplayAgeMs.p99} ms old | | |`,
    );
  }
  return rows;
}

function markdownReport(report: Json, results: Partial<Record<string, Json>>): string {
  const m = report.machine;
  const lines = [
    `Measured ${report.date} on ${m.cpus} cores (${m.cpuModel}), ${m.memoryGb} GB RAM, Node ${m.node}, ${report.postgres}; ` +
      `a shared machine: load averages ${report.loadAverages.before.join(' / ')} before, ${report.loadAverages.after.join(' / ')} after (1 / 5 / 15 min). ` +
      `Dataset: ${report.dataset.lots.toLocaleString('en')} lots, ${(report.dataset.lots * 20).toLocaleString('en')} spaces, ` +
      `${(report.dataset.lots * 40).toLocaleString('en')} bookings (seed ${report.dataset.seed}, ${report.dataset.status}).`,
    '',
    '| benchmark | Parkway | beside it | Parkway / beside it |',
    '|---|---|---|---|',
    ...summaryRows(results),
  ];
  if (report.failed.length) lines.push('', `Failed: ${report.failed.map((f: Json) => `${f.name} (${f.error})`).join('; ')}.`);
  if (report.skipped.length) lines.push('', `Not run: ${report.skipped.join(', ')}.`);
  lines.push('', `Reproduce: \`${report.command}\``);
  return lines.join('\n');
}

async function updatePerformanceDoc(markdown: string, resultFile: string): Promise<void> {
  const path = `${ROOT}docs/performance.md`;
  const doc = await readFile(path, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) {
    console.log(`docs/performance.md has no ${start} ... ${end} markers: left as it is`);
    return;
  }
  // the link is relative to docs/
  const block = `${start}\n${markdown}\n\nFull results: [\`${resultFile}\`](../${resultFile}).\n${end}`;
  await writeFile(path, doc.slice(0, from) + block + doc.slice(to + end.length));
  console.log('docs/performance.md benchmark table updated');
}

// ---- main ------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const started = new Date();
  const day = started.toISOString().slice(0, 10);
  await mkdir(resultsDir, { recursive: true });
  const scratch = await mkdtemp(`${os.tmpdir()}/parkway-bench-`);
  const outFile = (name: string) => `${scratch}/${name}.json`;
  const loadBefore = loadAverages();
  const results: Partial<Record<string, Json>> = {};
  const failed: { name: string; error: string }[] = [];
  const run = async (name: string, script: string, args: string[]) => {
    try {
      results[name] = (await runScript(script, args, outFile(name))) as Json;
    } catch (error) {
      const json = (error as { json?: Json }).json;
      if (json) results[name] = json;
      failed.push({ name, error: (error as Error).message });
    }
  };

  let datasetStatus: string;
  if (skip.has('dataset')) datasetStatus = 'load skipped (--skip dataset)';
  else {
    const check = await datasetIsCurrent(day);
    console.log(`dataset: ${check.current ? 'already loaded' : 'loading'} (${check.why})`);
    if (check.current) {
      datasetStatus = `already loaded: ${check.why}`;
      // the code under test may have gained migrations since the load (dataset.ts applies them when it loads)
      const { openPostgres } = await import('../src/db/client.js');
      const handle = await openPostgres({ url, poolMax: 1 });
      await handle.migrate().finally(() => handle.close());
    }
    else {
      if (check.recreate) await dropDatabase();
      await run('dataset', 'dataset', ['--lots', String(lots), '--seed', String(seed), '--anchor', day]);
      if (!results.dataset) throw new Error('the dataset could not be loaded: nothing to measure');
      datasetStatus = `loaded in ${results.dataset.seconds.total} s`;
    }
  }
  if (!skip.has('search')) for (const mode of SEARCH_MODES) await run(`search-${mode}`, 'search', [...durationArgs, '--execution', mode]);
  if (!skip.has('nested')) await run('nested', 'nested', durationArgs);
  if (!skip.has('subscriptions')) await run('subscriptions', 'subscriptions', [...durationArgs, '--subscribers', options.subscribers!]);
  if (!skip.has('bookings')) await run('bookings', 'bookings', durationArgs);
  if (!skip.has('write-cost')) await run('write-cost', 'write-cost', durationArgs);
  if (!skip.has('replicas')) await run('replicas', 'replicas', durationArgs);

  const args = process.argv.slice(2).filter((arg, i, all) => arg !== '--url' && all[i - 1] !== '--url');
  const report = {
    date: started.toISOString(),
    finished: new Date().toISOString(),
    command: ['npm run bench', ...(args.length ? ['--', ...args] : [])].join(' '),
    url: redactedUrl,
    machine: machineInfo(),
    postgres: await postgresVersion(),
    loadAverages: { before: loadBefore, after: loadAverages() },
    sharedMachine: 'other work ran on the same cores: see the load averages',
    dataset: { lots, seed, anchor: day, status: datasetStatus },
    skipped: [...skip],
    failed,
    results,
  };
  const markdown = markdownReport(report, results);
  const relative = `bench/results/${day}`;
  await writeFile(`${resultsDir}${day}.json`, JSON.stringify(report, null, 2) + '\n');
  await writeFile(`${resultsDir}${day}.md`, `# Benchmarks, ${day}\n\n${markdown}\n`);
  console.log(`\n${markdown}\n\nwritten: ${resultsDir}${day}.json, ${resultsDir}${day}.md`);
  if (options.docs !== 'false') await updatePerformanceDoc(markdown, `${relative}.md`);
  await rm(scratch, { recursive: true, force: true });
  if (failed.length) process.exitCode = 1;
}

await main();
