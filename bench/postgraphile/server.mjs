// PostGraphile v5 (amber preset) serving the benchmark database, for bench/nested.ts.
// Runs on Node 22 (node_modules/node/bin/node); started with an IPC channel:
//   env DATABASE_URL, PORT (0 = any free port), POOL_MAX
// It posts { ready: { url } } once listening, answers { stats: true } with
// { stats: { statements } } (every statement its pg clients sent, BEGIN/COMMIT included), and
// exits on SIGTERM or when its parent goes away.
import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

let statements = 0;
// count at the driver, as bench/nested.ts counts ours (Drizzle's logger sees every statement)
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(...args) {
  statements++;
  return query.apply(this, args);
};

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_MAX ?? 10) });
pool.on('error', () => {});

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ pool, schemas: ['public'] })],
  grafserv: { graphiql: false, watch: false },
  grafast: { explain: false },
  schema: { exportSchemaSDLPath: undefined },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
serv.addTo(server);
// build the schema before answering "ready", so the first measured request does not pay for it
await pgl.getSchemaResult();
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const { port } = server.address();
  process.send?.({ ready: { url: `http://127.0.0.1:${port}/graphql` } });
});

process.on('message', (message) => {
  if (message?.stats) process.send?.({ stats: { statements } });
});
const stop = async () => {
  server.close();
  await pgl.release();
  await pool.end();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('disconnect', stop);
