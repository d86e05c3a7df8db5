// A child process that generates HTTP load with autocannon, so the server under test does not
// share its event loop with the load generator. bench/search.ts forks it and sends one message:
//   { url, connections, duration, bodies: string[], headers? }
// It replies with one message: { result } or { error }, then exits.
// Each request takes the next body from one shared cursor, so connections spread over the bodies.
import autocannon from 'autocannon';
import { createHistogram } from 'node:perf_hooks';

process.once('message', async (job) => {
  try {
    process.send({ result: await run(job) }, () => process.exit(0));
  } catch (error) {
    process.send({ error: String(error?.stack ?? error) }, () => process.exit(1));
  }
});

async function run({ url, connections, duration, bodies, headers = {} }) {
  let next = 0;
  let graphqlErrors = 0;
  let emptyResults = 0;
  let firstError;
  const latency = createHistogram();
  const instance = autocannon({
    url,
    connections,
    duration,
    timeout: 30,
    headers: { 'content-type': 'application/json', ...headers },
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
        onResponse: (_status, body) => {
          if (body.includes('"errors"')) {
            graphqlErrors++;
            firstError ??= body.slice(0, 500);
          } else if (body.includes('"edges":[]')) {
            emptyResults++;
          }
        },
      },
    ],
  });
  // autocannon's own histogram has p97.5 but no p95: record every response time (ms) in microseconds
  instance.on('response', (_client, _status, _bytes, responseTimeMs) => {
    latency.record(Math.max(1, Math.round(responseTimeMs * 1000)));
  });
  const result = await instance;
  const ms = (percentile) => Math.round(latency.percentile(percentile) / 10) / 100;
  return {
    requests: result.requests.total,
    seconds: result.duration,
    requestsPerSecond: Math.round((result.requests.total / result.duration) * 10) / 10,
    latencyMs: { p50: ms(50), p95: ms(95), p99: ms(99), max: ms(100), mean: Math.round(latency.mean / 10) / 100 },
    autocannonLatencyMs: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99 },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    graphqlErrors,
    emptyResults,
    firstError,
  };
}
