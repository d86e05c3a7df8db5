import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { postgis } from '@electric-sql/pglite-postgis';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { Logger } from 'drizzle-orm/logger';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { DB_CASING } from './casing.js';
import { lockDataDir } from './data-dir-lock.js';
import { migrateEmbedded, migratePostgres } from './migrate.js';
import * as schema from './schema/index.js';

/** The one Drizzle handle type used everywhere, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A connection that receives NOTIFY on one channel until closed. */
export interface NotificationConnection {
  close(): Promise<void>;
}

export interface NotificationHandlers {
  /** Called for every NOTIFY on the channel (the payload is not used: the table is the mailbox). */
  onNotification(): void;
  /** Called once when the connection dies; the caller decides whether and when to reconnect. */
  onLost(error: Error): void;
}

/** An open database in either mode, with what the server needs beyond plain queries. */
export interface DatabaseHandle {
  db: Database;
  /** `postgres` when DATABASE_URL is set, `embedded` for PGlite. */
  mode: 'postgres' | 'embedded';
  /** Where the data lives: the URL without its password, or the PGlite data directory. */
  location: string;
  /** The connection string (PostgreSQL only), for sessions of their own: LISTEN, the scheduler's lock. */
  url?: string;
  /** Opens a dedicated LISTEN connection (PostgreSQL) or a listener on the embedded instance. */
  listen(channel: string, handlers: NotificationHandlers): Promise<NotificationConnection>;
  /** Applies pending migrations from `drizzle/`. */
  migrate(): Promise<void>;
  /** Connections of the node-postgres pool (PostgreSQL only: PGlite is one in-process connection). */
  poolUsage?(): PoolUsage;
  close(): Promise<void>;
}

/** The pool's connections by state, for `/metrics`. */
export interface PoolUsage {
  /** Connections open (idle + checked out). */
  total: number;
  idle: number;
  /** Queries waiting for a connection: above zero for long means the pool is too small. */
  waiting: number;
  /** The configured maximum (`PG_POOL_MAX`). */
  max: number;
}

/** Called with every SQL statement Drizzle sends (LOG_SQL=true, and tests that count statements). */
export type QueryObserver = (query: string, params: unknown[]) => void;

export interface PostgresOptions {
  url: string;
  /** @default 10 */
  poolMax?: number;
  onQuery?: QueryObserver;
  /** A pool of another class (read replicas answer from the primary when theirs is unreachable). */
  createPool?: (config: pg.PoolConfig) => pg.Pool;
}

export interface EmbeddedOptions {
  /** A directory, or `memory://` for a throw-away instance. */
  dataDir: string;
  /** A `dumpDataDir()` tarball to start from (tests restore a migrated snapshot this way). */
  loadDataDir?: Blob | File;
  onQuery?: QueryObserver;
}

/** Opens PostgreSQL through a node-postgres pool. */
export async function openPostgres({ url, poolMax = 10, onQuery, createPool = (config) => new pg.Pool(config) }: PostgresOptions): Promise<DatabaseHandle> {
  const pool = createPool({ connectionString: url, max: poolMax });
  // an idle client losing its connection (e.g. a database restart) must not crash the process;
  // the pool discards it and the next checkout reconnects.
  pool.on('error', () => {});
  // the same for a client that is checked out (inside a transaction, between two statements)
  // when its connection dies: the pool only listens while a client is idle, and an 'error' event
  // with no listener ends the process. Its next statement fails instead, and the pool drops the
  // broken client when it is released.
  pool.on('connect', (client) => client.on('error', () => {}));
  await pool.query('select 1');
  return {
    db: drizzleNodePg({ client: pool, schema, casing: DB_CASING, logger: queryLogger(onQuery) }),
    mode: 'postgres',
    location: redactUrl(url),
    url,
    listen: (channel, handlers) => listenPostgres(url, channel, handlers),
    migrate: () => migratePostgres(url),
    poolUsage: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: poolMax }),
    close: () => pool.end(),
  };
}

/** The embedded handle also exposes PGlite itself (tests snapshot its data directory). */
export interface EmbeddedDatabaseHandle extends DatabaseHandle {
  pglite: PGlite;
}

/**
 * Opens (creating if needed) an embedded PGlite database with PostGIS and btree_gist. A data
 * directory is locked for this process first (see data-dir-lock.ts) and released on close: throws
 * DataDirInUseError, before touching any file of the database, when another process has it open.
 */
export async function openEmbedded({ dataDir, loadDataDir, onQuery }: EmbeddedOptions): Promise<EmbeddedDatabaseHandle> {
  const directory = directoryOf(dataDir);
  const lock = directory === undefined ? undefined : await lockDataDir(directory);
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir, { extensions: { postgis, btree_gist }, loadDataDir });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db = drizzlePglite({ client, schema, casing: DB_CASING, logger: queryLogger(onQuery) });
  return {
    db,
    pglite: client,
    mode: 'embedded',
    location: dataDir,
    listen: async (channel, handlers) => {
      // PGlite lives in this process: its listener cannot be cut off from the database.
      const unlisten = await client.listen(channel, () => handlers.onNotification());
      return { close: () => unlisten() };
    },
    migrate: () => migrateEmbedded(db),
    close: async () => {
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

/** The file-system directory PGlite keeps `dataDir` in, as PGlite reads it; undefined for `memory://` (and browser stores). */
function directoryOf(dataDir: string): string | undefined {
  if (dataDir.startsWith('file://')) return dataDir.slice('file://'.length);
  return !dataDir || /^[a-z][a-z0-9+.-]*:\/\//i.test(dataDir) ? undefined : dataDir;
}

/** Opens PostgreSQL when a URL is given, the embedded database otherwise. */
export function openDatabase(options: {
  url?: string;
  poolMax?: number;
  dataDir: string;
  onQuery?: QueryObserver;
}): Promise<DatabaseHandle> {
  const { url, poolMax, dataDir, onQuery } = options;
  return url ? openPostgres({ url, poolMax, onQuery }) : openEmbedded({ dataDir, onQuery });
}

function queryLogger(onQuery: QueryObserver | undefined): Logger | undefined {
  return onQuery && { logQuery: onQuery };
}

/** `application_name` of this process's LISTEN connection, so operators (and fault tests) can find it. */
export const LISTENER_APPLICATION_NAME = `parkway-listener:${process.pid}`;

async function listenPostgres(
  url: string,
  channel: string,
  handlers: NotificationHandlers,
): Promise<NotificationConnection> {
  // LISTEN needs a session of its own, straight to the primary (not through a transaction pooler).
  const client = new pg.Client({ connectionString: url, keepAlive: true, application_name: LISTENER_APPLICATION_NAME });
  let lost = false;
  const markLost = (error: Error) => {
    if (lost) return;
    lost = true;
    client.end().catch(() => {});
    handlers.onLost(error);
  };
  client.on('error', markLost);
  client.on('end', () => markLost(new Error('notification connection ended')));
  client.on('notification', (message) => {
    if (message.channel === channel) handlers.onNotification();
  });
  await client.connect();
  await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
  return {
    close: async () => {
      lost = true;
      await client.end();
    },
  };
}

/** A connection string without its password, for logs and status pages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres (unparsable DATABASE_URL)';
  }
}
