import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { eq, inArray } from 'drizzle-orm';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type Database, type DatabaseHandle } from '../src/db/client.js';
import { DEMO_DRIVER_EMAIL } from '../src/seed/demo-city.js';
import { bookings, lots, spaces, users, vehicles, type BookingRow } from '../src/db/schema/index.js';
import { bookingTransitionsJob, markNoShows, startScheduler, type Job, type Scheduler } from '../src/jobs/index.js';
import type { Logger } from '../src/logger.js';
import { createPostgresDatabase, onPostgres, openTestDatabase, releaseTestDatabase, withRollback } from './helpers/database.js';

const INTERVAL_MS = 50;
const minutes = (n: number) => n * 60_000;

/** A pino logger whose records the test can read. */
function capturingLogger(): { logger: Logger; records: Array<{ level: number; msg: string; job?: string; err?: unknown }> } {
  const records: Array<{ level: number; msg: string; job?: string }> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      records.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), records };
}

async function waitFor(predicate: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const startedAt = Date.now();
  while (!(await predicate())) {
    if (Date.now() - startedAt > timeoutMs) throw new Error(`not true within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolved by afterEach too, so a failed test never leaves stop() waiting on a blocked job. */
const unreleased: Array<() => void> = [];

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  unreleased.push(resolve);
  return { promise, resolve };
}

/** A job that counts its runs and records when each started and ended. */
function countingJob(name: string, work: () => Promise<void> = async () => {}) {
  const runs: Array<{ start: number; end?: number }> = [];
  const job: Job = {
    name,
    run: async () => {
      const run: { start: number; end?: number } = { start: performance.now() };
      runs.push(run);
      try {
        await work();
      } finally {
        run.end = performance.now();
      }
    },
  };
  return { job, runs };
}

// The scheduler needs the URL on PostgreSQL (for its lock connection), which openTestDatabase hides.
let database: DatabaseHandle;
let databaseUrl: string | undefined;
const started: Scheduler[] = [];
/** Set to an array to collect the SQL the test database is sent (parameters inlined). */
let statements: string[] | undefined;

beforeAll(async () => {
  const onQuery = (query: string, params: unknown[]) => statements?.push(inline(query, params));
  if (onPostgres) {
    databaseUrl = await createPostgresDatabase();
    database = await openPostgres({ url: databaseUrl, poolMax: 4, onQuery });
  } else {
    database = await openTestDatabase(onQuery);
  }
});
afterEach(async () => {
  for (const release of unreleased.splice(0)) release();
  await Promise.all(started.splice(0).map((scheduler) => scheduler.stop()));
});
afterAll(() => database && releaseTestDatabase(database));

async function start(options: { jobs: Job[]; logger?: Logger; on?: DatabaseHandle }): Promise<Scheduler> {
  const scheduler = await startScheduler({
    database: options.on ?? database,
    databaseUrl,
    logger: options.logger ?? capturingLogger().logger,
    intervalMs: INTERVAL_MS,
    jobs: options.jobs,
  });
  started.push(scheduler);
  return scheduler;
}

/** Two lots (arrival grace 10 and 60 minutes), a driver and their vehicle, and a fresh space per booking. */
async function noShowFixture(tx: Database) {
  const [lotA, lotB] = await tx.select().from(lots).orderBy(lots.id).limit(2);
  await tx.update(lots).set({ arrivalGraceMinutes: 10 }).where(eq(lots.id, lotA!.id));
  await tx.update(lots).set({ arrivalGraceMinutes: 60 }).where(eq(lots.id, lotB!.id));
  const [driver] = await tx.select().from(users).where(eq(users.email, DEMO_DRIVER_EMAIL));
  const [vehicle] = await tx.select().from(vehicles).where(eq(vehicles.ownerId, driver!.id)).limit(1);
  let spaceNumber = 0;
  const book = async (lotId: string, start: Date, status: BookingRow['status'], end = new Date(start.getTime() + minutes(120))) => {
    spaceNumber += 1;
    const [space] = await tx
      .insert(spaces)
      .values({ lotId, label: `NOSHOW-${spaceNumber}-${randomBytes(3).toString('hex')}` })
      .returning();
    const [row] = await tx
      .insert(bookings)
      .values({
        driverId: driver!.id,
        vehicleId: vehicle!.id,
        lotId,
        spaceId: space!.id,
        period: { start, end },
        status,
        priceAmount: 500,
        currency: 'GBP',
      })
      .returning();
    return row!;
  };
  return { lotA: lotA!.id, lotB: lotB!.id, book };
}

describe('markNoShows', () => {
  const now = new Date('2031-03-01T12:00:00Z');
  const ago = (m: number) => new Date(now.getTime() - minutes(m));

  it('marks NO_SHOW exactly the CONFIRMED bookings whose start plus their own lot grace has passed', () =>
    withRollback(database.db, async (tx) => {
      const { lotA, lotB, book } = await noShowFixture(tx);
      const overdueA = await book(lotA, ago(11), 'CONFIRMED');
      const longGoneA = await book(lotA, ago(300), 'CONFIRMED', ago(180));
      const overdueB = await book(lotB, ago(61), 'CONFIRMED');
      const untouched = [
        await book(lotA, ago(9), 'CONFIRMED'), // within lot A's 10 minutes
        await book(lotA, ago(10), 'CONFIRMED'), // grace ends exactly now: not yet passed
        await book(lotB, ago(30), 'CONFIRMED'), // overdue by lot A's grace, not by lot B's 60 minutes
        await book(lotA, new Date(now.getTime() + minutes(60)), 'CONFIRMED'), // in the future
        await book(lotA, ago(180), 'CHECKED_IN', ago(60)), // still in the lot after its window
        await book(lotA, ago(120), 'CANCELLED'),
        await book(lotA, ago(240), 'COMPLETED', ago(200)),
      ];

      const result = await markNoShows(tx, now);

      expect(result.bookings.map((row) => row.id).sort()).toEqual([overdueA.id, longGoneA.id, overdueB.id].sort());
      expect(result.bookings).toContainEqual({ id: overdueB.id, lotId: lotB, spaceId: overdueB.spaceId });
      expect(result.lotIds.sort()).toEqual([lotA, lotB].sort());
      const after = await tx
        .select({ id: bookings.id, status: bookings.status })
        .from(bookings)
        .where(inArray(bookings.id, [overdueA.id, longGoneA.id, overdueB.id, ...untouched.map((row) => row.id)]));
      const statusOf = new Map(after.map((row) => [row.id, row.status]));
      for (const row of [overdueA, longGoneA, overdueB]) expect(statusOf.get(row.id)).toBe('NO_SHOW');
      for (const row of untouched) expect(statusOf.get(row.id)).toBe(row.status);
    }));

  it('releases the space: a new booking may take the no-show window; a second run changes nothing', () =>
    withRollback(database.db, async (tx) => {
      const { lotA, book } = await noShowFixture(tx);
      const overdue = await book(lotA, ago(15), 'CONFIRMED');
      expect((await markNoShows(tx, now)).bookings.map((row) => row.id)).toEqual([overdue.id]);
      expect(await markNoShows(tx, now)).toEqual({ bookings: [], lotIds: [] });

      // the exclusion constraint no longer counts it: the same space and window can be booked again
      const [again] = await tx
        .insert(bookings)
        .values({ ...overdue, id: undefined, status: 'CONFIRMED', idempotencyKey: null })
        .returning();
      expect(again!.status).toBe('CONFIRMED');
    }));

  it('finds the overdue bookings through the partial index on lower(period)', () =>
    withRollback(database.db, async (tx) => {
      // the statement Drizzle sends, with its parameters inlined, explained with sequential scans off
      statements = [];
      await markNoShows(tx, now);
      const [statement] = statements.filter((text) => text.startsWith('update "bookings"'));
      statements = undefined;
      expect(statement).toBeDefined();
      await tx.execute('SET LOCAL enable_seqscan = off');
      const plan = (await tx.execute(`EXPLAIN ${statement}`)) as unknown as { rows: Array<{ 'QUERY PLAN': string }> };
      const planText = plan.rows.map((row) => row['QUERY PLAN']).join('\n');
      expect(planText).toContain('bookings_confirmed_start');
      expect(planText).toMatch(/Index Cond: \(lower\(/);
    }));
});

/** Inlines `$n` parameters (strings here) so the statement can be EXPLAINed on either driver. */
function inline(query: string, params: unknown[]): string {
  return query.replace(/\$(\d+)/g, (_, n: string) => `'${String(params[Number(n) - 1]).replaceAll("'", "''")}'`);
}

describe('the scheduler', () => {
  it('runs its jobs each interval, in order, one at a time; a slow job delays the next round', async () => {
    let running = 0;
    let mostAtOnce = 0;
    const order: string[] = [];
    const track = (name: string, ms: number) => async () => {
      order.push(name);
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      await delay(ms);
      running -= 1;
    };
    const slow = countingJob('slow', track('slow', 3 * INTERVAL_MS));
    const quick = countingJob('quick', track('quick', 0));
    const scheduler = await start({ jobs: [slow.job, quick.job] });

    await waitFor(() => quick.runs.length >= 3);
    expect(scheduler.isLeader()).toBe(true);
    expect(mostAtOnce).toBe(1);
    expect(order.slice(0, 6)).toEqual(['slow', 'quick', 'slow', 'quick', 'slow', 'quick']);
    // each round starts only after the previous round's slow job ended, plus the interval
    for (let i = 1; i < slow.runs.length; i += 1) {
      expect(slow.runs[i]!.start).toBeGreaterThanOrEqual(slow.runs[i - 1]!.end! + INTERVAL_MS - 2);
    }
  });

  it('logs a job that throws and keeps running it and the jobs after it', async () => {
    const { logger, records } = capturingLogger();
    const failing = countingJob('failing', async () => {
      throw new Error('boom');
    });
    const after = countingJob('after');
    await start({ jobs: [failing.job, after.job], logger });

    await waitFor(() => failing.runs.length >= 3 && after.runs.length >= 3);
    const failures = records.filter((record) => record.msg === 'scheduled job failed');
    expect(failures.length).toBeGreaterThanOrEqual(3);
    expect(failures[0]).toMatchObject({ job: 'failing', level: 50, err: { message: 'boom' } });
  });

  it('stop() aborts the running job, waits for it to return, and runs nothing afterwards', async () => {
    const release = deferred();
    let signal: AbortSignal | undefined;
    const blocking: Job = {
      name: 'blocking',
      run: async (context) => {
        signal = context.signal;
        await release.promise;
      },
    };
    const next = countingJob('next');
    const scheduler = await start({ jobs: [blocking, next.job] });
    await waitFor(() => signal !== undefined);

    let stopped = false;
    const stopping = scheduler.stop().then(() => (stopped = true));
    await waitFor(() => signal!.aborted);
    await delay(2 * INTERVAL_MS);
    expect(stopped).toBe(false);
    release.resolve();
    await stopping;
    expect(scheduler.isLeader()).toBe(false);
    await delay(4 * INTERVAL_MS);
    expect(next.runs).toHaveLength(0);
  });

  it('with the booking transitions job, turns an overdue booking into NO_SHOW on its own', async () => {
    const [lot] = await database.db.select().from(lots).orderBy(lots.id).limit(1);
    const [driver] = await database.db.select().from(users).where(eq(users.email, DEMO_DRIVER_EMAIL));
    const [vehicle] = await database.db.select().from(vehicles).where(eq(vehicles.ownerId, driver!.id)).limit(1);
    const [space] = await database.db.insert(spaces).values({ lotId: lot!.id, label: 'SCHEDULER-E2E' }).returning();
    const startsAt = new Date(Date.now() - minutes(lot!.arrivalGraceMinutes + 5));
    const [booking] = await database.db
      .insert(bookings)
      .values({
        driverId: driver!.id,
        vehicleId: vehicle!.id,
        lotId: lot!.id,
        spaceId: space!.id,
        period: { start: startsAt, end: new Date(startsAt.getTime() + minutes(120)) },
        priceAmount: 500,
        currency: 'GBP',
      })
      .returning();
    const seen: string[][] = [];
    try {
      await start({
        jobs: [
          bookingTransitionsJob({ db: database.db, logger: capturingLogger().logger, onNoShows: (r) => void seen.push(r.lotIds) }),
        ],
      });
      const statusNow = async () =>
        (await database.db.select().from(bookings).where(eq(bookings.id, booking!.id)))[0]!.status;
      // the sweep reports its no-shows after its last statement commits: wait for the report too
      await waitFor(async () => (await statusNow()) === 'NO_SHOW' && seen.length > 0);
      expect(seen).toContainEqual([lot!.id]);
    } finally {
      await Promise.all(started.splice(0).map((scheduler) => scheduler.stop()));
      await database.db.delete(bookings).where(eq(bookings.id, booking!.id));
      await database.db.delete(spaces).where(eq(spaces.id, space!.id));
    }
  });

  it.runIf(!onPostgres)('on the embedded database the process is always the leader', async () => {
    const scheduler = await start({ jobs: [] });
    expect(scheduler.isLeader()).toBe(true);
    expect(scheduler.applicationName).toBeUndefined();
  });

  it.runIf(onPostgres)('refuses to start on PostgreSQL without databaseUrl', async () => {
    await expect(
      startScheduler({ database, logger: capturingLogger().logger, jobs: [], intervalMs: INTERVAL_MS }),
    ).rejects.toThrow(/databaseUrl/);
  });
});

// Several processes on one database, and killing a backend, need a real PostgreSQL server.
describe.runIf(onPostgres)('leader election on PostgreSQL', () => {
  let first: DatabaseHandle;
  let second: DatabaseHandle;
  let admin: pg.Client;

  beforeAll(async () => {
    // two handles (two pools) on one database, as two server processes would have
    first = await openPostgres({ url: databaseUrl!, poolMax: 2 });
    second = await openPostgres({ url: databaseUrl!, poolMax: 2 });
    admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await first?.close();
    await second?.close();
  });

  /** application_name of every session holding the scheduler's advisory lock. */
  async function lockHolders(): Promise<string[]> {
    const { rows } = await admin.query<{ application_name: string }>(
      `SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
       WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    );
    return rows.map((row) => row.application_name);
  }

  async function twoSchedulers() {
    const a = countingJob('a');
    const b = countingJob('b');
    const schedulerA = await start({ jobs: [a.job], on: first });
    const schedulerB = await start({ jobs: [b.job], on: second });
    return { a, b, schedulerA, schedulerB };
  }

  it('elects exactly one leader, and only the leader runs jobs', async () => {
    const { a, b, schedulerA, schedulerB } = await twoSchedulers();
    expect(schedulerA.isLeader()).toBe(true);
    await waitFor(() => a.runs.length >= 5);
    expect(schedulerB.isLeader()).toBe(false);
    expect(b.runs).toHaveLength(0);
    expect(await lockHolders()).toEqual([schedulerA.applicationName]);
  });

  it('when the leader stops, the other takes over within a few intervals', async () => {
    const { a, b, schedulerA, schedulerB } = await twoSchedulers();
    await waitFor(() => a.runs.length >= 2);
    await schedulerA.stop();
    const runsOfA = a.runs.length;

    await waitFor(() => schedulerB.isLeader(), 10 * INTERVAL_MS);
    await waitFor(() => b.runs.length >= 3);
    expect(a.runs).toHaveLength(runsOfA);
    expect(await lockHolders()).toEqual([schedulerB.applicationName]);
  });

  it("when the leader's lock connection is terminated, it stops at once and the other takes over", async () => {
    const release = deferred();
    let signal: AbortSignal | undefined;
    const blocking: Job = {
      name: 'blocking',
      run: async (context) => {
        signal = context.signal;
        await release.promise;
      },
    };
    const afterBlocking = countingJob('after-blocking');
    const { logger, records } = capturingLogger();
    const schedulerA = await start({ jobs: [blocking, afterBlocking.job], on: first, logger });
    const b = countingJob('b');
    const schedulerB = await start({ jobs: [b.job], on: second });
    await waitFor(() => signal !== undefined);
    expect(schedulerA.isLeader()).toBe(true);

    const { rowCount } = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [
      schedulerA.applicationName,
    ]);
    expect(rowCount).toBe(1);

    // the running job is told, and the old leader gives up before it returns
    await waitFor(() => signal!.aborted && !schedulerA.isLeader(), 2_000);
    expect(records.some((record) => record.msg === 'scheduler lost its lock connection: no longer the leader')).toBe(true);
    await waitFor(() => schedulerB.isLeader(), 10 * INTERVAL_MS);
    release.resolve();
    await waitFor(() => b.runs.length >= 3);
    // the rest of the old leader's round was skipped, and it has not run since
    expect(afterBlocking.runs).toHaveLength(0);
    expect(schedulerA.isLeader()).toBe(false);
    expect(await lockHolders()).toEqual([schedulerB.applicationName]);
  });

  it('a lone leader whose connection was terminated reconnects and leads again', async () => {
    const a = countingJob('a');
    const { logger, records } = capturingLogger();
    const scheduler = await start({ jobs: [a.job], on: first, logger });
    await waitFor(() => a.runs.length >= 1);
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [
      scheduler.applicationName,
    ]);
    await waitFor(() => records.some((record) => record.msg === 'scheduler lost its lock connection: no longer the leader'), 2_000);
    const runsBefore = a.runs.length;
    await waitFor(() => scheduler.isLeader() && a.runs.length > runsBefore, 20 * INTERVAL_MS);
    expect(await lockHolders()).toEqual([scheduler.applicationName]);
  });
});
