import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { openEmbedded, openPostgres, type Database, type DatabaseHandle, type QueryObserver } from '../../src/db/client.js';
import { urlOfDatabase, withAdmin } from './postgres-admin.js';

/** True when this run uses real PostgreSQL (TEST_DATABASE_URL); tests that need it skip otherwise. */
export const onPostgres = inject('postgresRun') !== undefined;

/**
 * A new PostgreSQL database for this file, copied from the run's migrated, seeded template;
 * returns its URL. Only when `onPostgres`. Dropped at the end of the run.
 */
export async function createPostgresDatabase(): Promise<string> {
  const run = inject('postgresRun');
  if (!run) throw new Error('no TEST_DATABASE_URL in this run');
  const name = `${run.prefix}_${randomBytes(4).toString('hex')}`;
  await withAdmin(run.adminUrl, (client) =>
    client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(run.templateName)}`),
  );
  return urlOfDatabase(run.adminUrl, name);
}

/**
 * A migrated, seeded database of this test file's own: a PostgreSQL copy of the run's template,
 * or a PGlite restored from the run's snapshot. Close it in `afterAll`.
 */
export async function openTestDatabase(onQuery?: QueryObserver): Promise<DatabaseHandle> {
  if (onPostgres) return openPostgres({ url: await createPostgresDatabase(), poolMax: 5, onQuery });
  const snapshotPath = inject('pgliteSnapshotPath');
  if (!snapshotPath) throw new Error('global setup provided no database');
  const snapshot = new Blob([await readFile(snapshotPath)]);
  return openEmbedded({ dataDir: 'memory://', loadDataDir: snapshot, onQuery });
}

class RolledBack extends Error {}

/**
 * Runs `work` in a transaction that is always rolled back, so one test's rows do not leak into
 * the next test of the same file. Use `tx.transaction` (a savepoint) around a statement that is
 * expected to fail.
 */
export async function withRollback(db: Database, work: (tx: Database) => Promise<void>): Promise<void> {
  try {
    await db.transaction(async (tx) => {
      await work(tx);
      throw new RolledBack();
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
  }
}

/** TEST_DATABASE_URL, for tests that inspect the server (pg_stat_activity); only when `onPostgres`. */
export function postgresAdminUrl(): string {
  const run = inject('postgresRun');
  if (!run) throw new Error('no TEST_DATABASE_URL in this run');
  return run.adminUrl;
}
