/**
 * Every abuse limit of the public endpoint in one object: what a single document may ask for,
 * how often a client may ask, and what a WebSocket may hold. `resolveLimits` fills in defaults,
 * so callers (config, tests, benchmarks) only name what they change.
 */

/** A token bucket: `perSecond` requests refill continuously, up to `burst` at once. */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

export interface DocumentLimits {
  /** Bytes of the GraphQL document (UTF-8), checked before it is parsed. @default 32_768 */
  maxBytes: number;
  /** Lexical tokens of the document, counted before it is parsed. @default 2_000 */
  maxTokens: number;
  /** Nested fields on the deepest path (a root field is depth 1). @default 12 */
  maxDepth: number;
  /** Aliased fields in the operation, fragments expanded. @default 30 */
  maxAliases: number;
  /**
   * Budget for the operation's estimated cost: every field counts 1 for each time it will
   * resolve. A field with `first`/`last` sizes the lists directly under it (its `edges`) by that
   * value, taken from the literal, the variables, or the schema default (20), capped at the page
   * maximum (100); other lists count `assumedListSize` items. A 20 x 20 nested page costs about
   * 3,000; 100 x 100 x 100 about 2,000,000. @default 20_000
   */
  maxCost: number;
  /** Items assumed for a list field without `first`/`last` (e.g. `Lot.tariffs`). @default 10 */
  assumedListSize: number;
}

export interface RateLimits {
  /** Per partner API key. @default 100/s, burst 300 */
  apiKey: RateLimit;
  /** Per signed-in user. @default 20/s, burst 60 */
  user: RateLimit;
  /** Per client IP address, for anonymous requests and bad credentials. @default 50/s, burst 150 */
  ip: RateLimit;
}

export interface WebSocketLimits {
  /** A socket that sends no `connection_init` within this is closed (4408). @default 3_000 */
  connectionInitWaitTimeoutMs: number;
  /**
   * Open sockets per API key, per user, or per IP address (anonymous, or not yet initialised);
   * the one over it is closed with 1013 "Try Again Later". @default 50
   */
  maxConnectionsPerKey: number;
  /** Operations running at once on one socket; more are answered TOO_MANY_SUBSCRIPTIONS. @default 50 */
  maxSubscriptionsPerConnection: number;
  /** Largest message the server reads; a bigger one closes the socket with 1009. @default 1 MiB */
  maxMessageBytes: number;
}

export interface Limits {
  document: DocumentLimits;
  /**
   * Operations in one HTTP request (a JSON array body). 1 turns batching off: any array is
   * answered BATCH_TOO_LARGE. Each operation of a batch counts against the rate limit. @default 1
   */
  maxBatchedOperations: number;
  /** Requests per client, in memory per process (per replica). `false`: no rate limiting. */
  rateLimits: RateLimits | false;
  /**
   * Proxies in front of the server whose `X-Forwarded-For` is trusted: the client address is the
   * one this many hops from the right. 0 uses the socket's address and ignores the header. @default 0
   */
  trustedProxyHops: number;
  webSocket: WebSocketLimits;
}

/** Partial at every level: name only what differs from the defaults. */
export interface LimitsOptions {
  document?: Partial<DocumentLimits>;
  maxBatchedOperations?: number;
  rateLimits?: { apiKey?: RateLimit; user?: RateLimit; ip?: RateLimit } | false;
  trustedProxyHops?: number;
  webSocket?: Partial<WebSocketLimits>;
}

export const DEFAULT_LIMITS: Limits = {
  document: {
    maxBytes: 32 * 1024,
    maxTokens: 2_000,
    maxDepth: 12,
    maxAliases: 30,
    maxCost: 20_000,
    assumedListSize: 10,
  },
  maxBatchedOperations: 1,
  rateLimits: {
    apiKey: { perSecond: 100, burst: 300 },
    user: { perSecond: 20, burst: 60 },
    ip: { perSecond: 50, burst: 150 },
  },
  trustedProxyHops: 0,
  webSocket: {
    connectionInitWaitTimeoutMs: 3_000,
    maxConnectionsPerKey: 50,
    maxSubscriptionsPerConnection: 50,
    maxMessageBytes: 1024 * 1024,
  },
};

export function resolveLimits(options: LimitsOptions = {}): Limits {
  const defaultRates = DEFAULT_LIMITS.rateLimits as RateLimits;
  return {
    document: { ...DEFAULT_LIMITS.document, ...options.document },
    maxBatchedOperations: options.maxBatchedOperations ?? DEFAULT_LIMITS.maxBatchedOperations,
    rateLimits: options.rateLimits === false ? false : { ...defaultRates, ...options.rateLimits },
    trustedProxyHops: options.trustedProxyHops ?? DEFAULT_LIMITS.trustedProxyHops,
    webSocket: { ...DEFAULT_LIMITS.webSocket, ...options.webSocket },
  };
}
