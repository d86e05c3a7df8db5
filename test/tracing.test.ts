import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ConfigError } from '../src/config.js';
import { shutdownTracing, startTracing, tracesExporterFromEnvironment } from '../src/observability/tracing.js';
import type { TestServer } from './helpers/server.js';

// Documents here stay raw strings on purpose (not graphql() from test/gql): one fails validation on
// purpose, and the tests read spans, not the answers' fields.

// Tracing patches `http` and `pg` as they load, so it starts before the server's modules are
// imported (as `node --import register-tracing.js` does in production): the helpers are
// imported dynamically, after startTracing. This file is its own process (vitest forks per file).
// (not helpers/database.js's onPostgres either: importing it would load pg)
const onPostgres = inject('postgresRun') !== undefined;
const exporter = new InMemorySpanExporter();
let server: TestServer;

beforeAll(async () => {
  await startTracing({ exporter });
  const { startTestServer } = await import('./helpers/server.js');
  server = await startTestServer();
});
afterAll(async () => {
  await server?.stop();
  await shutdownTracing();
});

async function spansOfTrace(traceId: string, until: (spans: ReadableSpan[]) => boolean): Promise<ReadableSpan[]> {
  // the HTTP server span ends when the response has been written, just after the client reads it
  for (let attempt = 0; attempt < 100; attempt++) {
    const spans = exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
    if (until(spans)) return spans;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`spans of trace ${traceId}: ${exporter.getFinishedSpans().map((span) => span.name).join(', ')}`);
}

describe('OpenTelemetry tracing (in-memory exporter)', () => {
  it('records the HTTP request, the GraphQL operation beneath it and, on PostgreSQL, its SQL', async () => {
    const response = await server.graphql('query TracedLots { lots(first: 2) { edges { node { name } } } }');
    expect(response.errors).toBeUndefined();

    const operation = exporter.getFinishedSpans().find((span) => span.name === 'query TracedLots');
    expect(operation).toBeDefined();
    expect(operation!.attributes).toMatchObject({ 'graphql.operation.type': 'query', 'graphql.operation.name': 'TracedLots' });
    const traceId = operation!.spanContext().traceId;
    const spans = await spansOfTrace(traceId, (found) => found.some((span) => span.parentSpanContext === undefined));
    const root = spans.find((span) => span.parentSpanContext === undefined)!;
    expect(root.name).toMatch(/^POST/);
    expect(operation!.parentSpanContext?.spanId).toBe(root.spanContext().spanId);
    if (onPostgres) {
      const sqlSpans = spans.filter((span) => span.attributes['db.system'] === 'postgresql' || span.attributes['db.system.name'] === 'postgresql');
      expect(sqlSpans.length).toBeGreaterThan(0);
    }
  });

  it('marks the operation span failed when the client gets errors', async () => {
    await server.graphql('query Failing { lots(first: 1) { edges { node { nope } } } }');
    await server.graphql('query Fine { __typename }');
    const spans = exporter.getFinishedSpans();
    // a document that does not validate never resolves an operation: the span keeps its first name
    const failed = spans.filter((span) => span.status.code === 2);
    expect(failed.length).toBeGreaterThan(0);
    expect(spans.find((span) => span.name === 'query Fine')!.status.code).not.toBe(2);
  });

  it('does not trace probes and scrapes', async () => {
    exporter.reset();
    await fetch(`${server.url}/readyz`);
    await fetch(`${server.url}/metrics`);
    await server.graphql('query AfterProbes { __typename }');
    const names = exporter.getFinishedSpans().map((span) => span.name);
    expect(names).toContain('query AfterProbes');
    expect(names.some((name) => /readyz|metrics/.test(name))).toBe(false);
    expect(exporter.getFinishedSpans().map((span) => span.attributes['http.route'] ?? span.attributes['url.path'])).not.toContain('/readyz');
  });
});

describe('which exporter the environment asks for', () => {
  it('is off unless OTEL_* configures it', () => {
    expect(tracesExporterFromEnvironment({})).toBeUndefined();
    expect(tracesExporterFromEnvironment({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe('otlp');
    expect(tracesExporterFromEnvironment({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' })).toBe('otlp');
    expect(tracesExporterFromEnvironment({ OTEL_TRACES_EXPORTER: 'console' })).toBe('console');
    expect(tracesExporterFromEnvironment({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://x' })).toBeUndefined();
    expect(tracesExporterFromEnvironment({ OTEL_SDK_DISABLED: 'true', OTEL_TRACES_EXPORTER: 'otlp' })).toBeUndefined();
  });

  it('refuses an unknown exporter with a message naming the variable', () => {
    expect(() => tracesExporterFromEnvironment({ OTEL_TRACES_EXPORTER: 'zipkin' })).toThrow(ConfigError);
    expect(() => tracesExporterFromEnvironment({ OTEL_TRACES_EXPORTER: 'zipkin' })).toThrow(/OTEL_TRACES_EXPORTER/);
  });
});
