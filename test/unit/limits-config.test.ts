import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { DEFAULT_LIMITS } from '../../src/server/limits/options.js';

describe('limits from the environment', () => {
  it('introspection and the landing page: on in development, off in production, either way on request', () => {
    expect(loadConfig({})).toMatchObject({ introspection: true, landingPage: true });
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };
    expect(loadConfig(production)).toMatchObject({ introspection: false, landingPage: false });
    expect(loadConfig({ ...production, GRAPHQL_INTROSPECTION: 'true' })).toMatchObject({ introspection: true, landingPage: false });
    expect(loadConfig({ GRAPHQL_LANDING_PAGE: 'false' })).toMatchObject({ introspection: true, landingPage: false });
  });

  it('reads every limit', () => {
    expect(
      loadConfig({
        GRAPHQL_MAX_DOCUMENT_BYTES: '10000',
        GRAPHQL_MAX_TOKENS: '500',
        GRAPHQL_MAX_DEPTH: '8',
        GRAPHQL_MAX_ALIASES: '5',
        GRAPHQL_MAX_COST: '5000',
        GRAPHQL_ASSUMED_LIST_SIZE: '4',
        GRAPHQL_MAX_BATCH: '10',
        RATE_LIMIT_API_KEY: '200/1000',
        RATE_LIMIT_USER: '5',
        RATE_LIMIT_IP: '0.5/2',
        TRUST_PROXY_HOPS: '2',
        WS_CONNECTION_INIT_TIMEOUT_MS: '1000',
        WS_MAX_CONNECTIONS_PER_KEY: '7',
        WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: '9',
        WS_MAX_MESSAGE_BYTES: '2048',
      }).limits,
    ).toEqual({
      document: { maxBytes: 10_000, maxTokens: 500, maxDepth: 8, maxAliases: 5, maxCost: 5_000, assumedListSize: 4 },
      maxBatchedOperations: 10,
      rateLimits: { apiKey: { perSecond: 200, burst: 1_000 }, user: { perSecond: 5, burst: 15 }, ip: { perSecond: 0.5, burst: 2 } },
      trustedProxyHops: 2,
      webSocket: { connectionInitWaitTimeoutMs: 1_000, maxConnectionsPerKey: 7, maxSubscriptionsPerConnection: 9, maxMessageBytes: 2_048 },
    });
  });

  it('RATE_LIMITS=false turns rate limiting off and leaves the other limits', () => {
    expect(loadConfig({ RATE_LIMITS: 'false' }).limits).toEqual({ ...DEFAULT_LIMITS, rateLimits: false });
  });

  it.each([
    [{ GRAPHQL_MAX_DEPTH: '0' }, 'GRAPHQL_MAX_DEPTH must be an integer from 1 to 1000, got "0"'],
    [{ GRAPHQL_MAX_COST: 'lots' }, 'GRAPHQL_MAX_COST must be an integer'],
    [{ RATE_LIMIT_IP: 'fast' }, 'RATE_LIMIT_IP must be "<requests per second>/<burst>"'],
    [{ RATE_LIMIT_USER: '10/0' }, 'RATE_LIMIT_USER must be "<requests per second>/<burst>"'],
    [{ RATE_LIMIT_USER: '10/20/30' }, 'RATE_LIMIT_USER must be "<requests per second>/<burst>"'],
    [{ TRUST_PROXY_HOPS: '-1' }, 'TRUST_PROXY_HOPS must be an integer from 0 to 100, got "-1"'],
    [{ GRAPHQL_INTROSPECTION: 'sometimes' }, 'GRAPHQL_INTROSPECTION must be true or false, got "sometimes"'],
  ])('rejects %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
