import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { openEmbedded } from '../../src/db/client.js';

const made: string[] = [];

/**
 * A new data directory holding the run's migrated, seeded PGlite snapshot, for a server started
 * in a child process (faster than letting it create, migrate and seed one). PGlite runs only.
 */
export async function seededDataDir(prefix: string): Promise<string> {
  const snapshotPath = inject('pgliteSnapshotPath');
  if (!snapshotPath) throw new Error('global setup provided no PGlite snapshot (is TEST_DATABASE_URL set?)');
  const dataDir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dataDir);
  const database = await openEmbedded({ dataDir, loadDataDir: new Blob([await readFile(snapshotPath)]) });
  await database.close();
  return dataDir;
}

/** Removes the directories `seededDataDir` made (afterAll). */
export async function removeDataDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}
