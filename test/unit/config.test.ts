import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_ATTEMPT_LIMITS, DEFAULT_MAIL_FROM, DEVELOPMENT_JWT_SECRET, loadConfig } from '../../src/config.js';
import { DEFAULT_LIVE_DATA_TTLS } from '../../src/domain/availability/freshness.js';
import { DEVELOPMENT_ORIGINS } from '../../src/server/cors.js';
import { DEFAULT_LIMITS } from '../../src/server/limits/options.js';

describe('loadConfig', () => {
  it('defaults to the embedded database in ./.data on port 4000', () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      host: '0.0.0.0',
      databaseUrl: undefined,
      dataDir: './.data',
      poolMax: 10,
      seedDemoData: true,
      logLevel: 'info',
      logSql: false,
      auth: {
        kind: 'hs256',
        secret: DEVELOPMENT_JWT_SECRET,
        issuer: 'parkway-dev',
        audience: 'parkway-api',
      },
      production: false,
      introspection: true,
      landingPage: true,
      limits: DEFAULT_LIMITS,
      metricsEnabled: true,
      shutdownDelayMs: 0,
      execution: 'compiled',
      sqlPlans: true,
      accounts: { smtpUrl: undefined, mailFrom: DEFAULT_MAIL_FROM, attemptLimits: DEFAULT_ATTEMPT_LIMITS },
      corsOrigins: DEVELOPMENT_ORIGINS,
      hsts: false,
      connectors: { allowPrivateNetworks: false },
      webhooks: { allowPrivateNetworks: false, sendTimeoutMs: 10_000, leaseSeconds: 60 },
      payments: { stripe: undefined, pendingTtlMs: 900_000 },
      history: { sampleIntervalMs: 60_000, retentionDays: 400 },
      databaseReadUrls: [],
      readReplicaMaxLagMs: 5_000,
      liveData: DEFAULT_LIVE_DATA_TTLS,
    });
  });

  it('reads every variable', () => {
    expect(
      loadConfig({
        PORT: '8080',
        HOST: '127.0.0.1',
        DATABASE_URL: 'postgres://db/parkway',
        DATA_DIR: '/var/parkway',
        PG_POOL_MAX: '25',
        SEED_DEMO_DATA: 'false',
        LOG_LEVEL: 'warn',
        LOG_SQL: 'true',
        NODE_ENV: 'production',
        OIDC_JWKS_URL: 'https://id.example/.well-known/jwks.json',
        OIDC_ISSUER: 'https://id.example/',
        OIDC_AUDIENCE: 'parkway',
        GRAPHQL_EXECUTION: 'stock',
        GRAPHQL_SQL_PLANS: 'false',
        METRICS_ENABLED: 'false',
        SHUTDOWN_DELAY_MS: '5000',
        SMTP_URL: 'smtps://parkway:secret@smtp.example',
        MAIL_FROM: 'Parkway <accounts@parkway.example>',
        AUTH_RATE_LIMIT_ACCOUNT: '0.5/5',
        AUTH_RATE_LIMIT_IP: '2',
        CORS_ORIGINS: 'https://app.parkway.example, https://*.review.parkway.example',
        HSTS: 'true',
        CONNECTORS_ALLOW_PRIVATE_NETWORKS: 'true',
        WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'true',
        WEBHOOKS_SEND_TIMEOUT_MS: '2500',
        WEBHOOKS_LEASE_SECONDS: '30',
        STRIPE_SECRET_KEY: 'sk_test_parkway',
        STRIPE_WEBHOOK_SECRET: 'whsec_parkway',
        STRIPE_API_BASE: 'http://127.0.0.1:12111',
        STRIPE_TIMEOUT_MS: '3000',
        PAYMENT_PENDING_TTL_MS: '60000',
        DATABASE_READ_URLS: 'postgres://replica-a/parkway, postgres://replica-b/parkway',
        READ_REPLICA_MAX_LAG_MS: '2000',
        HISTORY_SAMPLE_INTERVAL: '30',
        HISTORY_RETENTION_DAYS: '800',
        SENSOR_STATUS_TTL: '600',
        REPORTED_COUNTS_TTL: '7200',
      }),
    ).toEqual({
      port: 8080,
      host: '127.0.0.1',
      databaseUrl: 'postgres://db/parkway',
      dataDir: '/var/parkway',
      poolMax: 25,
      seedDemoData: false,
      logLevel: 'warn',
      logSql: true,
      auth: {
        kind: 'oidc',
        jwksUrl: 'https://id.example/.well-known/jwks.json',
        issuer: 'https://id.example/',
        audience: 'parkway',
      },
      production: true,
      introspection: false,
      landingPage: false,
      limits: DEFAULT_LIMITS,
      metricsEnabled: false,
      shutdownDelayMs: 5000,
      execution: 'stock',
      sqlPlans: false,
      accounts: {
        smtpUrl: 'smtps://parkway:secret@smtp.example',
        mailFrom: 'Parkway <accounts@parkway.example>',
        attemptLimits: { account: { perSecond: 0.5, burst: 5 }, ip: { perSecond: 2, burst: 6 } },
      },
      corsOrigins: ['https://app.parkway.example', 'https://*.review.parkway.example'],
      hsts: true,
      connectors: { allowPrivateNetworks: true },
      webhooks: { allowPrivateNetworks: true, sendTimeoutMs: 2_500, leaseSeconds: 30 },
      payments: {
        stripe: { secretKey: 'sk_test_parkway', webhookSecret: 'whsec_parkway', apiBase: 'http://127.0.0.1:12111', timeoutMs: 3_000 },
        pendingTtlMs: 60_000,
      },
      databaseReadUrls: ['postgres://replica-a/parkway', 'postgres://replica-b/parkway'],
      readReplicaMaxLagMs: 2_000,
      history: { sampleIntervalMs: 30_000, retentionDays: 800 },
      liveData: { sensorStatusMs: 600_000, reportedCountsMs: 7_200_000 },
    });
  });

  it.each([
    [{ PORT: '70000' }, 'PORT must be an integer from 0 to 65535, got "70000"'],
    [{ PG_POOL_MAX: '0' }, 'PG_POOL_MAX must be an integer from 1 to 1000, got "0"'],
    [{ SEED_DEMO_DATA: 'maybe' }, 'SEED_DEMO_DATA must be true or false, got "maybe"'],
    [{ NODE_ENV: 'production' }, 'production needs OIDC_JWKS_URL (with OIDC_ISSUER, OIDC_AUDIENCE) or JWT_SECRET'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET must be at least 32 characters'],
    [{ OIDC_JWKS_URL: 'https://id.example/jwks' }, 'OIDC_JWKS_URL needs OIDC_ISSUER and OIDC_AUDIENCE'],
    [{ GRAPHQL_EXECUTION: 'jit' }, 'GRAPHQL_EXECUTION must be compiled or stock, got "jit"'],
    [{ METRICS_ENABLED: 'sometimes' }, 'METRICS_ENABLED must be true or false, got "sometimes"'],
    [{ SHUTDOWN_DELAY_MS: '-1' }, 'SHUTDOWN_DELAY_MS must be an integer from 0 to 120000, got "-1"'],
    [{ HISTORY_SAMPLE_INTERVAL: '0.5' }, 'HISTORY_SAMPLE_INTERVAL must be an integer from 1 to 900, got "0.5"'],
    [{ HISTORY_RETENTION_DAYS: '0' }, 'HISTORY_RETENTION_DAYS must be an integer from 1 to 3650, got "0"'],
    [{ WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'yes please' }, 'WEBHOOKS_ALLOW_PRIVATE_NETWORKS must be true or false, got "yes please"'],
    [{ DATABASE_READ_URLS: 'postgres://replica/parkway' }, 'DATABASE_READ_URLS needs DATABASE_URL: replicas are of a PostgreSQL primary'],
    [{ DATABASE_URL: 'postgres://db/parkway', DATABASE_READ_URLS: 'mysql://replica/parkway' }, 'DATABASE_READ_URLS: "mysql://replica/parkway" is not a postgres:// URL'],
    [{ WEBHOOKS_LEASE_SECONDS: '0' }, 'WEBHOOKS_LEASE_SECONDS must be an integer from 1 to 3600, got "0"'],
    [{ SENSOR_STATUS_TTL: '1h' }, 'SENSOR_STATUS_TTL must be an integer from 1 to 2592000, got "1h"'],
    [{ REPORTED_COUNTS_TTL: '0' }, 'REPORTED_COUNTS_TTL must be an integer from 1 to 2592000, got "0"'],
    [{ REPORTED_COUNTS_TTL: '2592001' }, 'REPORTED_COUNTS_TTL must be an integer from 1 to 2592000, got "2592001"'],
  ])('rejects %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
    // main.ts logs a ConfigError's message alone and exits 1, rather than a stack
    expect(() => loadConfig(env)).toThrow(ConfigError);
  });
});
