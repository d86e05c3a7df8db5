import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { openEmbedded, openPostgres } from '../../src/db/client.js';
import { seedIfEmpty } from '../../src/db/seed/seed.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's PostgreSQL database, when TEST_DATABASE_URL is set. */
    testDatabaseUrl: string | undefined;
    /** A gzipped PGlite data directory, migrated and seeded, when it is not. */
    pgliteSnapshotPath: string | undefined;
  }
}

/**
 * Prepares one migrated, seeded database for the whole run and removes it afterwards.
 *
 * - TEST_DATABASE_URL set: creates a fresh database next to the one it names (which must allow
 *   CREATE DATABASE and CREATE EXTENSION postgis), so runs never see each other's rows.
 * - unset: builds a PGlite snapshot once; each test file restores its own copy in seconds
 *   instead of migrating from scratch.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const databaseUrl = await createDatabase(adminUrl);
    const database = await openPostgres({ url: databaseUrl });
    await database.migrate();
    await seedIfEmpty(database.db);
    await database.close();
    project.provide('testDatabaseUrl', databaseUrl);
    project.provide('pgliteSnapshotPath', undefined);
    console.log(`[test database] PostgreSQL ${new URL(databaseUrl).pathname.slice(1)}`);
    return () => dropDatabase(adminUrl, databaseUrl);
  }

  const database = await openEmbedded({ dataDir: 'memory://' });
  await database.migrate();
  await seedIfEmpty(database.db);
  const snapshot = await database.pglite.dumpDataDir('gzip');
  await database.close();
  const folder = await mkdtemp(join(tmpdir(), 'parkway-test-'));
  const snapshotPath = join(folder, 'snapshot.tar.gz');
  await writeFile(snapshotPath, Buffer.from(await snapshot.arrayBuffer()));
  project.provide('testDatabaseUrl', undefined);
  project.provide('pgliteSnapshotPath', snapshotPath);
  console.log('[test database] embedded PGlite (set TEST_DATABASE_URL to run on PostgreSQL)');
  return () => rm(folder, { recursive: true, force: true });
}

async function createDatabase(adminUrl: string): Promise<string> {
  const name = `parkway_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(adminUrl: string, databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  await withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

async function withAdmin(adminUrl: string, work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
