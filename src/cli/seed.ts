// `npm run seed`: wipes the configured database and seeds the demo city again.
// Stop the server first when it uses the embedded database: PGlite has one owner at a time.
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { openMigratedDatabase } from '../db/open.js';
import { reseed } from '../db/seed/seed.js';

const config = loadConfig();
const logger = createLogger(config.logLevel);
const database = await openMigratedDatabase(config, logger);
try {
  const summary = await reseed(database.db);
  logger.info(summary, 'demo city seeded');
} finally {
  await database.close();
}
