import { eq, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { bookings, lots } from '../schema/index.js';

/** A booking the no-show sweep released, with where it was (for per-lot occupancy events). */
export interface NoShowRow {
  id: string;
  lotId: string;
  spaceId: string;
}

/**
 * Marks NO_SHOW every CONFIRMED booking whose start plus its lot's `arrival_grace_minutes` is
 * before `now` at a lot that observes arrival, in one statement, and returns the bookings it
 * changed. A lot whose `arrival_observation` is NONE never marks a no-show (nobody could have
 * seen the driver arrive); at a SENSOR lot, a bay whose sensor reported OCCUPIED since the
 * booking's window opened (its start less the early-arrival allowance) counts as arrived.
 *
 * - `lower(period) < now` is the index condition: it matches the partial index
 *   `bookings_confirmed_start` (`lower(period) WHERE status = 'CONFIRMED'`), and since grace is
 *   never negative (check constraint) it only narrows. The status is written as a literal, not a
 *   parameter, so the planner can always prove the partial index's predicate.
 * - CHECKED_IN, COMPLETED, CANCELLED and NO_SHOW rows are never touched. A check-in that commits
 *   while this runs wins: under READ COMMITTED the UPDATE re-checks `status = 'CONFIRMED'` on the
 *   row's newest version and skips it.
 * - Idempotent: running it twice (or in two processes at once) changes each booking once.
 */
export function markOverdueConfirmedAsNoShow(db: Database, now: Date): Promise<NoShowRow[]> {
  const at = sql`${now.toISOString()}::timestamptz`;
  return db
    .update(bookings)
    .set({ status: 'NO_SHOW', updatedAt: sql`now()` })
    .from(lots)
    .where(
      sql`${bookings.status} = 'CONFIRMED'
        AND ${eq(lots.id, bookings.lotId)}
        AND lower(${bookings.period}) < ${at}
        AND lower(${bookings.period}) + make_interval(mins => ${lots.arrivalGraceMinutes}) < ${at}
        AND ${lots.arrivalObservation} <> 'NONE'
        AND NOT (${lots.arrivalObservation} = 'SENSOR' AND EXISTS (
          SELECT 1 FROM spaces s WHERE s.id = ${bookings.spaceId} AND s.sensor_status = 'OCCUPIED'
            AND s.sensor_observed_at >= lower(${bookings.period}) - make_interval(mins => ${lots.earlyArrivalMinutes})))`,
    )
    .returning({ id: bookings.id, lotId: bookings.lotId, spaceId: bookings.spaceId });
}

/**
 * Marks COMPLETED every CONFIRMED booking whose window has ended at a lot that cannot tell
 * whether its driver came (NONE), or whose bay sensor saw them (SENSOR lots: what the no-show
 * rule above left CONFIRMED): the driver had the bay for the window, so the booking is used up.
 * Same index condition and idempotence as the no-show rule.
 */
export function completeEndedUnobserved(db: Database, now: Date): Promise<NoShowRow[]> {
  const at = sql`${now.toISOString()}::timestamptz`;
  return db
    .update(bookings)
    .set({ status: 'COMPLETED', updatedAt: sql`now()` })
    .from(lots)
    .where(
      sql`${bookings.status} = 'CONFIRMED'
        AND ${eq(lots.id, bookings.lotId)}
        AND lower(${bookings.period}) < ${at}
        AND upper(${bookings.period}) <= ${at}
        AND ${lots.arrivalObservation} IN ('NONE', 'SENSOR')`,
    )
    .returning({ id: bookings.id, lotId: bookings.lotId, spaceId: bookings.spaceId });
}
