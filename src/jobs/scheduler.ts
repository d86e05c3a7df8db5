import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseHandle } from '../db/client.js';
import type { Logger } from '../logger.js';

/**
 * The advisory lock whose holder is the scheduler leader: the ASCII of `parkjobs` as a bigint.
 * Advisory locks are per database, so two databases on one server elect separate leaders.
 */
export const SCHEDULER_LOCK_KEY = 0x7061726b6a6f6273n;

/** What a job gets each time it runs. */
export interface JobContext {
  /**
   * Aborted when this process stops being the leader (its lock connection was lost) or the
   * scheduler is stopping. A job that does several steps should check it between them and
   * return early; a job of one statement can ignore it.
   */
  signal: AbortSignal;
}

/** A unit of periodic work. Runs only on the leader, at most once at a time. */
export interface Job {
  /** Shown in logs. */
  name: string;
  /**
   * Does one round of work. It must be idempotent and safe to run concurrently with itself in
   * another process (see "Failure modes" on {@link startScheduler}): a conditional UPDATE that
   * re-checks the row's state, not read-then-write.
   */
  run(context: JobContext): Promise<unknown>;
}

export interface SchedulerOptions {
  /** An open, migrated database; the scheduler does not close it. */
  database: DatabaseHandle;
  /**
   * The PostgreSQL connection string, for the dedicated lock connection (the pool cannot hold a
   * session-level lock). Required when `database.mode` is `postgres`; ignored when embedded.
   */
  databaseUrl?: string;
  logger: Logger;
  /**
   * Pause between the end of one round and the start of the next. A round is: followers try to
   * take the lock; the leader checks its lock connection and runs every job in order.
   * @default 15_000
   */
  intervalMs?: number;
  /** Run in this order, one at a time, each round. */
  jobs: readonly Job[];
  /** @default SCHEDULER_LOCK_KEY */
  lockKey?: bigint;
  /**
   * Bound on connecting the lock connection and on each statement sent over it (taking the lock,
   * the liveness check). A lock connection that does not answer within it counts as lost.
   * @default 10_000
   */
  connectionTimeoutMs?: number;
}

export interface Scheduler {
  /** True while this process runs the jobs. Always true on an embedded database (until stopped). */
  isLeader(): boolean;
  /**
   * `application_name` of this scheduler's lock connection (`parkway-scheduler:<pid>:<random>`),
   * so operators and fault tests can find it in `pg_stat_activity`; undefined when embedded.
   */
  readonly applicationName: string | undefined;
  /**
   * Stops ticking, aborts the running job's signal and waits for that job to return (the rest
   * of its round is skipped), then releases the lock and closes the lock connection. Idempotent.
   */
  stop(): Promise<void>;
}

/**
 * Starts the in-process job scheduler. Resolves after the first leadership attempt (so
 * `isLeader()` is meaningful), without waiting for the first round of jobs. Throws only on
 * misconfiguration (PostgreSQL without `databaseUrl`); database trouble is logged and retried.
 *
 * **Leadership.** On PostgreSQL, every process keeps one dedicated connection (not from the pool,
 * `keepAlive` on) and tries `pg_try_advisory_lock(lockKey)` each round until it gets it. The
 * session-level lock is held for as long as that connection lives, so exactly one process per
 * database is the leader. On embedded PGlite one process owns the database: it is always leader.
 *
 * **Rounds.** Jobs run one after another, never overlapping each other or themselves: the next
 * round is scheduled `intervalMs` after the previous one finished, so a slow job delays it.
 *
 * **Failure modes.**
 * - A job throws or rejects: logged at error level with the job's name; the other jobs of the
 *   round still run and the scheduler keeps going.
 * - The leader's process dies, or its lock connection drops (network, `pg_terminate_backend`,
 *   database restart): PostgreSQL ends the session and so releases the lock; another process
 *   takes it at its next attempt, within about one `intervalMs`.
 * - The leader notices its lock connection is gone (`error` or `end` on the client, or the
 *   liveness `SELECT 1` at the start of each round failing or taking longer than
 *   `connectionTimeoutMs`): it stops being leader at once, aborts the running job's signal and
 *   starts no further job. It sits out its next round (a process whose connection just broke is
 *   the likeliest to be unhealthy, so a follower gets the first chance), then competes for the lock
 *   again like any follower; a lone process is back in charge after about two intervals.
 * - Limits of the guarantee: a statement already running when leadership is lost (it runs on the
 *   pool, not on the lock connection) may still finish while a new leader starts; and a leader cut
 *   off by a network partition keeps the lock until PostgreSQL notices the dead session (TCP
 *   keepalive), so takeover can take that long. Jobs must therefore be idempotent and safe to
 *   overlap with themselves; mutual exclusion here is for efficiency, not correctness.
 * - The database is unreachable: followers (and a leader that lost its connection) log a warning
 *   once, then retry each round quietly until they connect again.
 * - `stop()` while a job runs: waits for the job to return (its signal is aborted so a long job
 *   can return early), then unlocks, so the next leader never overlaps this one's last job.
 */
export async function startScheduler(options: SchedulerOptions): Promise<Scheduler> {
  const scheduler = new JobScheduler(options);
  await scheduler.start();
  return scheduler;
}

interface LockConnection {
  client: pg.Client;
  /** Set once the connection is known dead or is being closed by us; its events are ignored then. */
  closed: boolean;
}

class JobScheduler implements Scheduler {
  readonly applicationName: string | undefined;
  private readonly intervalMs: number;
  private readonly lockKey: string;
  private readonly connectionTimeoutMs: number;
  private leader = false;
  private stopped = false;
  private lock: LockConnection | undefined;
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<void> | undefined;
  private runController = new AbortController();
  private failing = false;
  /** Rounds to sit out after losing the lock connection, so a healthy follower takes over first. */
  private standDownRounds = 0;
  private stopping: Promise<void> | undefined;

  constructor(private readonly options: SchedulerOptions) {
    this.intervalMs = options.intervalMs ?? 15_000;
    this.lockKey = String(options.lockKey ?? SCHEDULER_LOCK_KEY);
    this.connectionTimeoutMs = options.connectionTimeoutMs ?? 10_000;
    this.applicationName =
      options.database.mode === 'postgres'
        ? `parkway-scheduler:${process.pid}:${randomBytes(4).toString('hex')}`
        : undefined;
  }

  isLeader(): boolean {
    return this.leader;
  }

  async start(): Promise<void> {
    if (this.options.database.mode === 'postgres' && !this.options.databaseUrl) {
      throw new Error('the scheduler needs databaseUrl on PostgreSQL (for its advisory-lock connection)');
    }
    if (this.options.database.mode === 'embedded') {
      this.leader = true;
      this.options.logger.info('scheduler: embedded database, this process runs the jobs');
    }
    let attempted!: () => void;
    const firstAttempt = new Promise<void>((resolve) => (attempted = resolve));
    this.round = this.runRound(attempted);
    await firstAttempt;
  }

  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.stopped = true;
      clearTimeout(this.timer);
      this.runController.abort(new Error('scheduler stopping'));
      await this.round;
      const wasLeader = this.leader;
      this.leader = false;
      const lock = this.lock;
      this.lock = undefined;
      if (lock && !lock.closed) {
        lock.closed = true;
        if (wasLeader) {
          // closing the session releases it too; unlocking first says so explicitly
          await lock.client.query('SELECT pg_advisory_unlock($1::bigint)', [this.lockKey]).catch(() => {});
        }
        await closeClient(lock.client, this.connectionTimeoutMs);
      }
      if (wasLeader) this.options.logger.info('scheduler stopped; leadership released');
    })();
    return this.stopping;
  }

  /** One round; never rejects. Calls `attempted` once leadership has been tried. */
  private async runRound(attempted?: () => void): Promise<void> {
    try {
      if (this.stopped) return;
      const leading = await this.ensureLeadership();
      attempted?.();
      if (leading) await this.runJobs();
    } catch (error) {
      this.options.logger.error({ err: error }, 'scheduler round failed');
    } finally {
      attempted?.();
      this.scheduleNext();
    }
  }

  private scheduleNext(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.round = this.runRound();
    }, this.intervalMs);
  }

  private async runJobs(): Promise<void> {
    const { logger, jobs } = this.options;
    for (const job of jobs) {
      // leadership can be lost (connection events) or the scheduler stopped while a job runs
      if (!this.leader || this.stopped) return;
      const startedAt = performance.now();
      try {
        await job.run({ signal: this.runController.signal });
        logger.debug({ job: job.name, ms: Math.round(performance.now() - startedAt) }, 'scheduled job done');
      } catch (error) {
        logger.error({ err: error, job: job.name, ms: Math.round(performance.now() - startedAt) }, 'scheduled job failed');
      }
    }
  }

  /** True when this process may run the jobs this round. Never throws. */
  private async ensureLeadership(): Promise<boolean> {
    if (this.options.database.mode === 'embedded') return !this.stopped;
    try {
      if (this.leader && this.lock) {
        // the session (and so the lock) is alive only if it still answers
        await this.lock.client.query('SELECT 1');
        return true;
      }
      if (this.standDownRounds > 0) {
        this.standDownRounds -= 1;
        return false;
      }
      const lock = this.lock ?? (await this.connect());
      if (this.stopped) return false;
      const { rows } = await lock.client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS locked', [
        this.lockKey,
      ]);
      if (lock.closed) return false; // lost between the answer and now
      if (this.failing) {
        this.failing = false;
        this.options.logger.info('scheduler reconnected its lock connection');
      }
      if (rows[0]?.locked) {
        this.leader = true;
        this.runController = new AbortController();
        this.options.logger.info({ applicationName: this.applicationName }, 'scheduler: this process is now the leader');
      }
      return this.leader;
    } catch (error) {
      const lock = this.lock;
      if (lock) this.handleLost(lock, error as Error);
      if (!this.failing) {
        this.failing = true;
        this.options.logger.warn(
          { err: (error as Error).message, retryInMs: this.intervalMs },
          'scheduler lock connection failed; retrying each interval',
        );
      }
      return false;
    }
  }

  private async connect(): Promise<LockConnection> {
    const client = new pg.Client({
      connectionString: this.options.databaseUrl,
      application_name: this.applicationName,
      keepAlive: true,
      connectionTimeoutMillis: this.connectionTimeoutMs,
      query_timeout: this.connectionTimeoutMs,
    });
    const lock: LockConnection = { client, closed: false };
    client.on('error', (error) => this.handleLost(lock, error));
    client.on('end', () => this.handleLost(lock, new Error('lock connection ended')));
    try {
      await client.connect();
    } catch (error) {
      lock.closed = true;
      void closeClient(client, this.connectionTimeoutMs);
      throw error;
    }
    this.lock = lock;
    return lock;
  }

  /** The lock connection is gone (or unusable): stop leading at once and drop it. */
  private handleLost(lock: LockConnection, error: Error): void {
    if (lock.closed) return;
    lock.closed = true;
    if (this.lock === lock) this.lock = undefined;
    void closeClient(lock.client, this.connectionTimeoutMs);
    if (!this.leader) return;
    this.leader = false;
    this.standDownRounds = 1;
    this.runController.abort(error);
    this.options.logger.warn(
      { err: error.message, applicationName: this.applicationName },
      'scheduler lost its lock connection: no longer the leader',
    );
  }
}

/** Ends a client; destroys its socket when a dead peer keeps `end()` from finishing. */
async function closeClient(client: pg.Client, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    client.end().catch(() => {}),
    new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs))),
  ]);
  clearTimeout(timer);
  client.connection.stream.destroy();
}
