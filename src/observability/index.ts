import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { ParkingEvent } from '../db/queries/events.js';
import type { Logger } from '../logger.js';
import { observeGraphQLRequests } from './graphql-plugin.js';
import { ServerMetrics, type MetricSources } from './metrics.js';
import { assignRequestId } from './request-context.js';
import { isTracingEnabled, traceGraphQLOperations } from './tracing.js';

/** What the server wires in: request ids, Apollo plugins, the event-lag hook and `/metrics`. */
export interface Observability {
  metrics: ServerMetrics;
  /** Mount first (also usable outside express): ids every request and puts the id in its log lines. */
  assignRequestId: ReturnType<typeof assignRequestId>;
  /** Request metrics and logs; plus a span per operation when tracing is on. */
  apolloPlugins: ApolloServerPlugin<object>[];
  /** For the realtime hub: observes the event lag of each delivered batch. */
  onEventsDelivered: (events: readonly ParkingEvent[], at: Date) => void;
  /** The Prometheus text exposition; undefined when metrics are not served. */
  metricsRoute: RequestHandler | undefined;
}

export function createObservability({
  logger,
  serveMetrics,
  ...sources
}: MetricSources & { logger: Logger; serveMetrics: boolean }): Observability {
  const metrics = new ServerMetrics(sources);
  return {
    metrics,
    assignRequestId: assignRequestId(),
    apolloPlugins: [observeGraphQLRequests({ metrics, logger }), ...(isTracingEnabled() ? [traceGraphQLOperations()] : [])],
    onEventsDelivered: (events, at) => metrics.observeEventsDelivered(events, at),
    metricsRoute: serveMetrics
      ? async (_req, res) => {
          res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
        }
      : undefined,
  };
}
