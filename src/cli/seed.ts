// `npm run seed`: wipes the configured database and seeds the demo city again. On the embedded
// database a running server owns the data directory: the command is refused (exit 1), since
// wiping the files under a live PGlite destroys them (issue 25).
import { ConfigError, loadConfig } from '../config.js';
import { DataDirInUseError } from '../db/data-dir-lock.js';
import { createLogger } from '../logger.js';
import { openMigratedDatabase } from '../db/open.js';
import { reseed } from '../seed/index.js';

const SEED_ADVICE =
  'Seeding wipes the database under that process: stop it first (Ctrl-C in its terminal), run npm run seed, then start it again.';

const logger = createLogger(process.env.LOG_LEVEL);
try {
  const config = loadConfig();
  const database = await openMigratedDatabase(config, logger);
  try {
    const summary = await reseed(database.db);
    logger.info(summary, 'demo city seeded');
  } finally {
    await database.close();
  }
} catch (error) {
  if (error instanceof DataDirInUseError) logger.fatal(`npm run seed refused: ${error.holder}. ${SEED_ADVICE}`);
  else if (error instanceof ConfigError) logger.fatal(error.message);
  else logger.fatal({ err: error }, 'seeding failed');
  process.exitCode = 1;
}
