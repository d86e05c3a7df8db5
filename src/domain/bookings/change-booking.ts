import type { Database } from '../../db/client.js';
import { constraintViolationOf } from '../../db/errors.js';
import { findBookingById, updateBooking } from '../../db/queries/bookings.js';
import { findLotsByIds } from '../../db/queries/lots.js';
import { lockPaymentsOfBooking } from '../../db/queries/payments.js';
import { findSpacesByIds } from '../../db/queries/spaces.js';
import type { BookingRow } from '../../db/schema/index.js';
import type { Viewer } from '../auth/viewer.js';
import { fail, succeed, type Outcome } from '../outcome.js';
import { chargeBooking } from '../payments/index.js';
import { canActOnBooking, requireUser } from '../policy.js';
import { priceBookableWindow } from './booking-window.js';

/**
 * Cancels a booking that has not started being used (CONFIRMED, or PENDING_PAYMENT: still waiting
 * on its hold). Free until the lot's `freeCancellationMinutes` before the start; later, the lot's
 * fee, never more than the price (from a hold not answered yet, the fee is captured when it is,
 * and owed by the driver if it is declined).
 */
export async function cancelBooking(db: Database, viewer: Viewer, bookingId: string, now = new Date()): Promise<Outcome<BookingRow>> {
  requireUser(viewer);
  const booking = await visibleBooking(db, viewer, bookingId);
  if (!booking.ok) return booking;
  const { status } = booking.value;
  if ((status !== 'CONFIRMED' && status !== 'PENDING_PAYMENT') || booking.value.period.end <= now) {
    return fail('NOT_CANCELLABLE', `A ${booking.value.status.toLowerCase()} booking cannot be cancelled`, ['input', 'bookingId']);
  }
  const [lot] = await findLotsByIds(db, [booking.value.lotId]);
  const freeUntil = booking.value.period.start.getTime() - lot!.freeCancellationMinutes * 60_000;
  const fee = now.getTime() < freeUntil ? 0 : Math.min(lot!.cancellationFeeAmount, booking.value.priceAmount);
  const cancelled = await db.transaction(async (tx) => {
    // payments first, booking second: the order in which a hold's answer changes them (no deadlock)
    await lockPaymentsOfBooking(tx, bookingId);
    const changed = await updateBooking(tx, bookingId, status, { status: 'CANCELLED', cancellationFeeAmount: fee, cancelledAt: now });
    // the fee is captured and the rest of the hold released with the cancellation
    if (changed) await chargeBooking(tx, changed, fee);
    return changed;
  });
  // a concurrent change (check-in, no-show) got there first
  return cancelled ? succeed(cancelled) : fail('NOT_CANCELLABLE', 'The booking changed meanwhile; fetch it again', ['input', 'bookingId']);
}

/**
 * Moves a live booking's end later, on the same space, when that space stays free and the lot
 * stays open; the whole stay is priced again and the new price locked.
 */
export async function extendBooking(
  db: Database,
  viewer: Viewer,
  bookingId: string,
  newEnd: Date,
  now = new Date(),
): Promise<Outcome<BookingRow>> {
  requireUser(viewer);
  const found = await visibleBooking(db, viewer, bookingId);
  if (!found.ok) return found;
  const booking = found.value;
  if (booking.status !== 'CONFIRMED' && booking.status !== 'CHECKED_IN') {
    return fail('NOT_EXTENDABLE', `A ${booking.status.toLowerCase()} booking cannot be extended`, ['input', 'bookingId']);
  }
  if (newEnd <= booking.period.end) return fail('INVALID_WINDOW', 'The new end must be after the current end', ['input', 'end']);
  if (booking.period.end <= now) return fail('NOT_EXTENDABLE', 'The booking has already ended', ['input', 'bookingId']);

  const [lot] = await findLotsByIds(db, [booking.lotId]);
  const [space] = await findSpacesByIds(db, [booking.spaceId]);
  const window = { start: booking.period.start, end: newEnd };
  // the start may be past for a checked-in booking: judge the window from its start
  const priced = await priceBookableWindow(db, lot!, space!.kind, window, booking.period.start, ['input', 'end']);
  if (!priced.ok) return priced;
  try {
    const extended = await updateBooking(db, booking.id, booking.status, { period: window, priceAmount: priced.value.amount });
    return extended ? succeed(extended) : fail('NOT_EXTENDABLE', 'The booking changed meanwhile; fetch it again', ['input', 'bookingId']);
  } catch (error) {
    if (constraintViolationOf(error) === 'OVERLAP') {
      return fail('NOT_AVAILABLE', 'The space is booked by someone else after your booking', ['input', 'end']);
    }
    throw error;
  }
}

/** The booking when the viewer may act on it; someone else's booking is "not found". */
async function visibleBooking(db: Database, viewer: Viewer, bookingId: string): Promise<Outcome<BookingRow>> {
  const booking = await findBookingById(db, bookingId);
  if (!booking || !canActOnBooking(viewer, booking)) return fail('NOT_FOUND', 'No such booking', ['input', 'bookingId']);
  return succeed(booking);
}
