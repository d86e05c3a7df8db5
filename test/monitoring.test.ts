import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { LISTENER_APPLICATION_NAME } from '../src/db/client.js';
import { onPostgres, postgresAdminUrl } from './helpers/database.js';
import { availableOrSkipped } from './helpers/optional-tools.js';
import { startTestServer, type TestServer } from './helpers/server.js';

// deploy/monitoring: alert rules with promtool unit tests, and a Grafana dashboard. promtool comes
// from Debian's `prometheus` package (.ci/run installs it); without it the promtool checks skip
// with a notice, under CI=true they fail.

const MONITORING = resolve(import.meta.dirname, '../deploy/monitoring');
const havePromtool = availableOrSkipped(
  spawnSync('promtool', ['--version']).status === 0,
  'promtool',
  'apt-get install -y prometheus (Debian), or a Prometheus release tarball',
);

function promtool(...args: string[]) {
  const run = spawnSync('promtool', args, { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe.runIf(havePromtool)('alert rules (promtool)', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'parkway-alerts-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('check rules and the rule unit tests pass', () => {
    const check = promtool('check', 'rules', join(MONITORING, 'alerts.yaml'));
    expect(check.status, check.output).toBe(0);
    expect(check.output).toContain('SUCCESS: 11 rules found');
    const test = promtool('test', 'rules', join(MONITORING, 'alerts.test.yaml'));
    expect(test.status, test.output).toBe(0);
  });

  it('the unit tests catch a loosened rule (5xx threshold raised to 50 %)', () => {
    const rules = readFileSync(join(MONITORING, 'alerts.yaml'), 'utf8');
    const loosened = rules.replace('[5m])) > 0.02', '[5m])) > 0.5');
    expect(loosened).not.toBe(rules);
    writeFileSync(join(work, 'alerts.yaml'), loosened);
    copyFileSync(join(MONITORING, 'alerts.test.yaml'), join(work, 'alerts.test.yaml'));
    const test = promtool('test', 'rules', join(work, 'alerts.test.yaml'));
    expect(test.status).not.toBe(0);
    expect(test.output).toMatch(/alertname: ParkwayHigh5xxRate/);
  });
});

describe('alerts and dashboard use metrics the server exports', () => {
  let server: TestServer;
  let exported: Set<string>;
  beforeAll(async () => {
    server = await startTestServer();
    await server.graphql('{ __typename }');
    const text = await (await fetch(`${server.url}/metrics`)).text();
    exported = new Set([...text.matchAll(/^# TYPE (\w+) (\w+)$/gm)].flatMap(([, name, type]) => (type === 'histogram' ? [`${name}_bucket`, `${name}_count`, `${name}_sum`] : [name!])));
  });
  afterAll(() => server?.stop());

  const parkwayMetrics = (text: string) => new Set([...text.matchAll(/\bparkway_[a-z_]+/g)].map(([name]) => name));

  it('every parkway_* series in alerts.yaml and dashboard.json is on /metrics', () => {
    const used = new Set([
      ...parkwayMetrics(readFileSync(join(MONITORING, 'alerts.yaml'), 'utf8')),
      ...parkwayMetrics(readFileSync(join(MONITORING, 'dashboard.json'), 'utf8')),
    ]);
    expect(used.size).toBeGreaterThan(5);
    // the pool gauge exists only on PostgreSQL: the embedded database has no pool
    const missing = [...used].filter((name) => !exported.has(name) && !(name === 'parkway_db_pool_connections' && !process.env.TEST_DATABASE_URL));
    expect(missing).toEqual([]);
  });

  it('parkway_scheduler_leader is 1 on the process that runs the jobs and 0 on one that runs none', async () => {
    const leaderValue = async (url: string) => Number(/^parkway_scheduler_leader (\d+)$/m.exec(await (await fetch(`${url}/metrics`)).text())?.[1]);
    expect(await leaderValue(server.url)).toBe(0);
    const withScheduler = await startTestServer({ scheduler: { intervalMs: 60_000 } });
    try {
      expect(await leaderValue(withScheduler.url)).toBe(1);
    } finally {
      await withScheduler.stop();
    }
  });

  // killing a backend needs a real PostgreSQL server: PGlite runs inside this process
  it.runIf(onPostgres)('parkway_listener_connection_losses_total counts a killed LISTEN connection', async () => {
    const losses = async () => Number(/^parkway_listener_connection_losses_total (\d+)$/m.exec(await (await fetch(`${server.url}/metrics`)).text())?.[1]);
    expect(await losses()).toBe(0);
    const admin = new pg.Client({ connectionString: postgresAdminUrl() });
    await admin.connect();
    try {
      const database = new URL(server.database.url!).pathname.slice(1);
      const { rows } = await admin.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND datname = $2', [LISTENER_APPLICATION_NAME, database]);
      expect(rows).toHaveLength(1);
      await admin.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]);
      const deadline = Date.now() + 10_000;
      while ((await losses()) < 1 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await losses()).toBe(1);
    } finally {
      await admin.end();
    }
  });

  it('the dashboard is Grafana JSON: unique panel ids, a Prometheus query per target, the namespace variable in each', () => {
    const dashboard = JSON.parse(readFileSync(join(MONITORING, 'dashboard.json'), 'utf8')) as {
      uid: string;
      panels: Array<{ id: number; targets: Array<{ expr: string }> }>;
      templating: { list: Array<{ name: string }> };
    };
    expect(dashboard.uid).toBe('parkway');
    expect(new Set(dashboard.panels.map((panel) => panel.id)).size).toBe(dashboard.panels.length);
    expect(dashboard.templating.list.map((variable) => variable.name)).toEqual(['datasource', 'namespace']);
    for (const target of dashboard.panels.flatMap((panel) => panel.targets)) expect(target.expr).toContain('namespace="$namespace"');
  });
});
