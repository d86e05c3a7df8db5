import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { openEmbedded, openPostgres } from '../../src/db/client.js';
import { seedIfEmpty } from '../../src/db/seed/seed.js';
import { dropDatabasesStartingWith, urlOfDatabase, withAdmin } from './postgres-admin.js';

/** Where this run's PostgreSQL databases live (TEST_DATABASE_URL set). */
export interface PostgresRun {
  /** TEST_DATABASE_URL: a database on the server whose role may CREATE DATABASE. */
  adminUrl: string;
  /** A migrated, seeded database that each test file copies (CREATE DATABASE ... TEMPLATE). */
  templateName: string;
  /** Every database of this run starts with it, so teardown finds them all. */
  prefix: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgresRun: PostgresRun | undefined;
    /** A gzipped PGlite data directory, migrated and seeded, when TEST_DATABASE_URL is unset. */
    pgliteSnapshotPath: string | undefined;
  }
}

/**
 * Prepares one migrated, seeded database for the run, which every test file copies so that no
 * file sees another's rows, on either database:
 * - TEST_DATABASE_URL set: a template database on that server; files copy it in a fraction of a
 *   second. Everything the run created is dropped at the end.
 * - unset: a PGlite snapshot (migrating PGlite from scratch takes ~20 s; restoring takes ~5 s).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const prefix = `parkway_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
    const templateName = `${prefix}_template`;
    await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${pg.escapeIdentifier(templateName)}`));
    const database = await openPostgres({ url: urlOfDatabase(adminUrl, templateName) });
    await database.migrate();
    await seedIfEmpty(database.db);
    await database.close();
    project.provide('postgresRun', { adminUrl, templateName, prefix });
    project.provide('pgliteSnapshotPath', undefined);
    console.log(`[test database] PostgreSQL: each file copies ${templateName}`);
    return () => dropDatabasesStartingWith(adminUrl, prefix);
  }

  const database = await openEmbedded({ dataDir: 'memory://' });
  await database.migrate();
  await seedIfEmpty(database.db);
  const snapshot = await database.pglite.dumpDataDir('gzip');
  await database.close();
  const folder = await mkdtemp(join(tmpdir(), 'parkway-test-'));
  const snapshotPath = join(folder, 'snapshot.tar.gz');
  await writeFile(snapshotPath, Buffer.from(await snapshot.arrayBuffer()));
  project.provide('postgresRun', undefined);
  project.provide('pgliteSnapshotPath', snapshotPath);
  console.log('[test database] embedded PGlite (set TEST_DATABASE_URL to run on PostgreSQL)');
  return () => rm(folder, { recursive: true, force: true });
}
