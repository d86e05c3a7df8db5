import type { ApolloServerPlugin } from '@apollo/server';
import { context, SpanStatusCode, trace } from '@opentelemetry/api';
import type { SpanExporter } from '@opentelemetry/sdk-trace';
import { ConfigError } from '../config.js';

/**
 * OpenTelemetry tracing, off unless the environment asks for it. Off, nothing of the SDK is even
 * loaded (only the small `@opentelemetry/api`), and the GraphQL span plugin is not installed. On, every HTTP request gets a server span (instrumentation-http), every SQL
 * statement a client span (instrumentation-pg), and every GraphQL operation a span named
 * `<type> <name>` beneath the request's.
 *
 * Instrumentations patch `http` and `pg` as they are loaded, so tracing must start before the
 * server's modules are imported: `npm start` preloads `register-tracing.js` with `node --import`.
 */
export interface Tracing {
  /** Sends the spans still buffered and stops; call it last on shutdown. */
  shutdown(): Promise<void>;
}

/** Where spans go, as read from the standard OpenTelemetry variables; undefined means off. */
export type TracesExporterChoice = 'otlp' | 'console' | undefined;

/**
 * `OTEL_TRACES_EXPORTER=otlp|console|none` decides; unset, an `OTEL_EXPORTER_OTLP_ENDPOINT` (or
 * `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) turns OTLP over HTTP on. `OTEL_SDK_DISABLED=true` wins.
 */
export function tracesExporterFromEnvironment(env: NodeJS.ProcessEnv): TracesExporterChoice {
  if (env.OTEL_SDK_DISABLED?.toLowerCase() === 'true') return undefined;
  const chosen = env.OTEL_TRACES_EXPORTER?.trim().toLowerCase();
  if (chosen === 'otlp' || chosen === 'console') return chosen;
  if (chosen === 'none') return undefined;
  if (chosen) throw new ConfigError(`OTEL_TRACES_EXPORTER must be otlp, console or none, got "${env.OTEL_TRACES_EXPORTER}"`);
  return env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ? 'otlp' : undefined;
}

/** Starts tracing when the environment configures it (see tracesExporterFromEnvironment). */
export async function startTracingFromEnvironment(env: NodeJS.ProcessEnv = process.env): Promise<Tracing | undefined> {
  const choice = tracesExporterFromEnvironment(env);
  if (!choice) return undefined;
  const exporter: SpanExporter =
    choice === 'otlp'
      ? // reads OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT and _HEADERS itself
        new (await import('@opentelemetry/exporter-trace-otlp-http')).OTLPTraceExporter()
      : new (await import('@opentelemetry/sdk-trace')).ConsoleSpanExporter();
  return startTracing({ exporter, serviceName: env.OTEL_SERVICE_NAME || 'parkway', batch: true });
}

let active: Tracing | undefined;

/** True once startTracing ran in this process: the server then adds the GraphQL span plugin. */
export function isTracingEnabled(): boolean {
  return active !== undefined;
}

/** Flushes and stops tracing if it runs (the last step of a shutdown); otherwise does nothing. */
export async function shutdownTracing(): Promise<void> {
  const tracing = active;
  active = undefined;
  await tracing?.shutdown();
}

/**
 * Installs a tracer provider, the AsyncLocalStorage context manager and the http and pg
 * instrumentations for the whole process.
 * @param batch buffer spans and export them in batches (production); off, each span is exported
 *   when it ends (tests with an in-memory exporter)
 */
export async function startTracing({
  exporter,
  serviceName = 'parkway',
  batch = false,
}: {
  exporter: SpanExporter;
  serviceName?: string;
  batch?: boolean;
}): Promise<Tracing> {
  const [sdk, { AsyncLocalStorageContextManager }, { resourceFromAttributes }, instrumentation, http, pg] =
    await Promise.all([
      import('@opentelemetry/sdk-trace'),
      import('@opentelemetry/context-async-hooks'),
      import('@opentelemetry/resources'),
      import('@opentelemetry/instrumentation'),
      import('@opentelemetry/instrumentation-http'),
      import('@opentelemetry/instrumentation-pg'),
    ]);
  const provider = new sdk.TracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName }),
    spanProcessors: [batch ? new sdk.BatchSpanProcessor({ exporter }) : new sdk.SimpleSpanProcessor({ exporter })],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  trace.setGlobalTracerProvider(provider);
  const unregister = instrumentation.registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new http.HttpInstrumentation({
        // probes and scrapes every few seconds would drown the traces that matter
        ignoreIncomingRequestHook: (request) => /^\/(healthz|readyz|metrics)\b/.test(request.url ?? ''),
      }),
      new pg.PgInstrumentation(),
    ],
  });
  active = {
    shutdown: async () => {
      unregister();
      await provider.shutdown();
    },
  };
  return active;
}

/**
 * One span per GraphQL operation over HTTP, a child of the request's server span, named like
 * OpenTelemetry's GraphQL conventions (`query LotsNear`); errors sent to the client mark it failed.
 */
export function traceGraphQLOperations<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const span = trace.getTracer('parkway').startSpan('graphql.operation');
      return {
        async didResolveOperation({ operationName, operation }) {
          const type = operation?.operation ?? 'unknown';
          span.updateName(operationName ? `${type} ${operationName}` : type);
          span.setAttribute('graphql.operation.type', type);
          if (operationName) span.setAttribute('graphql.operation.name', operationName);
        },
        async didEncounterErrors({ errors }) {
          span.setStatus({ code: SpanStatusCode.ERROR, message: errors[0]?.message });
        },
        async willSendResponse() {
          span.end();
        },
      };
    },
  };
}
