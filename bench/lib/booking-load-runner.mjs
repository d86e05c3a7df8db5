// A child process that drives `createBooking` with autocannon, like bench/lib/load-runner.mjs
// (which sends one fixed set of headers), but with a driver token per request and a body built
// per request so no two requests ever ask for the same lot and window. bench/bookings.ts forks
// it and sends one message:
//   { url, connections, duration, query, lotIds: string[], drivers: { token, vehicleId }[],
//     startMs, slotMs, offset? }
// Request n (from one shared cursor, starting at `offset`) books lot n % lots for the window
// [startMs + floor(n / lots) * slotMs, + slotMs), as driver n % drivers.
// It replies with one message: { result } or { error }, then exits.
import autocannon from 'autocannon';
import { createHistogram } from 'node:perf_hooks';

process.once('message', async (job) => {
  try {
    process.send({ result: await run(job) }, () => process.exit(0));
  } catch (error) {
    process.send({ error: String(error?.stack ?? error) }, () => process.exit(1));
  }
});

async function run({ url, connections, duration, query, lotIds, drivers, startMs, slotMs, offset = 0 }) {
  let next = offset;
  let successes = 0;
  let graphqlErrors = 0;
  const userErrors = {};
  let firstError;
  const latency = createHistogram();
  const instance = autocannon({
    url,
    connections,
    duration,
    timeout: 30,
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const n = next++;
          const driver = drivers[n % drivers.length];
          const start = startMs + Math.floor(n / lotIds.length) * slotMs;
          const variables = {
            input: {
              lotId: lotIds[n % lotIds.length],
              vehicleId: driver.vehicleId,
              window: { start: new Date(start).toISOString(), end: new Date(start + slotMs).toISOString() },
            },
          };
          return {
            ...request,
            headers: { ...request.headers, authorization: `Bearer ${driver.token}` },
            body: JSON.stringify({ query, variables }),
          };
        },
        onResponse: (_status, body) => {
          let json;
          try {
            json = JSON.parse(body);
          } catch {
            graphqlErrors++;
            firstError ??= body.slice(0, 500);
            return;
          }
          const payload = json?.data?.createBooking;
          if (json.errors || !payload) {
            graphqlErrors++;
            firstError ??= body.slice(0, 500);
          } else if (payload.userErrors.length === 0 && payload.booking) {
            successes++;
          } else {
            const code = payload.userErrors[0]?.code ?? 'NO_BOOKING';
            userErrors[code] = (userErrors[code] ?? 0) + 1;
            firstError ??= body.slice(0, 500);
          }
        },
      },
    ],
  });
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
    successes,
    successShare: result.requests.total ? Math.round((successes / result.requests.total) * 1000) / 1000 : 0,
    userErrors,
    graphqlErrors,
    firstError,
    nextOffset: next,
  };
}
