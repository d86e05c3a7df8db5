import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { executionMode, loadConfig, type AuthConfig, type ExecutionMode } from '../../src/config.js';
import type { DatabaseHandle, QueryObserver } from '../../src/db/client.js';
import { findUserByEmail } from '../../src/db/queries/accounts.js';
import { isEventMailboxRead } from '../../src/db/queries/events.js';
import { signDevelopmentToken } from '../../src/domain/auth/access-tokens.js';
import { createLogger, type Logger } from '../../src/logger.js';
import type { RealtimeHub } from '../../src/realtime/hub.js';
import { startServer, type RunningServer, type ServerOptions } from '../../src/server/app.js';
import type { LimitsOptions } from '../../src/server/limits/index.js';
import { openTestDatabase, releaseTestDatabase } from './database.js';

/** A GraphQL response as a client sees it. */
export interface GraphQLResponse<Data = Record<string, unknown>> {
  data?: Data | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
}

export interface TestServer {
  url: string;
  /** The server's live-update fan-out (`hub.subscriptionCount`). */
  hub: RealtimeHub;
  database: DatabaseHandle;
  /**
   * POSTs a document to `/graphql` and returns the parsed body (whatever the HTTP status).
   * `as` sends `Authorization: Bearer <as>`: a token from `tokenFor`, or an API key.
   */
  graphql<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { as?: string },
  ): Promise<GraphQLResponse<Data>>;
  /** A development access token for a user of this server's database, by email. */
  tokenFor(email: string): Promise<string>;
  /** Runs one operation over a fresh graphql-ws connection and returns its first result. */
  graphqlOverWebSocket<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { as?: string },
  ): Promise<GraphQLResponse<Data>>;
  /** A graphql-ws client on this server (sending `as` in connection_init); disposed with the server. */
  wsClient(options?: { as?: string }): Client;
  stop(): Promise<void>;
}

/**
 * Starts the real server (HTTP + WebSocket on a free port) on this file's test database.
 * Pass `onQuery` to observe every SQL statement, `scheduler` to run the time-driven jobs.
 * Call `stop()` in `afterAll`.
 */
export async function startTestServer(
  options: {
    onQuery?: QueryObserver;
    scheduler?: { intervalMs?: number };
    realtime?: ServerOptions['realtime'];
    /** The built live map to serve at `/` (default dist/web). */
    webRoot?: string;
    /**
     * Abuse limits (src/server/limits). Rate limiting is off unless given here: every test
     * request comes from 127.0.0.1, so one IP bucket would couple unrelated tests.
     */
    limits?: LimitsOptions;
    /** Production mode: introspection and the landing page off. @default false */
    production?: boolean;
    /** Browser origins allowed by CORS and the WebSocket's origin check (default: the server's). */
    corsOrigins?: readonly string[];
    /** Send HSTS, as when TLS terminates in front. @default false */
    hsts?: boolean;
    /** Where the server logs (default: LOG_LEVEL to stdout); tests that read log lines pass their own. */
    logger?: Logger;
    /** Serve `/metrics`. @default true */
    metrics?: boolean;
    /** Overrides GRAPHQL_EXECUTION (tests that compare the two modes). */
    execution?: ExecutionMode;
    /** SQL plans in compiled mode (tests of the resolvers' own SQL turn them off). @default true */
    sqlPlans?: boolean;
    /** Serve another test server's database (its owner closes it) instead of opening one. */
    database?: DatabaseHandle;
    /** Self-hosted accounts: SMTP, attempt limits (default: the server's), token lifetimes. */
    accounts?: ServerOptions['accounts'];
    /** How bearer tokens are verified (default: the development secret `tokenFor` signs with). */
    auth?: AuthConfig;
    /** The webhook worker and its settings (default: off; test/webhooks*.test.ts turn it on). */
    webhooks?: ServerOptions['webhooks'];
    /** Connectors' settings (test/connectors.test.ts allows its local feed server's address). */
    connectors?: ServerOptions['connectors'];
    /** Payment providers (default: invoice only), e.g. Stripe pointed at a local fake. */
    payments?: ServerOptions['payments'];
    /** Occupancy history: sample interval and retention (default: the server's). */
    history?: ServerOptions['history'];
    /** How long sensor statuses and partner counts are believed (default: the server's, 3600 s and 900 s). */
    liveData?: ServerOptions['liveData'];
  } = {},
): Promise<TestServer> {
  const database = options.database ?? (await openTestDatabase(withoutEventSweeps(options.onQuery)));
  const auth = developmentAuth();
  const server: RunningServer = await startServer({
    database,
    logger: options.logger ?? createLogger(),
    metrics: options.metrics,
    auth: options.auth ?? auth,
    // off unless asked for: a sweep would turn hand-made past bookings into no-shows mid-test
    scheduler: options.scheduler ?? false,
    realtime: options.realtime,
    webRoot: options.webRoot,
    limits: { rateLimits: false, ...options.limits },
    production: options.production,
    corsOrigins: options.corsOrigins,
    hsts: options.hsts,
    port: 0,
    host: '127.0.0.1',
    // GRAPHQL_EXECUTION=stock|compiled runs the whole suite in either mode (CI runs both)
    execution: options.execution ?? executionMode(),
    sqlPlans: options.sqlPlans,
    accounts: options.accounts,
    webhooks: options.webhooks ?? false,
    connectors: options.connectors,
    payments: options.payments,
    history: options.history,
    liveData: options.liveData,
  });
  const wsUrl = `${server.url.replace('http', 'ws')}/graphql`;
  const clients: Client[] = [];

  const wsClient = ({ as }: { as?: string } = {}) => {
    const client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: true,
      connectionParams: as ? { authorization: `Bearer ${as}` } : undefined,
    });
    clients.push(client);
    return client;
  };

  return {
    url: server.url,
    hub: server.hub,
    database,
    graphql: async (query, variables, { as } = {}) => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(as && { authorization: `Bearer ${as}` }) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
    tokenFor: async (email) => {
      const user = await findUserByEmail(database.db, email);
      if (!user) throw new Error(`no user ${email} in the test database`);
      return signDevelopmentToken(auth, user);
    },
    graphqlOverWebSocket: async (query, variables, options) => {
      const client = wsClient(options);
      try {
        const iterator = client.iterate({ query, variables })[Symbol.asyncIterator]();
        const first = await iterator.next();
        await iterator.return?.();
        return first.value as GraphQLResponse<never>;
      } catch (errors) {
        // graphql-ws rejects with the error list when the server answers with an `error` message
        if (Array.isArray(errors)) return { errors };
        throw errors;
      } finally {
        await client.dispose();
      }
    },
    wsClient,
    stop: async () => {
      await Promise.all(clients.map((client) => client.dispose()));
      await server.stop();
      if (!options.database) await releaseTestDatabase(database);
    },
  };
}

function developmentAuth() {
  const { auth } = loadConfig({});
  if (auth.kind !== 'hs256') throw new Error('tests sign their own tokens');
  return auth;
}

/** Observers see every statement except the event table's timed reads (see isEventMailboxRead). */
function withoutEventSweeps(observer: QueryObserver | undefined): QueryObserver | undefined {
  if (!observer) return undefined;
  return (query, params) => {
    if (!isEventMailboxRead(query)) observer(query, params);
  };
}

