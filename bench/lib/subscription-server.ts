// Parkway's server in a process of its own for bench/subscriptions.ts, so its CPU and memory can
// be read from /proc without the benchmark's own work in them. Started with `node --import tsx`
// and an IPC channel; env DATABASE_URL, POOL_MAX, EXECUTION (stock | compiled).
// Posts { ready: { url, pid } } once listening; answers { stats: true } with
// { stats: { statements, subscriptions } }: SQL statements sent so far (counted at Drizzle, which
// every query of the hub goes through) and live subscriptions. Stops on SIGTERM or when the
// parent goes away.
process.env.NODE_ENV ??= 'production';

const { openPostgres } = await import('../../src/db/client.js');
const { loadConfig } = await import('../../src/config.js');
const { createLogger } = await import('../../src/logger.js');
const { startServer } = await import('../../src/server/app.js');
const { benchServerOptions, executionModeOf } = await import('./server-options.js');

let statements = 0;
const database = await openPostgres({
  url: process.env.DATABASE_URL!,
  poolMax: Number(process.env.POOL_MAX ?? 10),
  onQuery: () => void statements++,
});
const server = await startServer({
  database,
  logger: createLogger('silent'),
  auth: loadConfig({}).auth,
  ...benchServerOptions(executionModeOf(process.env.EXECUTION)),
});
process.send!({ ready: { url: server.url, pid: process.pid } });

process.on('message', (message: { stats?: boolean }) => {
  if (message.stats) process.send!({ stats: { statements, subscriptions: server.hub.subscriptionCount } });
});
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.stop();
  await database.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('disconnect', stop);
