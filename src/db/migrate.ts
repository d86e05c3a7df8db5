import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Database } from './client.js';
import { selectRows } from './rows.js';

/** drizzle-kit's output folder, found from this file so it works from `src/` and `dist/`. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));

// any constant works, as long as every Parkway process uses the same one.
const MIGRATION_LOCK_KEY = 7_204_911_001;

/** Applies pending migrations to an embedded database (one process owns it, so no lock). */
export async function migrateEmbedded(db: PgliteDatabase<Record<string, unknown>>): Promise<void> {
  await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

/**
 * Applies pending migrations to PostgreSQL. Several processes may start at once, so the work
 * runs on one connection that holds an advisory lock: the others wait, then find nothing to do.
 */
export async function migratePostgres(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migrateNodePg(drizzleNodePg({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.end();
  }
}

// the folder ships with the code, so it is read once per process.
let latestMigrationMillis: number | undefined;

/** True when every migration in the folder has been applied to this database. */
export async function migrationsApplied(db: Database): Promise<boolean> {
  latestMigrationMillis ??= readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).at(-1)?.folderMillis ?? 0;
  try {
    const [row] = await selectRows<{ applied: string | null }>(
      db,
      sql`SELECT max(created_at)::text AS applied FROM drizzle.__drizzle_migrations`,
    );
    return Number(row?.applied ?? 0) >= latestMigrationMillis;
  } catch {
    // no migrations table yet
    return false;
  }
}
