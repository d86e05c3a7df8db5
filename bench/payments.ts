/**
 * Payments benchmark: `createBooking` through the real server, each booking with its payment
 * (the PENDING payment written with the booking, then the provider's hold), per provider:
 * `invoice` (in-process) and `stripe` (the official library against the local fake of
 * test/helpers/fake-stripe.ts: one HTTP round trip, no network). "Without payment" is the same
 * script run in a tree of the commit before payments were wired in (docs/payments.md says how).
 *
 *   npx tsx bench/payments.ts --url postgres://postgres@127.0.0.1:5432/postgres [--duration 8] [--connections 8] [--modes invoice,stripe]
 *
 * Creates its own database next to --url (dropped at the end), 40 lots per mode with 2 spaces
 * each, 16 drivers; request n books lot n % 40 for a one-hour window a year ahead shifted by an
 * hour every 40 requests, so no two requests collide and each should succeed. Prints a JSON
 * line per mode (req/s, p50/p99 ms, failures, load average).
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { loadConfig } from '../src/config.js';
import { openPostgres } from '../src/db/client.js';
import { operators } from '../src/db/schema/index.js';
import { signDevelopmentToken } from '../src/domain/auth/access-tokens.js';
import { createLogger } from '../src/logger.js';
import { startServer } from '../src/server/app.js';
import { addSpaces, addTariff, createLot, createOperator, createUser, createVehicle, nodeId } from '../test/helpers/fixtures.js';
import { adminUrlOf, ensureDatabase, readOptions } from './lib/args.js';
import { loadAverages } from './lib/machine.js';
import pg from 'pg';

process.env.NODE_ENV ??= 'production';

const options = readOptions(
  {
    url: { default: process.env.DATABASE_URL, help: 'PostgreSQL URL; the bench creates and drops a database beside it' },
    duration: { default: '8', number: true, help: 'seconds measured per mode' },
    warmup: { default: '2', number: true, help: 'seconds of warm-up per mode' },
    connections: { default: '8', number: true, help: 'concurrent requests' },
    modes: { default: 'invoice,stripe', help: 'providers to measure, comma-separated (invoice, stripe)' },
  },
  'usage: tsx bench/payments.ts --url <postgres url> [options]',
);

const LOTS = 40;
const DRIVERS = 16;
const SECRET_KEY = 'sk_test_bench';
const CREATE = `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { booking { id } userErrors { code } } }`;

const url = new URL(options.url ?? 'postgres://postgres@127.0.0.1:5432/postgres');
url.pathname = `/money_bench_${process.pid}`;
const databaseUrl = url.toString();
const modes = (options.modes ?? 'invoice').split(',') as Array<'invoice' | 'stripe'>;

await ensureDatabase(databaseUrl);
const database = await openPostgres({ url: databaseUrl, poolMax: 20 });
const fake = modes.includes('stripe') ? await (await import('../test/helpers/fake-stripe.js')).startFakeStripe(SECRET_KEY) : undefined;
try {
  await database.migrate();
  const { auth } = loadConfig({});
  if (auth.kind !== 'hs256') throw new Error('the bench signs development tokens');
  const server = await startServer({
    database,
    logger: createLogger('silent'),
    auth,
    scheduler: false,
    port: 0,
    host: '127.0.0.1',
    production: true,
    limits: { rateLimits: false },
    ...(fake && { payments: { stripe: { secretKey: SECRET_KEY, apiBase: fake.url, timeoutMs: 5_000 } } }),
  });
  const drivers: Array<{ token: string; vehicleId: string }> = [];
  for (let i = 0; i < DRIVERS; i++) {
    const user = await createUser(database.db);
    drivers.push({ token: await signDevelopmentToken(auth, user), vehicleId: nodeId('Vehicle', await createVehicle(database.db, user.id)) });
  }
  const yearAhead = Date.UTC(new Date().getUTCFullYear() + 1, 0, 5, 0, 0, 0);
  for (const mode of modes) {
    const operatorId = await createOperator(database.db, `Bench ${mode}`, 'PRIVATE');
    await database.db
      .update(operators)
      .set({ paymentProvider: mode, stripeAccountId: mode === 'stripe' ? 'acct_bench' : null })
      .where(eq(operators.id, operatorId));
    const lots: string[] = [];
    for (let i = 0; i < LOTS; i++) {
      const lotId = await createLot(database.db, { operatorId, name: `Bench ${mode} ${i}`, location: { lat: 51.5 + i / 1000, lng: -0.1 } });
      await addSpaces(database.db, lotId, [{ label: 'A' }, { label: 'B' }]);
      await addTariff(database.db, lotId, { hourlyRateAmount: 300 });
      lots.push(nodeId('Lot', lotId));
    }
    let next = 0;
    const request = async () => {
      const n = next++;
      const driver = drivers[n % DRIVERS]!;
      const start = yearAhead + Math.floor(n / LOTS) * 3_600_000;
      const started = performance.now();
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${driver.token}` },
        body: JSON.stringify({
          query: CREATE,
          variables: {
            input: {
              lotId: lots[n % LOTS],
              vehicleId: driver.vehicleId,
              window: { start: new Date(start).toISOString(), end: new Date(start + 3_600_000).toISOString() },
              idempotencyKey: randomUUID(),
              ...(mode === 'stripe' && { paymentMethod: 'pm_card_visa' }),
            },
          },
        }),
      });
      const body = (await response.json()) as { data?: { createBooking: { booking: unknown } }; errors?: unknown };
      return { ms: performance.now() - started, ok: response.ok && !body.errors && body.data?.createBooking.booking !== null };
    };
    const run = async (seconds: number) => {
      const until = performance.now() + seconds * 1000;
      const latencies: number[] = [];
      let failures = 0;
      await Promise.all(
        Array.from({ length: options.number('connections') }, async () => {
          while (performance.now() < until) {
            const result = await request();
            latencies.push(result.ms);
            if (!result.ok) failures++;
          }
        }),
      );
      return { latencies: latencies.sort((a, b) => a - b), failures };
    };
    await run(options.number('warmup'));
    const { latencies, failures } = await run(options.number('duration'));
    const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]! * 10) / 10;
    console.log(
      JSON.stringify({
        bench: 'payments',
        mode,
        requestsPerSecond: Math.round((latencies.length / options.number('duration')) * 10) / 10,
        p50Ms: at(0.5),
        p99Ms: at(0.99),
        requests: latencies.length,
        failures,
        connections: options.number('connections'),
        loadAverage: loadAverages(),
      }),
    );
  }
  await server.stop();
} finally {
  await fake?.close();
  await database.close();
  const { adminUrl, database: name } = adminUrlOf(databaseUrl);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  await admin.end();
}
