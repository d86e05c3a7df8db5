import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LISTENER_APPLICATION_NAME } from '../src/db/client.js';
import { selectRows } from '../src/db/rows.js';
import { onPostgres, postgresAdminUrl } from './helpers/database.js';
import { nodeId } from './helpers/fixtures.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { subscribe } from './helpers/subscriptions.js';

// Killing a backend needs a real PostgreSQL server: PGlite runs inside this process.
describe.runIf(onPostgres)('the LISTEN connection on PostgreSQL', () => {
  let server: TestServer;
  let admin: pg.Client;

  beforeAll(async () => {
    server = await startTestServer();
    admin = new pg.Client({ connectionString: postgresAdminUrl() });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await server?.stop();
  });

  // other test files' servers listen too, on their own databases of the same PostgreSQL server
  const databaseName = () => new URL(server.database.url!).pathname.slice(1);

  async function readiness() {
    const response = await fetch(`${server.url}/readyz`);
    return { status: response.status, body: (await response.json()) as { checks: { listener: boolean } } };
  }

  async function waitFor(predicate: () => Promise<boolean>, timeoutMs: number): Promise<number> {
    const startedAt = Date.now();
    while (Date.now() - startedAt < timeoutMs) {
      if (await predicate()) return Date.now() - startedAt;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`not true within ${timeoutMs} ms`);
  }

  it('when killed, /readyz turns 503 within 2 seconds, then the listener reconnects and it is ready again', async () => {
    expect((await readiness()).status).toBe(200);
    const { rows } = await admin.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND datname = $2',
      [LISTENER_APPLICATION_NAME, databaseName()],
    );
    expect(rows).toHaveLength(1);
    await admin.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]);

    await waitFor(async () => (await readiness()).body.checks.listener === false, 2_000).catch(async () => {
      // reconnecting can be faster than our polling; a new backend pid proves the loss was seen
      const after = await admin.query<{ pid: number }>(
        'SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND datname = $2',
        [LISTENER_APPLICATION_NAME, databaseName()],
      );
      expect(after.rows.map((row) => row.pid)).not.toContain(rows[0]!.pid);
      return 0;
    });
    await waitFor(async () => (await readiness()).status === 200, 10_000);
    const reconnected = await admin.query<{ pid: number; query: string }>(
      'SELECT pid, query FROM pg_stat_activity WHERE application_name = $1 AND datname = $2',
      [LISTENER_APPLICATION_NAME, databaseName()],
    );
    expect(reconnected.rows).toHaveLength(1);
    expect(reconnected.rows[0]!.pid).not.toBe(rows[0]!.pid);
    expect(reconnected.rows[0]!.query).toMatch(/^LISTEN/);
  });

  it('delivers to subscribers what changed while it was cut off, and what changes after it reconnected', async () => {
    const { db } = server.database;
    const [lot] = await selectRows<{ id: string }>(db, sql`SELECT lot_id AS id FROM spaces WHERE operator_status = 'IN_SERVICE' LIMIT 1`);
    const setOneSpace = (from: string, to: string) =>
      db.execute(sql`UPDATE spaces SET operator_status = ${to}::space_operator_status
                     WHERE id = (SELECT id FROM spaces WHERE lot_id = ${lot!.id} AND operator_status = ${from}::space_operator_status LIMIT 1)`);
    type Update = { lotOccupancyChanged: { version: number } };
    const live = subscribe<Update>(server.wsClient(), 'subscription ($ids: [ID!]) { lotOccupancyChanged(lotIds: $ids) { version } }', {
      ids: [nodeId('Lot', lot!.id)],
    });
    const snapshot = await live.next(undefined, 5_000, 'the snapshot');

    const { rows } = await admin.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND datname = $2', [
      LISTENER_APPLICATION_NAME,
      databaseName(),
    ]);
    await admin.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]);
    // its NOTIFY goes to a dead session: only the catch-up read after reconnecting can deliver it
    await setOneSpace('IN_SERVICE', 'OUT_OF_SERVICE');
    const missed = await live.next(
      (update) => update.lotOccupancyChanged.version > snapshot.lotOccupancyChanged.version,
      10_000,
      'the change made while the listener was cut off',
    );

    await waitFor(async () => (await readiness()).status === 200, 10_000);
    await setOneSpace('OUT_OF_SERVICE', 'IN_SERVICE');
    await live.next((update) => update.lotOccupancyChanged.version > missed.lotOccupancyChanged.version, 5_000, 'a change after reconnecting');
    live.dispose();
  });
});
