import type { PoolUsage } from '../db/client.js';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Where the gauges read their values when Prometheus scrapes; nothing is sampled in between. */
export interface MetricSources {
  openWebSockets(): number;
  activeSubscriptions(): number;
  /** Absent on the embedded database: PGlite is one in-process connection, there is no pool. */
  poolUsage?: () => PoolUsage;
  /** Operations executed so far, by how (ever-growing counts; src/graphql/execution/counters.ts). */
  executions?: () => ExecutionCounts;
  /** Documents parsed and validated for WebSocket subscribers so far (each distinct one once). */
  webSocketDocumentsValidated?: () => number;
  /** Whether this process holds the scheduler's lock and runs the jobs; absent: it runs no scheduler. */
  schedulerLeader?: () => boolean;
}

/** Why webhook deliveries were dead-lettered (the `reason` label). */
export type WebhookDeadLetterReason = 'retries_exhausted' | 'endpoint_disabled';

/** How many operations each execution path has run. */
export interface ExecutionCounts {
  compiled: number;
  fallback: number;
  planned: number;
  planDeclined: number;
}

/** The `path` label of each execution count. */
const EXECUTION_PATHS: Record<keyof ExecutionCounts, string> = {
  compiled: 'compiled',
  fallback: 'graphql-js',
  planned: 'sql-plan',
  planDeclined: 'sql-plan-declined',
};

/** What an operation is labelled with: its name when it is a sane one, else a fixed bucket. */
export interface OperationLabels {
  operation: string;
  type: string;
}

/**
 * A client picks its operation names, so a hostile one could create a time series per request.
 * Names that are not plain GraphQL names are folded into `invalid`, and names beyond this many
 * distinct ones into `other`.
 */
export const MAX_OPERATION_NAMES = 200;
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/**
 * One server's Prometheus metrics in a registry of its own (not prom-client's global one: tests
 * start many servers in one process, and each must count only its own traffic).
 */
export class ServerMetrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();
  private readonly requestDuration: Histogram<'operation' | 'type'>;
  private readonly errors: Counter<'code'>;
  private readonly eventLag: Histogram;
  private readonly listenerLosses: Counter;
  private readonly webhookDeadLetters: Counter<'reason'>;
  private readonly webhookEndpointsDisabled: Counter;

  constructor(sources: MetricSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'parkway_' });
    this.requestDuration = new Histogram({
      name: 'parkway_graphql_request_duration_seconds',
      help: 'GraphQL requests over HTTP, from receipt to response, by operation name and type',
      labelNames: ['operation', 'type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.errors = new Counter({
      name: 'parkway_graphql_errors_total',
      help: 'GraphQL errors sent to clients over HTTP, by extensions.code',
      labelNames: ['code'],
      registers,
    });
    this.eventLag = new Histogram({
      name: 'parkway_event_lag_seconds',
      help: 'Occupancy events: from the writing transaction (parking_events.created_at) to hand-off to subscribers',
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    new Gauge({
      name: 'parkway_websocket_connections',
      help: 'Open graphql-ws connections',
      registers,
      collect() {
        this.set(sources.openWebSockets());
      },
    });
    this.listenerLosses = new Counter({
      name: 'parkway_listener_connection_losses_total',
      help: 'Times the LISTEN connection was lost (each is followed by reconnect attempts; /readyz is 503 meanwhile)',
      registers,
    });
    this.webhookDeadLetters = new Counter({
      name: 'parkway_webhook_dead_letters_total',
      help: 'Webhook deliveries given up: retries exhausted, or their endpoint disabled (redeliverWebhook brings one back)',
      labelNames: ['reason'],
      registers,
    });
    // both series exist from the start at 0: a series born at 3 would never show an increase
    for (const reason of ['retries_exhausted', 'endpoint_disabled'] satisfies WebhookDeadLetterReason[]) this.webhookDeadLetters.inc({ reason }, 0);
    this.webhookEndpointsDisabled = new Counter({
      name: 'parkway_webhook_endpoints_disabled_total',
      help: 'Webhook endpoints this process disabled because every attempt failed for the disable horizon',
      registers,
    });
    new Gauge({
      // summed over a deployment's pods it must be 1: 0 means no process runs the time-driven jobs
      name: 'parkway_scheduler_leader',
      help: 'Whether this process is the scheduler leader (1) or not (0)',
      registers,
      collect() {
        this.set(sources.schedulerLeader?.() ? 1 : 0);
      },
    });
    new Gauge({
      name: 'parkway_subscriptions',
      help: 'Active subscriptions (occupancy, space status, bookings)',
      registers,
      collect() {
        this.set(sources.activeSubscriptions());
      },
    });
    const { executions } = sources;
    if (executions) {
      // the counts are the process's, kept outside any registry: report what grew since this server started
      const start = { ...executions() };
      new Counter({
        name: 'parkway_graphql_executions_total',
        help: 'Queries and mutations in compiled mode by how they ran: compiled (graphql-jit), graphql-js (documents it cannot compile), sql-plan (one SQL statement wrote the data), sql-plan-declined (planned, but the request took the compiled path)',
        labelNames: ['path'],
        registers,
        collect() {
          const now = executions();
          this.reset();
          for (const [key, path] of Object.entries(EXECUTION_PATHS) as [keyof ExecutionCounts, string][]) {
            this.inc({ path }, now[key] - start[key]);
          }
        },
      });
    }
    const { webSocketDocumentsValidated } = sources;
    if (webSocketDocumentsValidated) {
      new Counter({
        name: 'parkway_websocket_documents_validated_total',
        help: 'Documents parsed and validated for graphql-ws operations: each distinct document once, however many subscribe with it',
        registers,
        collect() {
          this.reset();
          this.inc(webSocketDocumentsValidated());
        },
      });
    }
    const { poolUsage } = sources;
    if (poolUsage) {
      new Gauge({
        name: 'parkway_db_pool_connections',
        help: 'node-postgres pool: connections by state (total, idle, waiting clients, max)',
        labelNames: ['state'],
        registers,
        collect() {
          const usage = poolUsage();
          for (const state of ['total', 'idle', 'waiting', 'max'] as const) this.set({ state }, usage[state]);
        },
      });
    }
  }

  /** The labels an operation is counted under (see MAX_OPERATION_NAMES). */
  operationLabels(operationName: string | null | undefined, type: string | undefined): OperationLabels {
    return { operation: this.boundedOperationName(operationName), type: type ?? 'unknown' };
  }

  observeRequest(labels: OperationLabels, seconds: number): void {
    this.requestDuration.observe({ ...labels }, seconds);
  }

  countError(code: string): void {
    this.errors.inc({ code });
  }

  countListenerLoss(): void {
    this.listenerLosses.inc();
  }

  countWebhookDeadLetters(count: number, reason: WebhookDeadLetterReason): void {
    if (count > 0) this.webhookDeadLetters.inc({ reason }, count);
  }

  countWebhookEndpointDisabled(): void {
    this.webhookEndpointsDisabled.inc();
  }

  /** Records, per event, the time from its transaction to its hand-off to subscribers. */
  observeEventsDelivered(events: ReadonlyArray<{ createdAt: Date }>, deliveredAt: Date): void {
    for (const event of events) {
      // the database and this process may disagree on the time by a little; never report below zero
      this.eventLag.observe(Math.max(0, deliveredAt.getTime() - event.createdAt.getTime()) / 1_000);
    }
  }

  private boundedOperationName(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!GRAPHQL_NAME.test(name)) return 'invalid';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }
}
