import type { Database } from '../../db/client.js';
import { constraintViolationOf } from '../../db/errors.js';
import { findBookingById, findBookingByIdempotencyKey, findFreeSpaces, insertBooking } from '../../db/queries/bookings.js';
import { findLotsByIds } from '../../db/queries/lots.js';
import { findSpacesByIds } from '../../db/queries/spaces.js';
import type { BookingRow, SpaceRow } from '../../db/schema/index.js';
import type { Viewer } from '../auth/viewer.js';
import { physicalOccupancyFor, type LiveDataTtls } from '../availability/freshness.js';
import { fail, succeed, type Outcome } from '../outcome.js';
import { authorizePendingPayment, bookingPaymentTerms, INVOICE_ONLY, openBookingPayment, type PaymentsSetup } from '../payments/index.js';
import { requireUser } from '../policy.js';
import type { TimeWindow } from '../time/zoned.js';
import { ownedVehicle } from '../vehicles.js';
import { priceBookableWindow } from './booking-window.js';

export interface CreateBookingInput {
  lotId: string;
  window: TimeWindow;
  vehicleId: string;
  /** The kind of space wanted (default STANDARD); ignored when `spaceId` names one. */
  spaceKind?: SpaceRow['kind'];
  spaceId?: string;
  /** The same key from the same driver returns the same booking instead of a second one. */
  idempotencyKey?: string;
  /** The driver's payment method at the operator's card provider (a Stripe PaymentMethod id). */
  paymentMethod?: string;
}

/**
 * Books a space for the signed-in driver: checks the lot can take the window, prices it with the
 * quote function (the price is locked on the booking), then claims a free space (for a window
 * that covers now, one no vehicle is in: see `coversNow`). Free spaces are
 * read first, but the exclusion constraint decides: when another booking took a space in the
 * meantime (SQLSTATE 23P01) the next free space is tried, and when none is left the answer is
 * NOT_AVAILABLE, never an internal error. The operator's payment provider then holds the price
 * (domain/payments): declined, PAYMENT_DECLINED and no booking is left; no answer, the booking
 * stays PENDING_PAYMENT (holding its space, opening no gate) until reconciliation or the
 * provider's webhook settles it (CONFIRMED) or releases it (CANCELLED). An invoice hold answers at
 * once: those bookings are CONFIRMED from the start.
 */
export async function createBooking(
  db: Database,
  viewer: Viewer,
  input: CreateBookingInput,
  liveData: LiveDataTtls,
  now = new Date(),
  payments: PaymentsSetup = INVOICE_ONLY,
): Promise<Outcome<BookingRow>> {
  const { user } = requireUser(viewer);
  const key = input.idempotencyKey?.trim();
  if (key !== undefined && (key.length === 0 || key.length > 200)) {
    return fail('INVALID_INPUT', 'idempotencyKey must have 1 to 200 characters', ['input', 'idempotencyKey']);
  }
  if (key) {
    const earlier = await findBookingByIdempotencyKey(db, user.id, key);
    if (earlier) return sameRequestOrError(db, earlier, input);
  }

  const [lot] = await findLotsByIds(db, [input.lotId]);
  if (!lot || lot.archivedAt) return fail('NOT_FOUND', 'No such lot', ['input', 'lotId']);
  if (lot.availabilitySource !== 'SPACES') {
    return fail('NOT_AVAILABLE', 'This lot cannot be booked here: its operator shares free counts only', ['input', 'lotId']);
  }
  const vehicle = await ownedVehicle(db, viewer, input.vehicleId, { ownerOnly: true });
  if (!vehicle.ok) return vehicle;
  if (vehicle.value.heightCm !== null && lot.maxVehicleHeightCm !== null && vehicle.value.heightCm > lot.maxVehicleHeightCm) {
    return fail(
      'VEHICLE_TOO_HIGH',
      `The vehicle is ${vehicle.value.heightCm} cm high; this lot allows ${lot.maxVehicleHeightCm} cm`,
      ['input', 'vehicleId'],
    );
  }

  let kind = input.spaceKind ?? 'STANDARD';
  if (input.spaceId) {
    const [space] = await findSpacesByIds(db, [input.spaceId]);
    if (!space || space.lotId !== lot.id) return fail('NOT_FOUND', 'No such space in this lot', ['input', 'spaceId']);
    kind = space.kind;
  }
  const priced = await priceBookableWindow(db, lot, kind, input.window, now, ['input', 'window']);
  if (!priced.ok) return priced;

  // a bay a vehicle is in now is not free for a booking that starts now, whatever the bookings say
  const candidates = await findFreeSpaces(
    db,
    lot.id,
    input.window,
    input.spaceId ? { spaceId: input.spaceId } : { kind },
    physicalOccupancyFor(input.window, now, liveData),
  );
  // start at a random free space so concurrent requests do not all race for the first one
  const offset = Math.floor(Math.random() * candidates.length);
  for (let i = 0; i < candidates.length; i++) {
    const space = candidates[(offset + i) % candidates.length]!;
    try {
      // the booking and its PENDING payment commit together; then the provider is asked to hold the price
      const { booking, payment } = await db.transaction(async (tx) => {
        const terms = await bookingPaymentTerms(tx, lot, payments);
        const booking = await insertBooking(tx, {
          status: terms.bookingStatus,
          driverId: user.id,
          vehicleId: vehicle.value.id,
          lotId: lot.id,
          spaceId: space.id,
          period: input.window,
          priceAmount: priced.value.amount,
          currency: priced.value.currency,
          idempotencyKey: key ?? null,
        });
        return { booking, payment: await openBookingPayment(tx, booking, terms, input.paymentMethod ?? null, payments, now) };
      });
      const authorised = await authorizePendingPayment(db, payments, payment, 'delete');
      if (!authorised.ok) return authorised;
      // a booking that waited on the hold is CONFIRMED now, or still PENDING_PAYMENT
      return succeed(booking.status === 'PENDING_PAYMENT' ? (await findBookingById(db, booking.id))! : booking);
    } catch (error) {
      const violation = constraintViolationOf(error);
      if (violation === 'OVERLAP') continue;
      if (violation === 'DUPLICATE' && key) {
        // the same key raced in from a retry: answer with the booking that won
        const winner = await findBookingByIdempotencyKey(db, user.id, key);
        if (winner) return sameRequestOrError(db, winner, input);
      }
      throw error;
    }
  }
  return fail('NOT_AVAILABLE', input.spaceId ? 'That space is taken for this window' : `No ${kind} space is free for this window`, [
    'input',
    input.spaceId ? 'spaceId' : 'window',
  ]);
}

/** A retry (same key, same request) gets the earlier booking; the key on another request is an error. */
async function sameRequestOrError(db: Database, earlier: BookingRow, input: CreateBookingInput): Promise<Outcome<BookingRow>> {
  const [space] = await findSpacesByIds(db, [earlier.spaceId]);
  const sameSpace = input.spaceId ? earlier.spaceId === input.spaceId : space?.kind === (input.spaceKind ?? 'STANDARD');
  const same =
    earlier.lotId === input.lotId &&
    earlier.vehicleId === input.vehicleId &&
    earlier.period.start.getTime() === input.window.start.getTime() &&
    earlier.period.end.getTime() === input.window.end.getTime() &&
    sameSpace;
  return same
    ? succeed(earlier)
    : fail('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was used for a different booking', ['input', 'idempotencyKey']);
}
