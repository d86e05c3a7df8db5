import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import { openEmbedded, openPostgres, type Database, type DatabaseHandle, type QueryObserver } from '../../src/db/client.js';

/** True when this run uses real PostgreSQL (TEST_DATABASE_URL); tests that need it skip otherwise. */
export const onPostgres = inject('testDatabaseUrl') !== undefined;

/** The run's PostgreSQL URL; only call when `onPostgres`. */
export function testDatabaseUrl(): string {
  const url = inject('testDatabaseUrl');
  if (!url) throw new Error('no TEST_DATABASE_URL in this run');
  return url;
}

/**
 * Opens the run's database for one test file: a private PGlite restored from the run's snapshot,
 * or a pool on the run's PostgreSQL database (shared by files, so tests create their own rows
 * when they write). Close it in `afterAll`.
 */
export async function openTestDatabase(onQuery?: QueryObserver): Promise<DatabaseHandle> {
  const url = inject('testDatabaseUrl');
  if (url) return openPostgres({ url, poolMax: 5, onQuery });
  const snapshotPath = inject('pgliteSnapshotPath');
  if (!snapshotPath) throw new Error('global setup provided no database');
  const snapshot = new Blob([await readFile(snapshotPath)]);
  return openEmbedded({ dataDir: 'memory://', loadDataDir: snapshot, onQuery });
}

class RolledBack extends Error {}

/**
 * Runs `work` in a transaction that is always rolled back, so a test that writes straight to the
 * database leaves nothing behind for other files sharing a PostgreSQL run. Use `tx.transaction`
 * (a savepoint) around a statement that is expected to fail.
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
