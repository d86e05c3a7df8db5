import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Logger } from '../logger.js';
import { openPostgres, redactUrl, type Database, type DatabaseHandle, type QueryObserver } from './client.js';
import { selectRows } from './rows.js';

/** What a replica looks like to the server now. */
export type ReplicaState = 'ok' | 'lagging' | 'down';

export interface ReplicaStatus {
  /** The replica's URL without its password. */
  location: string;
  state: ReplicaState;
  /** How far behind the primary's write-ahead log its replay was at the last check (bytes). */
  lagBytes: number | null;
}

export interface ReadReplicaOptions {
  /** PostgreSQL streaming replicas of `primary` (DATABASE_READ_URLS). */
  urls: readonly string[];
  primary: Database;
  logger: Logger;
  /**
   * A replica serves reads only while it has replayed everything the primary had written this
   * long ago: stale reads are bounded by it. @default 5_000
   */
  maxLagMs?: number;
  /** How often each replica's replay position is compared with the primary's. @default 500 */
  checkEveryMs?: number;
  /** @default 5 */
  poolMax?: number;
  onQuery?: QueryObserver;
}

interface Replica {
  /** Where reads go (falling back to the primary when unreachable). */
  handle: DatabaseHandle | undefined;
  /** One connection of its own for the checks, which must never fall back. */
  health: pg.Pool;
  url: string;
  location: string;
  state: ReplicaState;
  lagBytes: number | null;
}

/**
 * Read replicas for reads that may be slightly stale. Each replica's replay position (its
 * `pg_last_wal_replay_lsn`) is compared on a timer with where the primary's log was `maxLagMs`
 * ago: a replica that has not replayed that far is lagging, one that does not answer is down,
 * and `pick()` offers only the others (round robin), so callers fall back to the primary.
 * A replica that was down is reconnected on the next check.
 */
export class ReadReplicas {
  private readonly replicas: Replica[];
  /** The primary's log position at each check, oldest first, covering at least `maxLagMs`. */
  private readonly primaryPositions: Array<{ at: number; lsn: bigint }> = [];
  private timer: NodeJS.Timeout | undefined;
  private checking: Promise<void> | undefined;
  private next = 0;
  private readonly maxLagMs: number;
  private readonly checkEveryMs: number;

  constructor(private readonly options: ReadReplicaOptions) {
    this.maxLagMs = options.maxLagMs ?? 5_000;
    this.checkEveryMs = options.checkEveryMs ?? 500;
    this.replicas = options.urls.map((url) => {
      const health = new pg.Pool({ connectionString: url, max: 1 });
      health.on('error', () => {});
      return { handle: undefined, health, url, location: redactUrl(url), state: 'down', lagBytes: null };
    });
  }

  /** Connects and checks once (replicas that cannot be reached start as down), then keeps checking. */
  async start(): Promise<void> {
    await this.check();
    this.timer = setInterval(() => {
      this.checking ??= this.check().finally(() => {
        this.checking = undefined;
      });
    }, this.checkEveryMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.checking;
    await Promise.all(this.replicas.flatMap((replica) => [replica.handle?.close(), replica.health.end()].map((closing) => closing?.catch(() => {}))));
  }

  /** A replica fit to serve a slightly stale read now, or undefined (read the primary). */
  pick(): Database | undefined {
    const usable = this.replicas.filter((replica) => replica.state === 'ok' && replica.handle);
    if (usable.length === 0) return undefined;
    this.next = (this.next + 1) % usable.length;
    return usable[this.next]!.handle!.db;
  }

  /** Each replica's state at the last check (`/readyz` reports it). */
  status(): ReplicaStatus[] {
    return this.replicas.map(({ location, state, lagBytes }) => ({ location, state, lagBytes }));
  }

  private async check(): Promise<void> {
    let primaryLsn: bigint;
    try {
      primaryLsn = await withTimeout(
        selectRows<{ lsn: string }>(this.options.primary, sql`SELECT pg_current_wal_lsn()::text AS lsn`).then(([row]) => parseLsn(row!.lsn)),
        2_000,
      );
    } catch {
      return; // the primary's own trouble shows in its readiness check; keep the last states
    }
    const now = Date.now();
    this.primaryPositions.push({ at: now, lsn: primaryLsn });
    // the newest position at least maxLagMs old is what every replica must have replayed
    while (this.primaryPositions.length > 1 && now - this.primaryPositions[1]!.at >= this.maxLagMs) this.primaryPositions.shift();
    const required = now - this.primaryPositions[0]!.at >= this.maxLagMs ? this.primaryPositions[0]!.lsn : 0n;
    await Promise.all(this.replicas.map((replica) => this.checkReplica(replica, primaryLsn, required)));
  }

  /** A read found the replica unreachable: no more reads until a check finds it back. */
  private markDown(replica: Replica): void {
    if (replica.state === 'down') return;
    replica.state = 'down';
    this.options.logger.warn({ replica: replica.location }, 'read replica unreachable: reads go to the primary');
  }

  private async checkReplica(replica: Replica, primaryLsn: bigint, required: bigint): Promise<void> {
    const before = replica.state;
    try {
      await replica.health.query('SELECT 1');
      replica.handle ??= await openPostgres({
        url: replica.url,
        poolMax: this.options.poolMax ?? 5,
        onQuery: this.options.onQuery,
        createPool: (config) => replicaPool(config, primaryPoolOf(this.options.primary), () => this.markDown(replica)),
      });
      // a promoted replica (no longer in recovery) is as current as it gets
      const replayed = await withTimeout(
        replica.health
          .query<{ lsn: string }>('SELECT coalesce(pg_last_wal_replay_lsn(), pg_current_wal_lsn())::text AS lsn')
          .then(({ rows }) => parseLsn(rows[0]!.lsn)),
        Math.max(1_000, this.checkEveryMs * 2),
      );
      replica.lagBytes = Number(primaryLsn > replayed ? primaryLsn - replayed : 0n);
      replica.state = replayed >= required ? 'ok' : 'lagging';
    } catch (error) {
      replica.state = 'down';
      replica.lagBytes = null;
      const handle = replica.handle;
      replica.handle = undefined;
      await handle?.close().catch(() => {});
      if (before !== 'down') this.options.logger.warn({ replica: replica.location, err: (error as Error).message }, 'read replica down: reads go to the primary');
    }
    if (before !== replica.state && replica.state !== 'down') {
      this.options.logger.info({ replica: replica.location, state: replica.state, lagBytes: replica.lagBytes }, 'read replica state changed');
    }
  }
}

/** A write-ahead-log position as a number: `X/Y` is X * 2^32 + Y, both hexadecimal. */
function parseLsn(lsn: string): bigint {
  const [high, low] = lsn.split('/');
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

async function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// the connection was refused, cut or the server is shutting down: nothing was read, so the same
// read can be sent to the primary
const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08003', '08006']);

function unreachable(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return (code !== undefined && UNREACHABLE.has(code)) || /Connection terminated|connection timeout/i.test(message ?? '');
}

/**
 * A replica's pool whose reads go to the primary's pool when the replica cannot be reached, so
 * a replica that goes away between two health checks costs no request an error. Only reads are
 * ever sent to a replica, so sending one again is safe.
 */
function replicaPool(config: pg.PoolConfig, fallback: pg.Pool, onUnreachable: () => void): pg.Pool {
  const pool = new pg.Pool(config);
  // an idle connection dying must not crash the process; the next read reconnects or falls back
  pool.on('error', () => {});
  type Query = (...args: unknown[]) => Promise<unknown>;
  const toReplica = pool.query.bind(pool) as Query;
  const toPrimary = fallback.query.bind(fallback) as Query;
  // drizzle calls query(config) and awaits the promise
  const query: Query = (...args) =>
    toReplica(...args).catch((error: unknown) => {
      if (!unreachable(error)) throw error;
      onUnreachable();
      return toPrimary(...args);
    });
  return Object.assign(pool, { query: query as unknown as pg.Pool['query'] });
}

/** The node-postgres pool under the primary's Drizzle instance. */
function primaryPoolOf(primary: Database): pg.Pool {
  const client = (primary as unknown as { $client?: unknown }).$client;
  if (!(client instanceof pg.Pool)) throw new Error('read replicas need a PostgreSQL primary (DATABASE_URL)');
  return client;
}
