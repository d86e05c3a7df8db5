/**
 * Nested and flat reads, Parkway beside PostGraphile v5 serving the same database.
 *
 *   npx tsx bench/nested.ts --url postgres://postgres@127.0.0.1:5432/parkway_bench [--duration 20] [--connections 16]
 *
 * Two documents, asked of both APIs with equivalent fields:
 * - nested: the first 20 lots by name, each with its operator (id, name) and its first 20 spaces
 *   by label (id, label, kind): 20 lots x 20 spaces, 3 levels;
 * - flat: the first 20 lots by name (id, name).
 * Every request asks for the same page (neither API caches results). Before measuring, the two
 * APIs' answers are compared (lot names, operator names, space labels and kinds, in order): the
 * run stops if they differ.
 *
 * Parkway runs in this process (`startServer`, production mode, no scheduler), one server per
 * `--execution` mode (stock graphql-js; jit: graphql-jit through the resolvers; compiled: the
 * default server, graphql-jit and SQL plans); PostGraphile (amber preset) in a
 * Node 22 child process from bench/postgraphile, installed there on first use. All run at once,
 * each with a pg pool of `--server-pool` connections, and take turns: `--rounds` rounds (default
 * 3) of every API and document, each `--duration` / rounds seconds, each figure the median round
 * (this machine's speed drifts by tens of percent over minutes; one long run per API would
 * compare different machines). Load comes from autocannon in a child process
 * (bench/lib/load-runner.mjs), `--connections` keep-alive connections, a warm-up before each
 * measurement. SQL statements per request are counted at each server's driver. CPU: the server
 * process's CPU seconds per wall second (cores).
 *
 * Prints a markdown table, and the JSON (last line of stdout, and `--out`). Exits 1 when a request
 * failed or the answers differ.
 */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { readOptions } from './lib/args.js';
import { loadAverages, machineInfo, postgresCpuByProcess, postgresCpuSince, processUsage } from './lib/machine.js';
import { cpuBusy, runInChildProcess } from './lib/measure.js';
import { ensurePostGraphileInstalled, startPostGraphile } from './lib/postgraphile.js';
import { benchServerOptions, EXECUTION_MODES, type BenchExecutionMode } from './lib/server-options.js';

// before the app's modules load: express, Apollo and graphql-js read NODE_ENV
process.env.NODE_ENV ??= 'production';

const DOCUMENTS = ['nested', 'flat'] as const;
type DocumentName = (typeof DOCUMENTS)[number];

const options = readOptions(
  {
    url: { default: process.env.DATABASE_URL, help: 'PostgreSQL URL of a database loaded by bench/dataset.ts' },
    duration: { default: '20', number: true, help: 'seconds measured per API and document, split across the rounds' },
    rounds: {
      default: '3',
      number: true,
      help: 'rounds of measurement: every API and document once per round, interleaved; each figure is the median round',
    },
    warmup: { default: '3', number: true, help: 'seconds of warm-up before each measurement (0 for none)' },
    connections: { default: '16', number: true, help: 'concurrent HTTP connections' },
    'server-pool': { default: '16', number: true, help: "each server's pg pool size" },
    execution: { default: 'stock,jit,compiled', help: "Parkway's execution modes to measure, comma-separated (stock, jit, compiled)" },
    documents: { default: 'nested,flat', help: 'documents to measure, comma-separated (nested, flat)' },
    postgraphile: { default: 'true', help: 'also measure PostGraphile (false to skip it)' },
    out: { help: 'also write the JSON result to this file' },
  },
  'usage: tsx bench/nested.ts --url <postgres url> [options]',
);

const url = options.url;
if (!url) throw new Error('--url (or DATABASE_URL) is required');
const rounds = Math.max(1, Math.trunc(options.number('rounds')));
const duration = Math.round((options.number('duration') / rounds) * 10) / 10;
const warmup = options.number('warmup');
const connections = Math.trunc(options.number('connections'));
const serverPool = Math.trunc(options.number('server-pool'));
const modes = listOption(options.execution!, EXECUTION_MODES, 'execution');
const documents = listOption(options.documents!, DOCUMENTS, 'documents');
const withPostGraphile = options.postgraphile !== 'false';

const PAGE = 20;

/** The same question in each API's words. */
const QUERIES: Record<DocumentName, { parkway: string; postgraphile: string }> = {
  nested: {
    parkway: `query Nested { lots(first: ${PAGE}) { edges { node { id name operator { id name }
      spaces(first: ${PAGE}) { edges { node { id label kind } } } } } } }`,
    postgraphile: `query Nested { allLots(first: ${PAGE}, orderBy: [NAME_ASC, PRIMARY_KEY_ASC]) { edges { node { id name
      operatorByOperatorId { id name }
      spacesByLotId(first: ${PAGE}, orderBy: [LABEL_ASC, PRIMARY_KEY_ASC]) { edges { node { id label kind } } } } } } }`,
  },
  flat: {
    parkway: `query Flat { lots(first: ${PAGE}) { edges { node { id name } } } }`,
    postgraphile: `query Flat { allLots(first: ${PAGE}, orderBy: [NAME_ASC, PRIMARY_KEY_ASC]) { edges { node { id name } } } }`,
  },
};

interface Measured {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  graphqlErrors: number;
  firstError?: string;
}

interface Row extends Measured {
  api: string;
  document: DocumentName;
  sqlStatementsPerRequest: number;
  serverProcessCpuCores: number;
  /** Server CPU per request: on a shared machine throughput follows whatever else runs, this mostly does not. */
  serverCpuMsPerRequest: number;
  /** CPU of every PostgreSQL process on the machine per request (the database is local). */
  postgresCpuMsPerRequest: number;
  machineCpuBusy: number;
  /** Every round's requests/s and p99 (ms), in the order measured; the row's figures are the median round's. */
  rounds?: { requestsPerSecond: number; p99: number }[];
}

/** A target under measurement: where it listens, how to read its statement count and CPU seconds. */
interface Target {
  api: string;
  endpoint: string;
  query: (document: DocumentName) => string;
  statements(): Promise<number>;
  cpuSeconds(): Promise<number>;
}

function listOption<const T extends string>(value: string, allowed: readonly T[], name: string): T[] {
  const picked = value.split(',').map((item) => item.trim()).filter(Boolean);
  for (const item of picked) if (!allowed.includes(item as T)) throw new Error(`--${name}: unknown "${item}" (${allowed.join(', ')})`);
  return picked as T[];
}

async function post(endpoint: string, query: string): Promise<unknown> {
  const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const json = (await response.json()) as { data?: unknown; errors?: unknown };
  if (!response.ok || json.errors || !json.data) throw new Error(`request failed (${response.status}): ${JSON.stringify(json).slice(0, 500)}`);
  return json.data;
}

interface EdgeList<T> {
  edges: { node: T }[];
}
type AnyLot = { name: string; operator?: { name: string }; operatorByOperatorId?: { name: string } } & {
  spaces?: EdgeList<{ label: string; kind: string }>;
  spacesByLotId?: EdgeList<{ label: string; kind: string }>;
};

/** What both APIs must agree on, ids aside (each encodes its global ids its own way). */
function comparable(data: unknown): string {
  const page = ((data as { lots?: EdgeList<AnyLot> }).lots ?? (data as { allLots: EdgeList<AnyLot> }).allLots).edges;
  return JSON.stringify(
    page.map(({ node }) => [
      node.name,
      (node.operator ?? node.operatorByOperatorId)?.name,
      (node.spaces ?? node.spacesByLotId)?.edges.map((edge) => `${edge.node.label}:${edge.node.kind}`),
    ]),
  );
}

async function measure(target: Target, document: DocumentName): Promise<Row> {
  const bodies = [JSON.stringify({ query: target.query(document) })];
  const runner = fileURLToPath(new URL('./lib/load-runner.mjs', import.meta.url));
  if (warmup > 0) await runInChildProcess<Measured>(runner, { url: target.endpoint, connections, duration: warmup, bodies });
  const statementsBefore = await target.statements();
  const cpuBefore = await target.cpuSeconds();
  const postgresBefore = await postgresCpuByProcess();
  const cpusBefore = os.cpus();
  const result = await runInChildProcess<Measured>(runner, { url: target.endpoint, connections, duration, bodies });
  const statements = (await target.statements()) - statementsBefore;
  const cpu = (await target.cpuSeconds()) - cpuBefore;
  const postgresCpu = await postgresCpuSince(postgresBefore);
  const row: Row = {
    api: target.api,
    document,
    ...result,
    sqlStatementsPerRequest: Math.round((statements / Math.max(1, result.requests)) * 100) / 100,
    serverProcessCpuCores: Math.round((cpu / result.seconds) * 100) / 100,
    serverCpuMsPerRequest: Math.round(((cpu * 1000) / Math.max(1, result.requests)) * 100) / 100,
    postgresCpuMsPerRequest: Math.round(((postgresCpu * 1000) / Math.max(1, result.requests)) * 100) / 100,
    machineCpuBusy: cpuBusy(cpusBefore, os.cpus()),
  };
  console.log(
    `${row.api.padEnd(22)} ${document.padEnd(6)} ${row.requestsPerSecond} req/s, p50 ${row.latencyMs.p50} / p95 ${row.latencyMs.p95} / p99 ${row.latencyMs.p99} ms, ` +
      `${row.sqlStatementsPerRequest} SQL/request, server ${row.serverProcessCpuCores} cores (${row.serverCpuMsPerRequest} ms CPU/request), PostgreSQL ${row.postgresCpuMsPerRequest} ms CPU/request, machine ${Math.round(row.machineCpuBusy * 100)}% busy ` +
      `(${row.requests} requests, non-2xx ${row.non2xx}, errors ${row.errors}, GraphQL errors ${row.graphqlErrors})`,
  );
  return row;
}

/** A target that is running, and how to stop it. */
interface Running extends Target {
  stop(): Promise<void>;
}

async function startParkway(mode: BenchExecutionMode): Promise<Running> {
  const { openPostgres } = await import('../src/db/client.js');
  const { isEventMailboxRead } = await import('../src/db/queries/events.js');
  const { loadConfig } = await import('../src/config.js');
  const { createLogger } = await import('../src/logger.js');
  const { startServer, GRAPHQL_PATH } = await import('../src/server/app.js');
  let statements = 0;
  const database = await openPostgres({ url: url!, poolMax: serverPool, onQuery: (query) => void (isEventMailboxRead(query) || statements++) });
  const server = await startServer({
    database,
    logger: createLogger('silent'),
    auth: loadConfig({}).auth,
    ...benchServerOptions(mode),
  });
  return {
    api: `Parkway (${mode})`,
    endpoint: server.url + GRAPHQL_PATH,
    query: (document) => QUERIES[document].parkway,
    statements: async () => statements,
    // every Parkway server runs in this process; only the one under load is busy
    cpuSeconds: async () => {
      const usage = process.cpuUsage();
      return (usage.user + usage.system) / 1e6;
    },
    stop: async () => {
      await server.stop();
      await database.close();
    },
  };
}

async function startPostGraphileTarget(): Promise<Running> {
  ensurePostGraphileInstalled(console.log);
  const postgraphile = await startPostGraphile({ databaseUrl: url!, poolMax: serverPool });
  return {
    api: 'PostGraphile 5.1.5',
    endpoint: postgraphile.url,
    query: (document) => QUERIES[document].postgraphile,
    statements: () => postgraphile.statements(),
    cpuSeconds: async () => (await processUsage(postgraphile.pid)).cpuSeconds,
    stop: () => postgraphile.stop(),
  };
}

/** Checks that every target answers each document as the first one does (ids aside). */
async function compareAnswers(targets: readonly Target[]): Promise<void> {
  for (const document of documents) {
    let reference: string | undefined;
    for (const target of targets) {
      const answer = comparable(await post(target.endpoint, target.query(document)));
      reference ??= answer;
      if (answer !== reference) throw new Error(`${target.api} answers ${document} differently:\n${answer}\nexpected\n${reference}`);
    }
  }
}

/**
 * Every target and document once per round, one after another, for `rounds` rounds: on a shared
 * machine whose speed drifts by tens of percent from one minute to the next (seen here), taking
 * turns puts the drift on both sides of a comparison. Each row is the round with the median
 * requests/s for its target and document; all rounds' figures are kept in `rounds`.
 */
async function measureInRounds(targets: readonly Target[]): Promise<Row[]> {
  const runs = new Map<string, Row[]>();
  for (let round = 1; round <= rounds; round++) {
    if (rounds > 1) console.log(`round ${round} of ${rounds}`);
    for (const document of documents) {
      for (const target of targets) {
        const key = `${target.api}/${document}`;
        runs.set(key, [...(runs.get(key) ?? []), await measure(target, document)]);
      }
    }
  }
  return [...runs.values()].map((measured) => {
    const byThroughput = [...measured].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
    const median = byThroughput[Math.floor((byThroughput.length - 1) / 2)]!;
    return { ...median, rounds: measured.map(({ requestsPerSecond, latencyMs }) => ({ requestsPerSecond, p99: latencyMs.p99 })) };
  });
}

function ratioRows(rows: Row[]) {
  const postgraphile = new Map(rows.filter((row) => row.api.startsWith('PostGraphile')).map((row) => [row.document, row]));
  return rows
    .filter((row) => row.api.startsWith('Parkway'))
    .map((row) => {
      const other = postgraphile.get(row.document);
      return {
        api: row.api,
        document: row.document,
        parkwayToPostGraphile: other ? Math.round((row.requestsPerSecond / other.requestsPerSecond) * 100) / 100 : null,
      };
    });
}

function markdown(rows: Row[]): string {
  const ratios = new Map(ratioRows(rows).map((ratio) => [`${ratio.api}/${ratio.document}`, ratio.parkwayToPostGraphile]));
  const lines = [
    '| document | API | req/s | p50 / p95 / p99 ms | SQL statements / request | server CPU (cores) | server CPU ms / request | / PostGraphile |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map((row) => {
      const ratio = ratios.get(`${row.api}/${row.document}`);
      return `| ${row.document} | ${row.api} | ${row.requestsPerSecond} | ${row.latencyMs.p50} / ${row.latencyMs.p95} / ${row.latencyMs.p99} | ${row.sqlStatementsPerRequest} | ${row.serverProcessCpuCores} | ${row.serverCpuMsPerRequest} | ${ratio ?? ''} |`;
    }),
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const machine = machineInfo();
  console.log(
    `nested/flat benchmark: ${documents.join(', ')}; Parkway ${modes.join(', ')}${withPostGraphile ? ' and PostGraphile' : ''}; ` +
      `${connections} connections, ${rounds} round(s) of ${duration} s each (+${warmup} s warm-up), server pools ${serverPool}, ${machine.cpus} cores`,
  );
  const loadBefore = loadAverages();
  const targets: Running[] = [];
  let rows: Row[];
  try {
    for (const mode of modes) targets.push(await startParkway(mode));
    if (withPostGraphile) targets.push(await startPostGraphileTarget());
    await compareAnswers(targets);
    rows = await measureInRounds(targets);
  } finally {
    for (const target of targets) await target.stop();
  }

  const table = markdown(rows);
  console.log(`\n${table}\n`);
  const result = {
    benchmark: 'nested',
    date: new Date().toISOString(),
    machine,
    loadAverages: { before: loadBefore, after: loadAverages() },
    settings: { rounds, secondsPerRound: duration, warmup, connections, serverPool, page: PAGE, queries: QUERIES, loadGenerator: 'autocannon in a child process' },
    rows,
    ratios: ratioRows(rows),
    markdown: table,
  };
  if (options.out) await writeFile(options.out, JSON.stringify(result, null, 2) + '\n');
  console.log(JSON.stringify(result));
  const failed = rows.filter((row) => row.non2xx + row.errors + row.timeouts + row.graphqlErrors > 0 || row.requests === 0);
  if (failed.length > 0) {
    console.error(`FAILED: requests failed for ${failed.map((row) => `${row.api} ${row.document}`).join(', ')}`);
    process.exitCode = 1;
  }
}

await main();
