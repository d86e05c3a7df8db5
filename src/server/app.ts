import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import express from 'express';
import { GraphQLError, type ExecutionResult } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { AuthConfig, ExecutionMode } from '../config.js';
import type { DatabaseHandle } from '../db/client.js';
import { AuthenticationError } from '../domain/auth/authenticate.js';
import { ANONYMOUS, type Viewer } from '../domain/auth/viewer.js';
import { createContext as createRequestContext, type Context } from '../graphql/context.js';
import { executionCounters, executionSetup, stringifyResponse } from '../graphql/execution/index.js';
import { buildSchema } from '../graphql/schema.js';
import type { Logger } from '../logger.js';
import { createObservability } from '../observability/index.js';
import {
  bookingTransitionsJob,
  connectorPollJob,
  createMailTransport,
  historyRetentionJob,
  liveDataExpiryJob,
  mailSenderJob,
  occupancyClockJob,
  occupancyHistoryJob,
  paymentReconciliationJob,
  pruneEventsJob,
  startScheduler,
} from '../jobs/index.js';
import { DEFAULT_ATTEMPT_LIMITS, DEFAULT_MAIL_FROM, type AccountsConfig, type PaymentsConfig } from '../config.js';
import { createPaymentsSetup } from '../domain/payments/index.js';
import { stripeWebhookRouter } from './payment-webhooks.js';
import { DEFAULT_HISTORY_SETTINGS, type HistorySettings } from '../domain/history/buckets.js';
import { DEFAULT_TOKEN_LIFETIMES, type AccountSettings, type AccountTokenLifetimes } from '../domain/accounts/settings.js';
import { createAttemptLimiter } from './limits/attempts.js';
import { clientAddress } from './limits/client-address.js';
import { ReadReplicas } from '../db/read-replicas.js';
import { RealtimeHub, type EventReadingOptions } from '../realtime/hub.js';
import { DEFAULT_LIVE_DATA_TTLS, type LiveDataTtls } from '../domain/availability/freshness.js';
import { NotificationListener } from '../realtime/listener.js';
import type { WebhookSettings } from '../domain/webhooks/endpoints.js';
import { startWebhookWorker, type WebhookWorkerOptions } from '../jobs/webhook-worker.js';
import { authorizationOfConnectionParams, createAuthenticator, viewerOfRequest } from './authentication.js';
import { CloseCode } from './close-codes.js';
import { maskUnexpectedError } from './errors.js';
import { allowedOrigins, DEVELOPMENT_ORIGINS, graphqlCors, webSocketOriginCheck } from './cors.js';
import { noStoreResponses } from './no-store.js';
import { graphqlHttpHandler, graphqlPostFastPath, isPath, type ParsedRequest } from './graphql-http.js';
import { httpErrorHandler } from './http-errors.js';
import { admitHttpRequest, createServerLimits, httpRequestGuard, operationLimitsPlugin, type LimitsOptions } from './limits/index.js';
import { readRoutingPlugin } from './read-routing.js';
import { checkReadiness } from './readiness.js';
import { securityHeaders } from './security-headers.js';
import { mountFeeds } from './feeds.js';
import { mountWebApp } from './web-app.js';

export const GRAPHQL_PATH = '/graphql';

/** The largest request body accepted (1 MiB; documents themselves are limited to far less). */
const MAX_BODY_BYTES = 1024 * 1024;

const DEFAULT_SCHEDULER_INTERVAL_MS = 15_000;

export interface ServerOptions {
  /** An open, migrated database; the server does not close it (its opener does). */
  database: DatabaseHandle;
  logger: Logger;
  /** @default 4000; 0 picks a free port (tests). */
  port?: number;
  /** @default '0.0.0.0' */
  host?: string;
  /** How bearer tokens are verified. */
  auth: AuthConfig;
  /**
   * The time-driven jobs (no-shows). Several processes may run it: only the holder of an
   * advisory lock works. `false` turns it off (tests that set up bookings by hand).
   * @default { intervalMs: 15_000 }
   */
  scheduler?: { intervalMs?: number } | false;
  /**
   * Occupancy history: how often the scheduler samples (never more often than its interval) and
   * how many days of buckets are kept (domain/history/buckets.ts).
   * @default DEFAULT_HISTORY_SETTINGS (60 s, 400 days)
   */
  history?: Partial<HistorySettings>;
  /**
   * When a subscriber is too slow: more than `maxBufferedBytes` unsent on its socket for
   * `stallTimeoutMs` closes the connection (1008); until then its updates coalesce per lot.
   * `events`: when the event table is read besides doorbells (the sweep, and how long skipped
   * ids are looked for; hub.ts).
   * @default { maxBufferedBytes: 1 MiB, stallTimeoutMs: 10_000 }
   */
  realtime?: { maxBufferedBytes?: number; stallTimeoutMs?: number; events?: EventReadingOptions };
  /**
   * Connectors pulling other networks' feeds (jobs/connector-poll.ts): `allowPrivateNetworks`
   * accepts feeds on private and loopback addresses (tests, development).
   * @default { allowPrivateNetworks: false }
   */
  connectors?: { allowPrivateNetworks?: boolean };
  /** Turns schema introspection off. @default false */
  production?: boolean;
  /** The built live map served at `/` (web/, built by Vite). @default dist/web */
  webRoot?: string;
  /** Answers introspection queries (`__schema`, `__type`), over HTTP and WebSocket. @default !production */
  introspection?: boolean;
  /** Serves Apollo Sandbox to a browser's GET /graphql. @default !production */
  landingPage?: boolean;
  /**
   * Abuse limits: document size, tokens, depth, aliases and cost; batching; request rates per
   * API key, user and IP; WebSocket sockets, operations and message size (limits/options.ts).
   * @default DEFAULT_LIMITS
   */
  limits?: LimitsOptions;
  /** Serves Prometheus metrics on `/metrics` (keep that path off the public ingress). @default true */
  metrics?: boolean;
  /**
   * On stop: how long `/readyz` answers 503 while requests are still accepted, before the
   * listener closes and in-flight requests drain, so a load balancer stops routing here first.
   * @default 0
   */
  shutdownDelayMs?: number;
  /**
   * How queries and mutations execute, over HTTP and WebSocket: `compiled` (graphql-jit, cached
   * per document, graphql-js for what it cannot compile) or `stock` (graphql-js). Same answers.
   * @default 'compiled'
   */
  execution?: ExecutionMode;
  /**
   * In `compiled` mode, answer the queries that can be planned (pages of lots, or a lot by id,
   * with their spaces and operators, src/graphql/execution/sql-plan.ts) with one SQL statement that writes the
   * JSON, over HTTP. Same answers. @default true
   */
  sqlPlans?: boolean;
  /**
   * Self-hosted accounts (HS256 only): SMTP for their mail (logged when unset), sign-in and
   * reset attempt limits per account and per IP (`false`: none), token lifetimes in seconds.
   * @default { attemptLimits: DEFAULT_ATTEMPT_LIMITS, lifetimes: DEFAULT_TOKEN_LIFETIMES }
   */
  accounts?: Partial<AccountsConfig> & { lifetimes?: Partial<AccountTokenLifetimes> };
  /** Payment providers and their timings (docs/payments.md). @default invoice only */
  payments?: Partial<PaymentsConfig> & { reconcileAfterMs?: number };
  /**
   * Browser origins allowed to call the API over HTTP (CORS) and WebSocket: exact origins and
   * `*.` / `:*` patterns (`allowedOrigins` in cors.ts, docs/cross-origin.md). Others get no CORS
   * headers and their WebSocket handshakes are refused (403).
   * @throws OriginListError at start for an entry that is not an origin or a pattern
   * @default DEVELOPMENT_ORIGINS (localhost and 127.0.0.1 on any port); none in production
   */
  corsOrigins?: readonly string[];
  /**
   * Outgoing webhooks: this process's worker fans parking events out to deliveries and sends them
   * (jobs/webhook-worker.ts); `allowPrivateNetworks` accepts endpoints on private and loopback
   * addresses and plain http (tests, development). `false`: no worker (endpoints can still be managed).
   * @default { allowPrivateNetworks: false }
   */
  webhooks?: (Partial<Omit<WebhookWorkerOptions, 'db' | 'doorbell' | 'logger' | 'urlGuard' | 'liveData'>> & { allowPrivateNetworks?: boolean }) | false;
  /** TLS terminates in front and browsers use HTTPS only: send HSTS (security-headers.ts). @default false */
  hsts?: boolean;
  /**
   * Streaming replicas of the PostgreSQL primary for queries that may be slightly stale
   * (read-routing.ts); `maxLagMs` bounds how stale (db/read-replicas.ts). `/readyz` reports each.
   * @default none
   */
  readReplicas?: { urls: readonly string[]; maxLagMs?: number; checkEveryMs?: number };
  /**
   * How long live data is believed (SENSOR_STATUS_TTL, REPORTED_COUNTS_TTL): past it a bay's
   * sensor status, or a partner's count for a lot, reads as UNKNOWN everywhere (queries, live
   * updates, feeds, webhooks) and a bay is no longer held by it.
   * @default DEFAULT_LIVE_DATA_TTLS (3600 s and 900 s)
   */
  liveData?: LiveDataTtls;
}

export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:4000`. */
  url: string;
  /** The live-update fan-out (its subscription count is a gauge). */
  hub: RealtimeHub;
  /** Stops taking traffic, drains HTTP, closes WebSockets with 1001 and releases the listener. */
  stop(): Promise<void>;
}

/**
 * Starts Parkway's one HTTP server: GraphQL over HTTP (Apollo) and over WebSocket
 * (graphql-ws, `graphql-transport-ws`) on the same path, plus `/healthz` and `/readyz`.
 */
export async function startServer({
  database,
  logger,
  auth,
  scheduler: schedulerOptions = {},
  connectors: connectorOptions = {},
  history: historyOptions = {},
  realtime: { maxBufferedBytes = 1024 * 1024, stallTimeoutMs = 10_000, events: eventReading } = {},
  port = 4000,
  host = '0.0.0.0',
  production = false,
  webRoot,
  introspection = !production,
  landingPage = !production,
  limits: limitsOptions,
  metrics: serveMetrics = true,
  shutdownDelayMs = 0,
  execution: executionMode = 'compiled',
  sqlPlans = true,
  accounts: accountsOptions = {},
  payments: paymentsOptions = {},
  corsOrigins = production ? [] : DEVELOPMENT_ORIGINS,
  hsts = false,
  webhooks: webhookOptions = {},
  readReplicas: replicaOptions,
  liveData = DEFAULT_LIVE_DATA_TTLS,
}: ServerOptions): Promise<RunningServer> {
  const allowed = allowedOrigins(corsOrigins);
  const schema = buildSchema();
  const guard = createServerLimits(schema, limitsOptions, introspection);
  const execution = executionSetup(executionMode, schema, { sqlPlans });
  const authenticator = createAuthenticator(database.db, auth);
  const accountSettings: AccountSettings = {
    auth,
    limitAttempt: createAttemptLimiter(accountsOptions.attemptLimits ?? DEFAULT_ATTEMPT_LIMITS),
    lifetimes: { ...DEFAULT_TOKEN_LIFETIMES, ...accountsOptions.lifetimes },
  };
  if (production && auth.kind === 'hs256' && !accountsOptions.smtpUrl) {
    logger.warn('SMTP_URL is not set: account mail (with its one-time codes) is written to the log instead of sent');
  }
  const accountRequest = (request: IncomingMessage) => ({
    settings: accountSettings,
    clientAddress: clientAddress(request, guard.limits.trustedProxyHops),
  });
  const payments = createPaymentsSetup({ stripe: paymentsOptions.stripe, pendingTtlMs: paymentsOptions.pendingTtlMs });
  const listener = new NotificationListener({ database, logger });
  await listener.start();
  const observability = createObservability({
    logger,
    serveMetrics,
    // read at scrape time, once the WebSocket server exists
    openWebSockets: () => wsServer.clients.size,
    activeSubscriptions: () => hub.subscriptionCount,
    poolUsage: database.poolUsage,
    executions: () => executionCounters,
    webSocketDocumentsValidated: () => guard.webSocket.documentsValidated,
    schedulerLeader: () => scheduler?.isLeader() ?? false,
  });
  listener.on('lost', () => observability.metrics.countListenerLoss());
  const hub = new RealtimeHub(database.db, listener, logger, liveData, observability.onEventsDelivered, eventReading);
  await hub.start();
  const webhookSettings: WebhookSettings = { allowPrivateNetworks: (webhookOptions && webhookOptions.allowPrivateNetworks) ?? false };
  const webhookWorker = webhookOptions
    ? startWebhookWorker({
        ...webhookOptions,
        db: database.db,
        doorbell: listener,
        logger,
        urlGuard: webhookSettings,
        liveData,
        onDeadLetters: (count, reason) => observability.metrics.countWebhookDeadLetters(count, reason),
        onEndpointDisabled: () => observability.metrics.countWebhookEndpointDisabled(),
      })
    : undefined;
  // every request's and WebSocket operation's context carries the webhook settings (the SSRF guard's) and the history's
  const history = { ...DEFAULT_HISTORY_SETTINGS, ...historyOptions };
  const createContext = (...args: Parameters<typeof createRequestContext>): Context => ({
    ...createRequestContext(...args),
    webhooks: webhookSettings,
    history,
  });
  const replicas = replicaOptions?.urls.length ? new ReadReplicas({ ...replicaOptions, primary: database.db, logger }) : undefined;
  await replicas?.start();
  const schedulerIntervalMs = (schedulerOptions && schedulerOptions.intervalMs) || DEFAULT_SCHEDULER_INTERVAL_MS;
  const scheduler = schedulerOptions
    ? await startScheduler({
        database,
        databaseUrl: database.url,
        logger,
        intervalMs: schedulerIntervalMs,
        jobs: [
          bookingTransitionsJob({ db: database.db, logger }),
          occupancyClockJob({ db: database.db, logger, intervalMs: schedulerIntervalMs }),
          liveDataExpiryJob({ db: database.db, logger, intervalMs: schedulerIntervalMs, ttls: liveData }),
          pruneEventsJob({ db: database.db }),
          occupancyHistoryJob({ db: database.db, logger, sampleIntervalMs: history.sampleIntervalMs, ttls: liveData }),
          historyRetentionJob({ db: database.db, retentionDays: history.retentionDays }),
          connectorPollJob({ db: database.db, logger, allowPrivateNetworks: connectorOptions.allowPrivateNetworks }),
          paymentReconciliationJob({ db: database.db, logger, payments, retryAfterMs: paymentsOptions.reconcileAfterMs }),
          mailSenderJob({
            db: database.db,
            logger,
            send: createMailTransport({
              smtpUrl: accountsOptions.smtpUrl,
              from: accountsOptions.mailFrom ?? DEFAULT_MAIL_FROM,
              logger,
            }),
          }),
        ],
      })
    : undefined;
  let shuttingDown = false;

  const app = express();
  // security-headers.ts removes it before express runs, but express would set it again
  app.disable('x-powered-by');
  // req.ip agrees with the limits' client address (see limits/client-address.ts)
  app.set('trust proxy', guard.limits.trustedProxyHops);
  app.use(observability.assignRequestId);
  // POST /graphql with JSON skips express once Apollo has started (see graphqlPostFastPath)
  let serveGraphqlPost: ((req: IncomingMessage, res: ServerResponse) => boolean) | undefined;
  const withSecurityHeaders = securityHeaders({ graphqlPath: GRAPHQL_PATH, landingPage, hsts });
  const withCors = graphqlCors(allowed);
  const route = (req: IncomingMessage, res: ServerResponse) => {
    if (!serveGraphqlPost?.(req, res)) app(req, res);
  };
  // headers and CORS before the fast path and express part ways: both answer alike
  const httpServer = createServer((req, res) => {
    withSecurityHeaders(req, res, () => (isPath(req.url, GRAPHQL_PATH) ? withCors(req, res, () => route(req, res)) : app(req, res)));
  });
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: GRAPHQL_PATH,
    maxPayload: guard.limits.webSocket.maxMessageBytes,
    // a browser page's handshake from an origin not allowed is refused (403) before graphql-ws
    verifyClient: webSocketOriginCheck(allowed),
  });
  guard.webSocket.watch(wsServer);
  const wsCleanup = useServer<Record<string, unknown>, { viewer: Viewer }>(
    {
      schema,
      execute: execution.execute,
      connectionInitWaitTimeout: guard.limits.webSocket.connectionInitWaitTimeoutMs,
      // an internal error closes the socket with 4500 "Internal server error", never with its message
      isProd: true,
      // credentials are checked once per connection; bad ones close it with 4403 Forbidden
      onConnect: async (ctx) => {
        try {
          ctx.extra.viewer = await authenticator(authorizationOfConnectionParams(ctx.connectionParams));
          return guard.webSocket.admitConnection(ctx.extra.socket, ctx.extra.viewer);
        } catch (error) {
          if (error instanceof AuthenticationError) return false;
          throw error;
        }
      },
      context: (ctx): Context =>
        createContext(database.db, ctx.extra.viewer ?? ANONYMOUS, liveData, {
          hub,
          backpressure: {
            isBackedUp: () => ctx.extra.socket.bufferedAmount > maxBufferedBytes,
            onStall: () => ctx.extra.socket.close(CloseCode.PolicyViolation, 'subscriber too slow'),
            stallTimeoutMs,
          },
        }, accountRequest(ctx.extra.request), payments),
      // the same checks as HTTP (rate, size, tokens, validation, depth, aliases, cost) before executing
      onSubscribe: (ctx, _id, payload) => guard.webSocket.prepareOperation(ctx, payload),
      onNext: (_ctx, _id, _payload, _args, result) => maskResult(result as ExecutionResult, logger),
      // onSubscribe codes what it refuses; anything uncoded (a subscription stream that failed) is masked
      onError: (_ctx, _id, _payload, errors) =>
        errors.map((error) => maskUnexpectedError(error.toJSON(), error.originalError ?? error, logger)),
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    ...execution.apollo,
    introspection,
    allowBatchedHttpRequests: guard.limits.maxBatchedOperations > 1,
    includeStacktraceInErrorResponses: false,
    // Apollo's own text, except that SQL-planned answers are spliced in as PostgreSQL wrote them
    stringifyResult: stringifyResponse,
    // main.ts owns shutdown: Apollo's own signal handler would race it
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => maskUnexpectedError(formatted, error, logger),
    plugins: [
      ...observability.apolloPlugins,
      ...noStoreResponses(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      operationLimitsPlugin(guard.limits),
      ...(replicas ? [readRoutingPlugin(replicas)] : []),
      landingPage ? ApolloServerPluginLandingPageLocalDefault({ footer: false }) : ApolloServerPluginLandingPageDisabled(),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              for (const client of wsServer.clients) client.close(CloseCode.GoingAway, 'server shutting down');
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  if (observability.metricsRoute) app.get('/metrics', observability.metricsRoute);
  if (payments.stripe) app.use(stripeWebhookRouter(database.db, payments, logger));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const readiness = await checkReadiness({
      db: database.db,
      listenerConnected: () => listener.connected,
      shuttingDown: () => shuttingDown,
      replicas,
    });
    res.status(readiness.ready ? 200 : 503).json(readiness);
  });
  const graphqlContext = async ({ req }: { req: ParsedRequest }) =>
    createContext(
      database.db,
      await admitHttpRequest(req, guard.limits, guard.rateLimiter, () => viewerOfRequest(authenticator, req.headers.authorization)),
      liveData,
      undefined,
      accountRequest(req),
      payments,
    );
  serveGraphqlPost = graphqlPostFastPath({
    apollo,
    context: graphqlContext,
    path: GRAPHQL_PATH,
    limits: guard.limits,
    maxBodyBytes: MAX_BODY_BYTES,
    assignRequestId: observability.assignRequestId,
    logger,
  });
  // everything else for /graphql: GET queries, the landing page, other content types
  app.use(
    GRAPHQL_PATH,
    express.json({ limit: MAX_BODY_BYTES }),
    httpRequestGuard(guard.limits),
    graphqlHttpHandler(apollo, graphqlContext),
  );
  mountFeeds(app, { db: database.db, liveData });
  mountWebApp(app, { root: webRoot, logger });
  app.use(httpErrorHandler(logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, resolve);
  });
  const url = baseUrl(httpServer, host);

  let stopping: Promise<void> | undefined;
  return {
    url,
    hub,
    stop: () => {
      stopping ??= (async () => {
        shuttingDown = true;
        if (shutdownDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, shutdownDelayMs));
        await apollo.stop();
        await webhookWorker?.stop();
        await hub.stop();
        await listener.stop();
        await scheduler?.stop();
        await replicas?.stop();
      })();
      return stopping;
    },
  };
}

// graphql-ws sends execution results as they are; pass them through the same mask as HTTP.
function maskResult(result: ExecutionResult, logger: Logger): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((error) => {
    const masked = maskUnexpectedError(error.toJSON(), error.originalError ?? error, logger);
    return new GraphQLError(masked.message, { path: masked.path, extensions: masked.extensions });
  });
  return { ...result, errors };
}

function baseUrl(server: Server, host: string): string {
  const { port } = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return `http://${shownHost}:${port}`;
}
