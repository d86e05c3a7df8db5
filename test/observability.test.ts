import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executionMode, loadConfig } from '../src/config.js';
import { selectRows } from '../src/db/rows.js';
import { createLogger } from '../src/logger.js';
import { MAX_OPERATION_NAMES, ServerMetrics } from '../src/observability/metrics.js';
import { startServer } from '../src/server/app.js';
import { onPostgres } from './helpers/database.js';
import { nodeId } from './helpers/fixtures.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { subscribe } from './helpers/subscriptions.js';

// Documents here stay raw strings on purpose (not graphql() from test/gql): metrics and request logs
// are asserted for failing documents too (an unknown field, a parse error, an over-limit argument), and
// no test reads a typed field of an answer.

// /metrics, request ids and request logs, through the real server. The last test closes the
// database (to provoke an internal error), so this file runs on a server of its own.
let server: TestServer;
const logLines: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  const logger = createLogger('info', { write: (line: string) => void logLines.push(JSON.parse(line)) });
  server = await startTestServer({ logger });
});
afterAll(() => server?.stop().catch(() => {}));

async function scrape(url = server.url): Promise<string> {
  const response = await fetch(`${url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return response.text();
}

/** The value of one sample in Prometheus text format (labels in the order they are printed). */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('/metrics', () => {
  it('times requests by operation name and type, and counts errors by code', async () => {
    for (let i = 0; i < 3; i++) await server.graphql('query FirstLots { lots(first: 1) { edges { node { id } } } }');
    await server.graphql('{ lots(first: 1) { edges { node { nope } } } }');
    await server.graphql('{ lots(first: ');

    const text = await scrape();
    expect(sample(text, 'parkway_graphql_request_duration_seconds_count{operation="FirstLots",type="query"}')).toBe(3);
    expect(sample(text, 'parkway_graphql_request_duration_seconds_bucket{le="+Inf",operation="FirstLots",type="query"}')).toBe(3);
    expect(sample(text, 'parkway_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    expect(sample(text, 'parkway_graphql_errors_total{code="GRAPHQL_PARSE_FAILED"}')).toBe(1);
    expect(text).toContain('parkway_process_resident_memory_bytes');
  });

  it('counts operations by how they were executed', async () => {
    const executions = (text: string) =>
      Object.fromEntries(['compiled', 'graphql-js', 'sql-plan', 'sql-plan-declined'].map((path) => [path, sample(text, `parkway_graphql_executions_total{path="${path}"}`) ?? 0]));
    const before = executions(await scrape());
    // a page of lots is answered by a SQL plan; one with a field the plan does not know is compiled;
    // one with arguments the resolver rejects is planned, declined, then compiled (and fails there)
    await server.graphql('{ lots(first: 1) { edges { node { name } } } }');
    await server.graphql('{ lots(first: 1) { edges { node { currency } } } }');
    await server.graphql('{ lots(first: 1000) { edges { node { name } } } }');
    const after = executions(await scrape());
    const grew = Object.fromEntries(Object.entries(after).map(([path, count]) => [path, count - before[path]!]));
    if (executionMode() === 'stock') expect(grew).toEqual({ compiled: 0, 'graphql-js': 0, 'sql-plan': 0, 'sql-plan-declined': 0 });
    else expect(grew).toEqual({ compiled: 2, 'graphql-js': 0, 'sql-plan': 1, 'sql-plan-declined': 1 });
  });

  it('reports open WebSockets and subscriptions, and the lag of each delivered event', async () => {
    const before = await scrape();
    expect(sample(before, 'parkway_websocket_connections')).toBe(0);
    expect(sample(before, 'parkway_subscriptions')).toBe(0);
    const lagCountBefore = sample(before, 'parkway_event_lag_seconds_count') ?? 0;

    const { db } = server.database;
    const [lot] = await selectRows<{ id: string }>(db, sql`SELECT lot_id AS id FROM spaces WHERE operator_status = 'IN_SERVICE' LIMIT 1`);
    const live = subscribe(server.wsClient(), 'subscription ($ids: [ID!]) { lotOccupancyChanged(lotIds: $ids) { version } }', {
      ids: [nodeId('Lot', lot!.id)],
    });
    await live.next(undefined, 5_000, 'the snapshot');
    const during = await scrape();
    expect(sample(during, 'parkway_websocket_connections')).toBe(1);
    expect(sample(during, 'parkway_subscriptions')).toBe(1);

    // any write that moves occupancy appends an event; the hub delivers it and measures its lag
    await db.execute(
      sql`UPDATE spaces SET operator_status = 'OUT_OF_SERVICE' WHERE id = (SELECT id FROM spaces WHERE lot_id = ${lot!.id} AND operator_status = 'IN_SERVICE' LIMIT 1)`,
    );
    await live.next(undefined, 5_000, 'the change');
    const after = await scrape();
    expect(sample(after, 'parkway_event_lag_seconds_count')).toBeGreaterThan(lagCountBefore);
    live.dispose();
  });

  it.runIf(onPostgres)('reports the connection pool on PostgreSQL', async () => {
    const text = await scrape();
    expect(sample(text, 'parkway_db_pool_connections{state="max"}')).toBe(5);
    expect(sample(text, 'parkway_db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'parkway_db_pool_connections{state="waiting"}')).toBe(0);
  });

  it.runIf(!onPostgres)('has no pool gauge on the embedded database (one in-process connection)', async () => {
    expect(await scrape()).not.toContain('parkway_db_pool_connections');
  });

  it('is not served when turned off (METRICS_ENABLED=false)', async () => {
    // a second server on the same database, with metrics off
    const { auth } = loadConfig({});
    const quiet = await startServer({
      database: server.database,
      logger: createLogger('silent'),
      auth,
      scheduler: false,
      port: 0,
      host: '127.0.0.1',
      metrics: false,
    });
    try {
      expect((await fetch(`${quiet.url}/metrics`)).status).toBe(404);
    } finally {
      await quiet.stop();
    }
  });

  it('folds client-chosen operation names beyond a bound into "other", and non-names into "invalid"', () => {
    const metrics = new ServerMetrics({ openWebSockets: () => 0, activeSubscriptions: () => 0 });
    for (let i = 0; i < MAX_OPERATION_NAMES; i++) expect(metrics.operationLabels(`Op${i}`, 'query').operation).toBe(`Op${i}`);
    expect(metrics.operationLabels('OneTooMany', 'query').operation).toBe('other');
    expect(metrics.operationLabels('Op7', 'query').operation).toBe('Op7');
    expect(metrics.operationLabels('{"a":1}\n', undefined)).toEqual({ operation: 'invalid', type: 'unknown' });
    expect(metrics.operationLabels(undefined, 'mutation')).toEqual({ operation: 'anonymous', type: 'mutation' });
  });
});

describe('request ids and request logs', () => {
  it("echoes the caller's x-request-id and logs the request under it with its operation name", async () => {
    const response = await post({ query: 'query NamedForLogs { lots(first: 1) { edges { cursor } } }' }, { 'x-request-id': 'edge-1234.abc' });
    expect(response.headers.get('x-request-id')).toBe('edge-1234.abc');
    const line = logLines.find((entry) => entry.requestId === 'edge-1234.abc');
    expect(line).toMatchObject({ msg: 'graphql request', operationName: 'NamedForLogs', operationType: 'query', status: 200 });
    expect(line!.durationMs).toEqual(expect.any(Number));
  });

  it('makes up an id when there is none or it does not look like one (no log forging)', async () => {
    const generated = (await post({ query: '{ __typename }' })).headers.get('x-request-id');
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    const replaced = (await post({ query: '{ __typename }' }, { 'x-request-id': 'x'.repeat(300) })).headers.get('x-request-id');
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
    expect((await fetch(`${server.url}/healthz`)).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs the codes of the errors a client received', async () => {
    await post({ query: '{ lots(first: 1) { edges { node { nope } } } }' }, { 'x-request-id': 'bad-query-1' });
    expect(logLines.find((entry) => entry.requestId === 'bad-query-1')).toMatchObject({
      msg: 'graphql request',
      errorCodes: ['GRAPHQL_VALIDATION_FAILED'],
    });
  });

  // last: breaks the database
  it('puts the request id on the log line of a masked internal error', async () => {
    await server.database.close();
    const response = await post({ query: 'query Broken { lots(first: 1) { edges { cursor } } }' }, { 'x-request-id': 'outage-1' });
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string; errorId: string } }> };
    const [error] = body.errors;
    expect(error!.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(logLines.find((entry) => entry.errorId === error!.extensions.errorId)).toMatchObject({
      requestId: 'outage-1',
      operationName: 'Broken',
      msg: 'unexpected error while serving GraphQL',
    });
    const text = await scrape();
    expect(sample(text, 'parkway_graphql_errors_total{code="INTERNAL_SERVER_ERROR"}')).toBe(1);
  });
});
