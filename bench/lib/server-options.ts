import type { ServerOptions } from '../../src/server/app.js';

/**
 * How the benchmarks may run the server's queries: `stock` (graphql-js), `jit` (graphql-jit
 * through the resolvers: `GRAPHQL_EXECUTION=compiled GRAPHQL_SQL_PLANS=false`) and `compiled`
 * (the default server: graphql-jit, and SQL plans for the queries that have one).
 */
export const EXECUTION_MODES = ['stock', 'jit', 'compiled'] as const;
export type BenchExecutionMode = (typeof EXECUTION_MODES)[number];

export function executionModeOf(value: string | undefined): BenchExecutionMode {
  if (value === undefined) return 'compiled';
  if (!(EXECUTION_MODES as readonly string[]).includes(value)) throw new Error(`--execution must be ${EXECUTION_MODES.join(', ')}, got "${value}"`);
  return value as BenchExecutionMode;
}

/**
 * Everything a benchmark's server gets besides its database and logger: production mode, no
 * scheduler (it would write while we measure), no /metrics, a free port on loopback, and no
 * per-client limits. All load comes from one address (127.0.0.1) and a handful of principals, so
 * per-IP and per-user rate limits and the per-IP socket cap would measure the limiter, not the
 * server; the document limits (size, depth, cost) stay at their defaults.
 */
export function benchServerOptions(execution: BenchExecutionMode) {
  return {
    scheduler: false,
    port: 0,
    host: '127.0.0.1',
    production: true,
    metrics: false,
    execution: execution === 'stock' ? 'stock' : 'compiled',
    sqlPlans: execution === 'compiled',
    limits: { rateLimits: false, webSocket: { maxConnectionsPerKey: 1_000_000 } },
  } satisfies Partial<ServerOptions>;
}
