// `npm start`: opens the database (embedded unless DATABASE_URL is set), migrates, seeds the demo
// city into an empty database, serves, and shuts down cleanly on SIGTERM or SIGINT.
import { ConfigError, loadConfig } from '../config.js';
import { DataDirInUseError } from '../db/data-dir-lock.js';
import { openMigratedDatabase } from '../db/open.js';
import { seedIfEmpty } from '../seed/index.js';
import { createLogger } from '../logger.js';
import { shutdownTracing } from '../observability/tracing.js';
import { startServer } from './app.js';

const startedAt = performance.now();
const logger = createLogger(process.env.LOG_LEVEL);

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openMigratedDatabase(config, logger);
  if (config.seedDemoData) {
    const seeded = await seedIfEmpty(database.db);
    if (seeded) logger.info(seeded, 'empty database: seeded the demo city');
  }
  const server = await startServer({
    database,
    logger,
    auth: config.auth,
    port: config.port,
    host: config.host,
    production: config.production,
    introspection: config.introspection,
    landingPage: config.landingPage,
    corsOrigins: config.corsOrigins,
    hsts: config.hsts,
    limits: config.limits,
    metrics: config.metricsEnabled,
    shutdownDelayMs: config.shutdownDelayMs,
    execution: config.execution,
    sqlPlans: config.sqlPlans,
    webhooks: config.webhooks,
    readReplicas: { urls: config.databaseReadUrls, maxLagMs: config.readReplicaMaxLagMs },
    accounts: config.accounts,
    connectors: config.connectors,
    payments: config.payments,
    history: config.history,
    liveData: config.liveData,
  });
  logger.info(
    { url: server.url, startupMs: Math.round(performance.now() - startedAt) },
    `Parkway ready at ${server.url}/graphql`,
  );

  let signalled = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (signalled) return;
    signalled = true;
    logger.info({ signal }, 'shutting down');
    try {
      await server.stop();
      await database.close();
      // last: the spans of the drained requests are still buffered
      await shutdownTracing();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'unclean shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirInUseError) logger.fatal(error.message);
  else logger.fatal({ err: error }, 'failed to start');
  process.exit(1);
});
