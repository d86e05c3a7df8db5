/**
 * Webhooks at 1,000 endpoints: deliveries per second and commit-to-delivery latency.
 *
 *   npx tsx bench/webhooks.ts --url postgres://postgres@127.0.0.1:5432/webhooks_bench [--endpoints 1000] [--events 30] [--lots 10]
 *
 * 1. Creates the database when missing and applies the migrations; each run works on an operator
 *    of its own (earlier runs' rows stay, unused).
 * 2. `--receivers` local HTTP servers (in this process) stand for the partners; `--endpoints`
 *    endpoints of the operator are registered through the GraphQL API (createWebhookEndpoint), each
 *    with its own URL path and secret, for `booking.created`.
 * 3. The real server runs in this process (startServer, its webhook worker on, private networks
 *    allowed for the local receivers, the scheduler off). The driver inserts `--events` bookings
 *    (autocommit, one a `1000 / --rate` ms, round robin over `--lots` lots) and records when each
 *    COMMIT returned; every event fans out to every endpoint.
 * 4. Waits until every delivery arrived (or `--timeout`), then reports: deliveries per second
 *    (from the first commit to the last delivery), commit-to-delivery latency (p50/p90/p99/max),
 *    duplicates, and the machine's load. The JSON is the last line of stdout.
 *
 * Receivers, driver and server share the process (and the machine with PostgreSQL): the figure is
 * the whole pipeline on one box, not the sender alone.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHistogram } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../src/config.js';
import { openPostgres } from '../src/db/client.js';
import { apiKeys, bookings, lots, operators, spaces, users, vehicles } from '../src/db/schema/index.js';
import { generateApiKey } from '../src/domain/auth/api-keys.js';
import { toGlobalId } from '../src/domain/public-ids.js';
import { createLogger } from '../src/logger.js';
import { startServer } from '../src/server/app.js';
import { ensureDatabase, readOptions } from './lib/args.js';
import { loadAverages, machineInfo } from './lib/machine.js';

const options = readOptions(
  {
    url: { default: process.env.DATABASE_URL, help: 'PostgreSQL URL (created and migrated when missing)' },
    endpoints: { default: '1000', number: true, help: 'webhook endpoints (all of one operator)' },
    receivers: { default: '8', number: true, help: 'local HTTP servers the endpoints are spread over' },
    events: { default: '30', number: true, help: 'bookings inserted (each goes to every endpoint)' },
    lots: { default: '10', number: true, help: 'lots the bookings go round (order is kept per endpoint and lot)' },
    rate: { default: '10', number: true, help: 'bookings per second' },
    concurrency: { default: '32', number: true, help: "sends in flight in the server's worker" },
    timeout: { default: '300', number: true, help: 'seconds to wait for the deliveries' },
  },
  'npx tsx bench/webhooks.ts --url postgres://... [options]',
);

async function main(): Promise<void> {
  const url = options.url;
  if (!url) throw new Error('--url (or DATABASE_URL) is required');
  const endpointCount = options.number('endpoints');
  const eventCount = options.number('events');
  const lotCount = options.number('lots');
  await ensureDatabase(url);
  const database = await openPostgres({ url, poolMax: 8 });
  await database.migrate();
  const db = database.db;

  // --- the partners: receivers that note when each delivery arrived -------------------------------
  const arrivals = new Map<string, number[]>();
  let requests = 0;
  const receivers: Server[] = [];
  for (let i = 0; i < options.number('receivers'); i++) {
    const receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const at = performance.timeOrigin + performance.now();
        requests += 1;
        const bookingId = (JSON.parse(Buffer.concat(chunks).toString()) as { data: { bookingId: string } }).data.bookingId;
        const key = `${req.url} ${req.headers['webhook-id']}`;
        arrivals.set(key, [...(arrivals.get(key) ?? []), at]);
        received.push({ bookingId, at });
        res.statusCode = 204;
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receivers.push(receiver);
  }
  const received: Array<{ bookingId: string; at: number }> = [];

  // --- the operator, its lots and a driver ------------------------------------------------------
  const run = randomUUID().slice(0, 8);
  const [operator] = await db.insert(operators).values({ name: `Webhook bench ${run}`, kind: 'NETWORK' }).returning();
  const lotRows = await db
    .insert(lots)
    .values(
      Array.from({ length: lotCount }, (_, i) => ({
        operatorId: operator!.id,
        name: `Bench lot ${i}`,
        address: 'Bench Street',
        location: { lat: 51.5 + i * 0.001, lng: -0.1 },
        timeZone: 'Europe/London',
        lotType: 'SURFACE' as const,
        currency: 'GBP',
      })),
    )
    .returning();
  const spaceRows = await db
    .insert(spaces)
    .values(lotRows.flatMap((lot) => Array.from({ length: 4 }, (_, i) => ({ lotId: lot.id, label: `S${i}`, kind: 'STANDARD' as const }))))
    .returning();
  const [driver] = await db.insert(users).values({ email: `bench-${run}@bench.example`, displayName: 'Bench Driver' }).returning();
  const [vehicle] = await db.insert(vehicles).values({ ownerId: driver!.id, plate: `BENCH${run.toUpperCase()}`, country: 'GB' }).returning();
  const key = generateApiKey();
  await db.insert(apiKeys).values({ operatorId: operator!.id, name: 'bench', prefix: key.prefix, secretHash: key.secretHash, scopes: ['webhooks:manage'] });

  const logger = createLogger('warn');
  const server = await startServer({
    database,
    logger,
    auth: loadConfig({}).auth,
    port: 0,
    host: '127.0.0.1',
    scheduler: false,
    production: true,
    limits: { rateLimits: false },
    webhooks: { allowPrivateNetworks: true, concurrency: options.number('concurrency') },
  });

  // --- endpoints, through the API ------------------------------------------------------------------
  const registerStarted = performance.now();
  for (let i = 0; i < endpointCount; i++) {
    const { port } = receivers[i % receivers.length]!.address() as AddressInfo;
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key.key}` },
      body: JSON.stringify({
        query: 'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { userErrors { code message } } }',
        variables: { input: { operatorId: toGlobalId('Operator', operator!.id), url: `http://127.0.0.1:${port}/e/${i}`, eventTypes: ['BOOKING_CREATED'] } },
      }),
    });
    const body = (await response.json()) as { data?: { createWebhookEndpoint: { userErrors: unknown[] } }; errors?: unknown };
    if (!body.data || body.data.createWebhookEndpoint.userErrors.length > 0) throw new Error(`registering failed: ${JSON.stringify(body)}`);
  }
  const registerSeconds = (performance.now() - registerStarted) / 1000;
  console.error(`${endpointCount} endpoints registered in ${registerSeconds.toFixed(1)} s; writing ${eventCount} bookings`);

  // --- the events -----------------------------------------------------------------------------------
  const committedAt = new Map<string, number>();
  const firstCommit = performance.timeOrigin + performance.now();
  const hour = 3_600_000;
  for (let i = 0; i < eventCount; i++) {
    const lot = i % lotCount;
    const space = spaceRows.filter((row) => row.lotId === lotRows[lot]!.id)[Math.floor(i / lotCount) % 4]!;
    const start = new Date(Date.UTC(2040, 0, 1) + i * hour);
    const [row] = await db
      .insert(bookings)
      .values({ driverId: driver!.id, vehicleId: vehicle!.id, lotId: lotRows[lot]!.id, spaceId: space.id, period: { start, end: new Date(start.getTime() + hour) }, priceAmount: 0, currency: 'GBP' })
      .returning({ id: bookings.id });
    committedAt.set(toGlobalId('Booking', row!.id), performance.timeOrigin + performance.now());
    await new Promise((resolve) => setTimeout(resolve, 1000 / options.number('rate')));
  }

  const expected = eventCount * endpointCount;
  const deadline = Date.now() + options.number('timeout') * 1000;
  while (arrivals.size < expected && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  const lastArrival = Math.max(...received.map((hit) => hit.at));

  const latency = createHistogram();
  for (const hit of received) latency.record(Math.max(1, Math.round((hit.at - committedAt.get(hit.bookingId)!) * 1000)));
  const ms = (micros: number) => Math.round(micros) / 1e3;
  const result = {
    benchmark: 'webhooks',
    machine: machineInfo(),
    loadAverages: loadAverages(),
    endpoints: endpointCount,
    receivers: receivers.length,
    events: eventCount,
    lots: lotCount,
    expectedDeliveries: expected,
    delivered: arrivals.size,
    duplicates: requests - arrivals.size,
    seconds: Math.round((lastArrival - firstCommit) / 10) / 100,
    deliveriesPerSecond: Math.round(arrivals.size / ((lastArrival - firstCommit) / 1000)),
    latencyMs: { p50: ms(latency.percentile(50)), p90: ms(latency.percentile(90)), p99: ms(latency.percentile(99)), max: ms(latency.max) },
  };
  console.error(
    `${result.delivered}/${expected} deliveries in ${result.seconds} s: ${result.deliveriesPerSecond}/s; commit to delivery p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, max ${result.latencyMs.max} ms; ${result.duplicates} duplicates; load ${result.loadAverages.join(' ')}`,
  );
  console.log(JSON.stringify(result));
  await server.stop();
  for (const receiver of receivers) {
    receiver.closeAllConnections();
    receiver.close();
  }
  await database.close();
  if (arrivals.size < expected) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
