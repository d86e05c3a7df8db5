import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import {
  openEmbedded,
  openPostgres,
  type Database,
  type DatabaseHandle,
  type EmbeddedDatabaseHandle,
  type QueryObserver,
} from '../../src/db/client.js';
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
 * or an embedded PGlite in the seeded state. Give it back with `releaseTestDatabase` in
 * `afterAll` (a test that closes it on purpose, to break it, may still release it after).
 */
export async function openTestDatabase(onQuery?: QueryObserver): Promise<DatabaseHandle> {
  if (onPostgres) return openPostgres({ url: await createPostgresDatabase(), poolMax: 5, onQuery });
  return acquireEmbedded(onQuery);
}

/** Ends a file's use of its test database: the worker's PGlite is kept for the next file. */
export async function releaseTestDatabase(database: DatabaseHandle): Promise<void> {
  if (workerDatabase && database === workerDatabase.handle) {
    workerDatabase.inUse = false;
    if (workerDatabase.closed) workerDatabase = undefined;
    return;
  }
  await database.close();
}

// Loading PGlite with PostGIS and restoring the snapshot costs seconds of CPU, which once per test
// file was most of `npm test`. Test files of a worker run one after another in one process
// (vitest `isolate: false`), so each worker restores once and hands the same instance to the next
// file, put back into the seeded state (see seedState).

interface WorkerDatabase {
  handle: EmbeddedDatabaseHandle;
  seeded: SeedState;
  /** Every statement goes through here to the observer of the file that holds the database. */
  observe: QueryObserver | undefined;
  inUse: boolean;
  /** Closed by its file (outage tests): never handed out again. */
  closed: boolean;
}

let workerDatabase: WorkerDatabase | undefined;

async function acquireEmbedded(onQuery: QueryObserver | undefined): Promise<DatabaseHandle> {
  if (workerDatabase?.closed) workerDatabase = undefined;
  // a second database in one file (two servers) is a fresh instance of its own
  if (workerDatabase?.inUse) return restoreSnapshot(onQuery);
  if (workerDatabase) await workerDatabase.seeded.restore();
  else workerDatabase = await keptEmbedded();
  workerDatabase.observe = onQuery;
  workerDatabase.inUse = true;
  return workerDatabase.handle;
}

/** The worker's instance: restored from the run's snapshot, its seeded state recorded. */
async function keptEmbedded(): Promise<WorkerDatabase> {
  let kept: WorkerDatabase | undefined;
  const handle = await restoreSnapshot((query, params) => kept?.observe?.(query, params));
  const close = handle.close;
  handle.close = async () => {
    if (kept) kept.closed = true;
    await close();
  };
  kept = { handle, seeded: await seedState(handle.pglite), observe: undefined, inUse: false, closed: false };
  return kept;
}

async function restoreSnapshot(onQuery: QueryObserver | undefined): Promise<EmbeddedDatabaseHandle> {
  const snapshotPath = inject('pgliteSnapshotPath');
  if (!snapshotPath) throw new Error('global setup provided no database');
  const snapshot = new Blob([await readFile(snapshotPath)]);
  return openEmbedded({ dataDir: 'memory://', loadDataDir: snapshot, onQuery });
}

/** The seeded rows and sequence positions of a database, and a way back to them. */
interface SeedState {
  restore(): Promise<void>;
}

const SEED_COPY = 'test_seed_copy';

/**
 * Copies every table's rows (and every sequence's position) into a schema of their own, and
 * returns the way back: empty every table and copy the rows back with triggers and foreign-key
 * checks off (`session_replication_role = replica`), so nothing a file wrote reaches the next.
 * Session state a file may leave (prepared statements, LISTEN, advisory locks, settings) goes too.
 */
async function seedState(client: PGlite): Promise<SeedState> {
  const { rows: tables } = await client.query<{ schema: string; name: string; columns: string }>(`
    SELECT n.nspname AS schema, c.relname AS name,
           string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) AS columns
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'drizzle', '${SEED_COPY}')
       AND n.nspname NOT LIKE 'pg_toast%'
       -- tables of extensions (PostGIS's spatial_ref_sys) are theirs, not the seed's
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
     GROUP BY n.nspname, c.relname`);
  const { rows: sequences } = await client.query<{ name: string; value: string; called: boolean }>(`
    SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename) AS name,
           coalesce(last_value, 1)::text AS value, last_value IS NOT NULL AS called
      FROM pg_sequences WHERE schemaname <> '${SEED_COPY}'`);
  const qualified = ({ schema, name }: { schema: string; name: string }) => `${quoteIdent(schema)}.${quoteIdent(name)}`;
  const copyOf = ({ schema, name }: { schema: string; name: string }) => `${SEED_COPY}.${quoteIdent(`${schema}.${name}`)}`;
  await client.exec(
    [`CREATE SCHEMA ${SEED_COPY}`, ...tables.map((table) => `CREATE TABLE ${copyOf(table)} AS TABLE ${qualified(table)}`)].join(';\n'),
  );
  const restore = [
    'DEALLOCATE ALL',
    'UNLISTEN *',
    'SELECT pg_advisory_unlock_all()',
    'RESET ALL',
    'BEGIN',
    'SET LOCAL session_replication_role = replica',
    `TRUNCATE ${tables.map(qualified).join(', ')}`,
    ...tables.map(
      (table) => `INSERT INTO ${qualified(table)} (${table.columns}) OVERRIDING SYSTEM VALUE SELECT ${table.columns} FROM ${copyOf(table)}`,
    ),
    ...sequences.map(({ name, value, called }) => `SELECT setval('${name.replaceAll("'", "''")}', ${value}, ${called})`),
    'COMMIT',
  ].join(';\n');
  return { restore: () => client.exec(restore).then(() => undefined) };
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
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
