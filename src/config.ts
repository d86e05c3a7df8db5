/**
 * Every setting the server reads from the environment, parsed once at start-up.
 * The README's Configuration table lists the same variables; keep them in step.
 */
export interface Config {
  /** HTTP and WebSocket port. @default 4000 */
  port: number;
  /** Interface to bind. @default '0.0.0.0' */
  host: string;
  /** PostgreSQL + PostGIS connection string; unset means the embedded PGlite database. */
  databaseUrl: string | undefined;
  /** Where the embedded database keeps its files. @default './.data' */
  dataDir: string;
  /** node-postgres pool size per process. @default 10 */
  poolMax: number;
  /** Seed the demo city when the database has no operators. @default true */
  seedDemoData: boolean;
  /** pino level: fatal, error, warn, info, debug, trace or silent. @default 'info' */
  logLevel: string;
  /** Log every SQL statement (at info level). @default false */
  logSql: boolean;
  /** NODE_ENV=production turns off introspection. */
  production: boolean;
}

/** Thrown at start-up for a setting that cannot be used; the message names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: integer(env, 'PORT', 4000, 0, 65_535),
    host: env.HOST || '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR || './.data',
    poolMax: integer(env, 'PG_POOL_MAX', 10, 1, 1_000),
    seedDemoData: boolean(env, 'SEED_DEMO_DATA', true),
    logLevel: env.LOG_LEVEL || 'info',
    logSql: boolean(env, 'LOG_SQL', false),
    production: env.NODE_ENV === 'production',
  };
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}
