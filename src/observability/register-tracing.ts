// Preloaded by `node --import ./dist/observability/register-tracing.js dist/server/main.js`
// (`npm start`, the Dockerfile): the http and pg instrumentations patch those modules as they
// load, so tracing has to start before the server's own imports run. Without OTEL_* settings it
// does nothing and loads nothing of the SDK.
import { ConfigError } from '../config.js';
import { createLogger } from '../logger.js';
import { startTracingFromEnvironment } from './tracing.js';

try {
  await startTracingFromEnvironment();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  createLogger().fatal(error.message);
  process.exit(1);
}
