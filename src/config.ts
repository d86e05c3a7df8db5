import { allowedOrigins, DEVELOPMENT_ORIGINS, OriginListError } from './server/cors.js';
import { DEFAULT_LIMITS, type Limits, type RateLimit, type RateLimits } from './server/limits/options.js';
import type { AuthConfig } from './domain/auth/auth-config.js';
import { DEFAULT_LIVE_DATA_TTLS, type LiveDataTtls } from './domain/availability/freshness.js';
import type { StripeSettings } from './domain/payments/stripe-provider.js';
import { DEFAULT_HISTORY_SETTINGS, type HistorySettings } from './domain/history/buckets.js';

/**
 * Every setting the server reads from the environment, parsed once at start-up.
 * docs/configuration.md lists the same variables; keep them in step.
 */
export interface Config {
  /** HTTP and WebSocket port. @default 4000 */
  port: number;
  /** Interface to bind. @default '0.0.0.0' */
  host: string;
  /** PostgreSQL + PostGIS connection string; unset means the embedded PGlite database. */
  databaseUrl: string | undefined;
  /**
   * DATABASE_READ_URLS: PostgreSQL streaming replicas of DATABASE_URL, comma-separated. Queries
   * that may be slightly stale (search, viewport and lot pages) read a healthy one; writes, the
   * rest and LISTEN use the primary (docs/operations.md).
   * @default none
   */
  databaseReadUrls: readonly string[];
  /**
   * READ_REPLICA_MAX_LAG_MS: a replica that has not replayed what the primary wrote this long ago
   * serves nothing until it catches up. @default 5000
   */
  readReplicaMaxLagMs: number;
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
  /** How bearer tokens are verified (see domain/auth/access-tokens). */
  auth: AuthConfig;
  /** NODE_ENV=production turns off introspection. */
  production: boolean;
  /** GRAPHQL_INTROSPECTION: answer `__schema`/`__type` queries. @default !production */
  introspection: boolean;
  /** GRAPHQL_LANDING_PAGE: Apollo Sandbox for a browser's GET /graphql. @default !production */
  landingPage: boolean;
  /**
   * CORS_ORIGINS: browser origins allowed to call the API from their pages, over HTTP (CORS) and
   * WebSocket, comma-separated: exact origins (`https://app.example.com`), `*.` as a first label
   * for exactly one more label (`https://*.review.example.com`), `:*` for any port
   * (docs/cross-origin.md). A page's own origin needs no entry. An entry that is not an origin
   * (a path, a trailing `/`, a bare `*`) stops the server at start.
   * @default localhost and 127.0.0.1 on any port (DEVELOPMENT_ORIGINS); none in production
   */
  corsOrigins: readonly string[];
  /**
   * HSTS: TLS terminates in front of the server (ingress, load balancer) and browsers reach it
   * only over HTTPS: send `Strict-Transport-Security` (one year, subdomains) and the CSP's
   * `upgrade-insecure-requests`. Leave it off for a server browsers reach over plain HTTP.
   * @default false
   */
  hsts: boolean;
  /** Abuse limits: documents, batching, rates, WebSockets (see limitsConfig). */
  limits: Limits;
  /** METRICS_ENABLED: serve Prometheus metrics on `/metrics`. @default true */
  metricsEnabled: boolean;
  /** SHUTDOWN_DELAY_MS: after SIGTERM, not ready but still serving for this long, then drain. @default 0 */
  shutdownDelayMs: number;
  /** GRAPHQL_EXECUTION: how queries and mutations are executed (see ExecutionMode). @default 'compiled' */
  execution: ExecutionMode;
  /**
   * GRAPHQL_SQL_PLANS: in `compiled` mode, answer plannable queries over HTTP with one SQL
   * statement that writes the response's JSON (src/graphql/execution/sql-plan.ts). @default true
   */
  sqlPlans: boolean;
  /** Self-hosted accounts: mail delivery and sign-in attempt limits (see accountsConfig). */
  accounts: AccountsConfig;
  /**
   * Outgoing webhooks (docs/webhooks.md). WEBHOOKS_ALLOW_PRIVATE_NETWORKS: accept endpoints on
   * private, loopback and link-local addresses, and plain http (development and tests only;
   * default false). WEBHOOKS_SEND_TIMEOUT_MS: a send unanswered this long fails (default 10000).
   * WEBHOOKS_LEASE_SECONDS: a delivery a dying process was sending goes out again after this
   * (default 60; longer than the send timeout).
   */
  webhooks: { allowPrivateNetworks: boolean; sendTimeoutMs: number; leaseSeconds: number };
  /** Payment providers (docs/payments.md); invoice is always there, Stripe when keyed. */
  payments: PaymentsConfig;
  /**
   * Connectors (docs/open-feeds.md). CONNECTORS_ALLOW_PRIVATE_NETWORKS: pull feeds from private,
   * loopback and link-local addresses too (development and tests only; default false).
   */
  connectors: { allowPrivateNetworks: boolean };
  /**
   * Occupancy history (docs/history.md). HISTORY_SAMPLE_INTERVAL (seconds, default 60): how often
   * the scheduler leader samples every lot's occupancy (no more often than the scheduler's 15 s
   * rounds). HISTORY_RETENTION_DAYS (default 400): older 15-minute buckets are deleted.
   */
  history: HistorySettings;
  /**
   * How long live data is believed (domain/availability/freshness.ts). SENSOR_STATUS_TTL: a bay
   * sensor's last status, in seconds (default 3600). REPORTED_COUNTS_TTL: a partner's last free
   * count for a lot, in seconds (default 900). Each a whole number from 1 to 2592000 (30 days).
   */
  liveData: LiveDataTtls;
}

/**
 * STRIPE_SECRET_KEY: card payments through Stripe for operators set to it (unset: only invoice).
 * STRIPE_WEBHOOK_SECRET: verifies `POST /webhooks/stripe`. STRIPE_API_BASE: another API base URL
 * (a local server in tests). STRIPE_TIMEOUT_MS: a call unanswered after this is "provider
 * unavailable" (the payment stays PENDING). PAYMENT_PENDING_TTL_MS: a PENDING payment is released
 * after this long.
 */
export interface PaymentsConfig {
  stripe: StripeSettings | undefined;
  /** @default 900_000 (15 minutes) */
  pendingTtlMs: number;
}

/**
 * SMTP_URL: send account mail (verification, password reset, invitations) over SMTP, e.g.
 * `smtps://user:password@mail.example.com`; unset, mail is written to the log instead (so the
 * embedded default works without a mail server). MAIL_FROM: the sender. AUTH_RATE_LIMIT_ACCOUNT /
 * AUTH_RATE_LIMIT_IP: sign-in and password-reset attempts per address and per client IP, as
 * "<per second>/<burst>" (RATE_LIMITS=false turns them off with the others).
 */
export interface AccountsConfig {
  smtpUrl: string | undefined;
  /** @default 'Parkway <no-reply@parkway.invalid>' */
  mailFrom: string;
  /** @default account 10 then 1 a minute, IP 30 then 1 every 6 s */
  attemptLimits: { account: RateLimit; ip: RateLimit } | false;
}

export const DEFAULT_MAIL_FROM = 'Parkway <no-reply@parkway.invalid>';

export const DEFAULT_ATTEMPT_LIMITS = {
  account: { perSecond: 1 / 60, burst: 10 },
  ip: { perSecond: 1 / 6, burst: 30 },
} as const satisfies AccountsConfig['attemptLimits'];

/**
 * `compiled`: documents compiled by graphql-jit, cached per document (graphql-js for what it
 * cannot compile); `stock`: graphql-js for everything. Both give the same answers.
 */
export const EXECUTION_MODES = ['compiled', 'stock'] as const;
export type ExecutionMode = (typeof EXECUTION_MODES)[number];

// the domain owns the shape of its settings; this module only reads them from the environment
export type { AuthConfig } from './domain/auth/auth-config.js';

/** The development secret; refused in production so a default never guards real accounts. */
export const DEVELOPMENT_JWT_SECRET = 'parkway-development-secret-do-not-use-in-production';
export const DEVELOPMENT_ISSUER = 'parkway-dev';
export const DEVELOPMENT_AUDIENCE = 'parkway-api';

const MAX_TTL_SECONDS = 30 * 86_400;

/** Thrown at start-up for a setting that cannot be used; the message names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: integer(env, 'PORT', 4000, 0, 65_535),
    host: env.HOST || '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    databaseReadUrls: readUrls(env),
    readReplicaMaxLagMs: integer(env, 'READ_REPLICA_MAX_LAG_MS', 5_000, 100, 3_600_000),
    dataDir: env.DATA_DIR || './.data',
    poolMax: integer(env, 'PG_POOL_MAX', 10, 1, 1_000),
    seedDemoData: boolean(env, 'SEED_DEMO_DATA', true),
    logLevel: env.LOG_LEVEL || 'info',
    logSql: boolean(env, 'LOG_SQL', false),
    auth: authConfig(env),
    production: env.NODE_ENV === 'production',
    introspection: boolean(env, 'GRAPHQL_INTROSPECTION', env.NODE_ENV !== 'production'),
    landingPage: boolean(env, 'GRAPHQL_LANDING_PAGE', env.NODE_ENV !== 'production'),
    corsOrigins: corsOrigins(env),
    hsts: boolean(env, 'HSTS', false),
    limits: limitsConfig(env),
    metricsEnabled: boolean(env, 'METRICS_ENABLED', true),
    shutdownDelayMs: integer(env, 'SHUTDOWN_DELAY_MS', 0, 0, 120_000),
    execution: executionMode(env),
    sqlPlans: boolean(env, 'GRAPHQL_SQL_PLANS', true),
    connectors: { allowPrivateNetworks: boolean(env, 'CONNECTORS_ALLOW_PRIVATE_NETWORKS', false) },
    history: {
      sampleIntervalMs: integer(env, 'HISTORY_SAMPLE_INTERVAL', DEFAULT_HISTORY_SETTINGS.sampleIntervalMs / 1000, 1, 900) * 1000,
      retentionDays: integer(env, 'HISTORY_RETENTION_DAYS', DEFAULT_HISTORY_SETTINGS.retentionDays, 1, 3_650),
    },
    liveData: {
      sensorStatusMs: integer(env, 'SENSOR_STATUS_TTL', DEFAULT_LIVE_DATA_TTLS.sensorStatusMs / 1000, 1, MAX_TTL_SECONDS) * 1000,
      reportedCountsMs: integer(env, 'REPORTED_COUNTS_TTL', DEFAULT_LIVE_DATA_TTLS.reportedCountsMs / 1000, 1, MAX_TTL_SECONDS) * 1000,
    },
    webhooks: {
      allowPrivateNetworks: boolean(env, 'WEBHOOKS_ALLOW_PRIVATE_NETWORKS', false),
      sendTimeoutMs: integer(env, 'WEBHOOKS_SEND_TIMEOUT_MS', 10_000, 100, 60_000),
      leaseSeconds: integer(env, 'WEBHOOKS_LEASE_SECONDS', 60, 1, 3_600),
    },
    accounts: {
      smtpUrl: env.SMTP_URL || undefined,
      mailFrom: env.MAIL_FROM || DEFAULT_MAIL_FROM,
      attemptLimits: boolean(env, 'RATE_LIMITS', true) && {
        account: rateLimit(env, 'AUTH_RATE_LIMIT_ACCOUNT', DEFAULT_ATTEMPT_LIMITS.account),
        ip: rateLimit(env, 'AUTH_RATE_LIMIT_IP', DEFAULT_ATTEMPT_LIMITS.ip),
      },
    },
    payments: {
      stripe: env.STRIPE_SECRET_KEY
        ? {
            secretKey: env.STRIPE_SECRET_KEY,
            webhookSecret: env.STRIPE_WEBHOOK_SECRET || undefined,
            apiBase: env.STRIPE_API_BASE || undefined,
            timeoutMs: integer(env, 'STRIPE_TIMEOUT_MS', 10_000, 100, 120_000),
          }
        : undefined,
      pendingTtlMs: integer(env, 'PAYMENT_PENDING_TTL_MS', 900_000, 1_000, 86_400_000),
    },
  };
}

/** GRAPHQL_EXECUTION, on its own: the test harness reads it without the rest of the config. */
export function executionMode(env: NodeJS.ProcessEnv = process.env): ExecutionMode {
  const raw = env.GRAPHQL_EXECUTION || 'compiled';
  if (!(EXECUTION_MODES as readonly string[]).includes(raw)) {
    throw new ConfigError(`GRAPHQL_EXECUTION must be ${EXECUTION_MODES.join(' or ')}, got "${raw}"`);
  }
  return raw as ExecutionMode;
}

/** The abuse limits from GRAPHQL_MAX_*, RATE_LIMIT*, TRUST_PROXY_HOPS and WS_*; unset ones keep DEFAULT_LIMITS. */
function limitsConfig(env: NodeJS.ProcessEnv): Limits {
  const { document, webSocket } = DEFAULT_LIMITS;
  const rates = DEFAULT_LIMITS.rateLimits as RateLimits;
  return {
    document: {
      maxBytes: integer(env, 'GRAPHQL_MAX_DOCUMENT_BYTES', document.maxBytes, 1, 1024 * 1024),
      maxTokens: integer(env, 'GRAPHQL_MAX_TOKENS', document.maxTokens, 1, 1_000_000),
      maxDepth: integer(env, 'GRAPHQL_MAX_DEPTH', document.maxDepth, 1, 1_000),
      maxAliases: integer(env, 'GRAPHQL_MAX_ALIASES', document.maxAliases, 0, 100_000),
      maxCost: integer(env, 'GRAPHQL_MAX_COST', document.maxCost, 1, 1_000_000_000),
      assumedListSize: integer(env, 'GRAPHQL_ASSUMED_LIST_SIZE', document.assumedListSize, 1, 10_000),
    },
    maxBatchedOperations: integer(env, 'GRAPHQL_MAX_BATCH', DEFAULT_LIMITS.maxBatchedOperations, 1, 1_000),
    rateLimits: boolean(env, 'RATE_LIMITS', true) && {
      apiKey: rateLimit(env, 'RATE_LIMIT_API_KEY', rates.apiKey),
      user: rateLimit(env, 'RATE_LIMIT_USER', rates.user),
      ip: rateLimit(env, 'RATE_LIMIT_IP', rates.ip),
    },
    trustedProxyHops: integer(env, 'TRUST_PROXY_HOPS', DEFAULT_LIMITS.trustedProxyHops, 0, 100),
    webSocket: {
      connectionInitWaitTimeoutMs: integer(env, 'WS_CONNECTION_INIT_TIMEOUT_MS', webSocket.connectionInitWaitTimeoutMs, 100, 600_000),
      maxConnectionsPerKey: integer(env, 'WS_MAX_CONNECTIONS_PER_KEY', webSocket.maxConnectionsPerKey, 1, 1_000_000),
      maxSubscriptionsPerConnection: integer(env, 'WS_MAX_SUBSCRIPTIONS_PER_CONNECTION', webSocket.maxSubscriptionsPerConnection, 1, 100_000),
      maxMessageBytes: integer(env, 'WS_MAX_MESSAGE_BYTES', webSocket.maxMessageBytes, 1024, 100 * 1024 * 1024),
    },
  };
}

/** CORS_ORIGINS as a checked list; unset or empty, the default for NODE_ENV. */
function corsOrigins(env: NodeJS.ProcessEnv): readonly string[] {
  const entries = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) return env.NODE_ENV === 'production' ? [] : DEVELOPMENT_ORIGINS;
  try {
    allowedOrigins(entries);
  } catch (error) {
    if (error instanceof OriginListError) throw new ConfigError(`CORS_ORIGINS: ${error.message}`);
    throw error;
  }
  return entries;
}

/** "<requests per second>/<burst>", e.g. "50/150"; the burst may be left out (3 seconds' worth). */
function rateLimit(env: NodeJS.ProcessEnv, name: string, fallback: RateLimit): RateLimit {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const [perSecond, burst = perSecond * 3] = raw.split('/').map(Number) as [number, number?];
  if (!(perSecond > 0) || !(burst >= 1) || raw.split('/').length > 2) {
    throw new ConfigError(`${name} must be "<requests per second>/<burst>" with both above 0, e.g. "50/150", got "${raw}"`);
  }
  return { perSecond, burst };
}

function authConfig(env: NodeJS.ProcessEnv): AuthConfig {
  if (env.OIDC_JWKS_URL) {
    if (!env.OIDC_ISSUER || !env.OIDC_AUDIENCE) {
      throw new ConfigError('OIDC_JWKS_URL needs OIDC_ISSUER and OIDC_AUDIENCE');
    }
    return { kind: 'oidc', jwksUrl: env.OIDC_JWKS_URL, issuer: env.OIDC_ISSUER, audience: env.OIDC_AUDIENCE };
  }
  const secret = env.JWT_SECRET || (env.NODE_ENV === 'production' ? undefined : DEVELOPMENT_JWT_SECRET);
  if (!secret) throw new ConfigError('production needs OIDC_JWKS_URL (with OIDC_ISSUER, OIDC_AUDIENCE) or JWT_SECRET');
  if (secret.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters');
  return {
    kind: 'hs256',
    secret,
    issuer: env.JWT_ISSUER || DEVELOPMENT_ISSUER,
    audience: env.JWT_AUDIENCE || DEVELOPMENT_AUDIENCE,
  };
}

function readUrls(env: NodeJS.ProcessEnv): string[] {
  const urls = (env.DATABASE_READ_URLS ?? '').split(',').map((url) => url.trim()).filter(Boolean);
  if (urls.length > 0 && !env.DATABASE_URL) throw new ConfigError('DATABASE_READ_URLS needs DATABASE_URL: replicas are of a PostgreSQL primary');
  for (const url of urls) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new ConfigError(`DATABASE_READ_URLS: "${url.replace(/:[^:@/]*@/, ':***@')}" is not a postgres:// URL`);
  }
  return urls;
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
