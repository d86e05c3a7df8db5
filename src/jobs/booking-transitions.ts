import type { Database } from '../db/client.js';
import { completeEndedUnobserved, markOverdueConfirmedAsNoShow, type NoShowRow } from '../db/queries/booking-transitions.js';
import { findBookingsByIds } from '../db/queries/bookings.js';
import { chargeBooking } from '../domain/payments/index.js';
import type { Logger } from '../logger.js';
import type { Job } from './scheduler.js';

/** What one no-show sweep changed. */
export interface NoShowResult {
  /** Every booking turned NO_SHOW, with its lot and space. */
  bookings: NoShowRow[];
  /** The distinct lots whose occupancy changed (a RESERVED space became AVAILABLE). */
  lotIds: string[];
}

/** What one sweep changed: no-shows, and bookings at lots that cannot observe arrival completed at their end. */
export interface BookingTransitionsResult extends NoShowResult {
  completed: NoShowRow[];
}

/**
 * Turns CONFIRMED bookings nobody checked in for into NO_SHOW once their start plus the lot's
 * arrival grace (`lots.arrival_grace_minutes`) is before `now`, which releases their spaces
 * (NO_SHOW is not a live status, so the exclusion constraint and availability no longer count it).
 *
 * CHECKED_IN bookings are left alone, even past their window: the vehicle is still in the lot
 * until it exits (overstay is charged elsewhere). One UPDATE statement, and the no-shows' locked
 * prices captured in the same transaction; safe to repeat.
 */
export async function markNoShows(db: Database, now: Date): Promise<NoShowResult> {
  const rows = await db.transaction(async (tx) => chargeInFull(tx, await markOverdueConfirmedAsNoShow(tx, now)));
  return { bookings: rows, lotIds: [...new Set(rows.map((row) => row.lotId))] };
}

/** A no-show held its space until the grace ran out, and an unobserved booking was used: both pay the locked price they hold. */
async function chargeInFull(tx: Database, rows: NoShowRow[]): Promise<NoShowRow[]> {
  for (const booking of rows.length > 0 ? await findBookingsByIds(tx, rows.map((row) => row.id)) : []) {
    await chargeBooking(tx, booking, booking.priceAmount, { withoutHold: 'skip' });
  }
  return rows;
}

/**
 * One sweep: no-shows (see markNoShows; never at a lot whose `arrival_observation` is NONE),
 * then CONFIRMED bookings that ended at lots that cannot observe arrival (NONE, or a SENSOR lot
 * whose bay sensor saw the car) become COMPLETED, instead of waiting for a check-in that cannot come.
 */
export async function sweepBookings(db: Database, now: Date): Promise<BookingTransitionsResult> {
  const noShows = await markNoShows(db, now);
  return { ...noShows, completed: await db.transaction(async (tx) => chargeInFull(tx, await completeEndedUnobserved(tx, now))) };
}

export interface BookingTransitionsJobOptions {
  db: Database;
  logger: Logger;
  /** The clock; tests pass a fixed one. @default () => new Date() */
  now?: () => Date;
  /** Called after each sweep that changed something (a later feature emits occupancy events here). */
  onNoShows?: (result: NoShowResult) => void | Promise<void>;
}

/** The scheduler job for time-driven booking transitions: no-shows, and unobserved bookings completed at their end. */
export function bookingTransitionsJob({
  db,
  logger,
  now = () => new Date(),
  onNoShows,
}: BookingTransitionsJobOptions): Job {
  return {
    name: 'booking-transitions',
    run: async () => {
      const result = await sweepBookings(db, now());
      if (result.completed.length > 0) {
        logger.info({ count: result.completed.length, bookingIds: result.completed.map((row) => row.id) }, 'unobserved bookings completed at their end');
      }
      if (result.bookings.length === 0) return;
      logger.info(
        { count: result.bookings.length, lots: result.lotIds.length, bookingIds: result.bookings.map((row) => row.id) },
        'bookings marked NO_SHOW',
      );
      await onNoShows?.(result);
    },
  };
}
