// `npm run db:migrate` (and the Kubernetes migration Job: `node dist/cli/migrate.js`): applies
// pending migrations to DATABASE_URL and exits, without serving. Servers starting at the same
// time wait on the same advisory lock and then find nothing to do.
import { ConfigError, loadConfig } from '../config.js';
import { openMigratedDatabase } from '../db/open.js';
import { createLogger } from '../logger.js';

const logger = createLogger(process.env.LOG_LEVEL);
try {
  const config = loadConfig();
  if (!config.databaseUrl) throw new ConfigError('DATABASE_URL is required: the embedded database migrates when the server starts');
  const database = await openMigratedDatabase(config, logger);
  await database.close();
  logger.info('migrations applied');
} catch (error) {
  if (error instanceof ConfigError) logger.fatal(error.message);
  else logger.fatal({ err: error }, 'migration failed');
  process.exitCode = 1;
}
