import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { openEmbedded, openPostgres } from '../../src/db/client.js';
import { seedIfEmpty } from '../../src/seed/index.js';
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
 * - unset: a PGlite snapshot, built once and kept between runs until the migrations or the
 *   source change; each test worker restores it once (test/helpers/database.ts).
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

  const snapshotPath = await cachedPgliteSnapshot();
  project.provide('postgresRun', undefined);
  project.provide('pgliteSnapshotPath', snapshotPath);
  console.log('[test database] embedded PGlite (set TEST_DATABASE_URL to run on PostgreSQL)');
  return async () => {};
}

/** Where migrated, seeded snapshots are kept between runs (ignored by git with node_modules). */
const SNAPSHOT_CACHE = 'node_modules/.cache/parkway-test';

/**
 * A gzipped PGlite data directory, migrated and seeded. Building one is the slowest step of a
 * run, so it is kept between runs under a name that is the hash of everything that can change it
 * (the migrations, the source the seed runs, the locked PGlite version); any change builds anew.
 */
async function cachedPgliteSnapshot(): Promise<string> {
  const path = join(SNAPSHOT_CACHE, `snapshot-${await hashOfSources(['drizzle', 'src', 'package-lock.json'])}.tar.gz`);
  if (await exists(path)) return path;
  const database = await openEmbedded({ dataDir: 'memory://' });
  await database.migrate();
  await seedIfEmpty(database.db);
  const snapshot = await database.pglite.dumpDataDir('gzip');
  await database.close();
  await mkdir(SNAPSHOT_CACHE, { recursive: true });
  await pruneSnapshotsOlderThan(SNAPSHOT_CACHE, 24 * 3_600_000);
  // written under another name first: a run that starts meanwhile never reads half a file
  const partial = `${path}.${process.pid}.partial`;
  await writeFile(partial, Buffer.from(await snapshot.arrayBuffer()));
  await rename(partial, path);
  return path;
}

/** A hash of the files at `paths` (files, or folders taken whole). */
async function hashOfSources(paths: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const path of paths) {
    const files = (await stat(path)).isDirectory()
      ? (await readdir(path, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile())
          .map((entry) => join(entry.parentPath, entry.name))
          .sort()
      : [path];
    for (const file of files) hash.update(file).update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Old snapshots go; a run that started minutes ago may still be restoring a recent one. */
async function pruneSnapshotsOlderThan(folder: string, ageMs: number): Promise<void> {
  for (const name of await readdir(folder)) {
    const path = join(folder, name);
    if (Date.now() - (await stat(path)).mtimeMs > ageMs) await rm(path, { force: true });
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
