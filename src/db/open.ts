import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { openDatabase, type DatabaseHandle } from './client.js';

/**
 * Opens the database the configuration names, applies pending migrations and logs which mode
 * the process runs in: PostgreSQL (`DATABASE_URL`) or embedded PGlite (`DATA_DIR`).
 */
export async function openMigratedDatabase(config: Config, logger: Logger): Promise<DatabaseHandle> {
  const startedAt = performance.now();
  const database = await openDatabase({
    url: config.databaseUrl,
    poolMax: config.poolMax,
    dataDir: config.dataDir,
    onQuery: config.logSql ? (query, params) => logger.info({ query, params }, 'sql') : undefined,
  });
  try {
    await database.migrate();
  } catch (error) {
    await database.close();
    throw error;
  }
  logger.info(
    { mode: database.mode, location: database.location, ms: Math.round(performance.now() - startedAt) },
    database.mode === 'embedded'
      ? `embedded PGlite + PostGIS database at ${database.location} (set DATABASE_URL for PostgreSQL)`
      : `PostgreSQL at ${database.location}`,
  );
  return database;
}
