import type { Database } from '../../db/client.js';
import { isWithinGeofence, selfCheckInPointOf } from '../../db/queries/arrivals.js';
import { findBookingById } from '../../db/queries/bookings.js';
import { findOpenSession, findSessionsOfBookings, findSpaceForArrival, lockLotForGateDecision, spaceHasOpenSession } from '../../db/queries/gates.js';
import { findLotsByIds } from '../../db/queries/lots.js';
import { findVehiclesByIds } from '../../db/queries/vehicles.js';
import type { BookingRow, LotRow, ParkingSessionRow } from '../../db/schema/index.js';
import type { LatLng } from '../../db/wkb.js';
import type { Viewer } from '../auth/viewer.js';
import { closeParkingSessionWithCharge, openParkingSession } from '../gates/sessions.js';
import { check } from '../inventory/checks.js';
import { fail, succeed, type Outcome } from '../outcome.js';
import { isSelf, requireUser } from '../policy.js';
import { sensorFreshSince, type LiveDataTtls } from '../availability/freshness.js';

export interface SelfCheckInput {
  bookingId: string;
  /** Where the driver's phone is; must be within the lot's geofence when given (or required). */
  position?: LatLng | null;
}

/** The booking after a check-in or check-out, and the stay it opened or closed. */
export interface SelfCheckResult {
  booking: BookingRow;
  session: ParkingSessionRow;
}

const MINUTE_MS = 60_000;

/**
 * The driver says they have parked: at a SELF_CHECK_IN lot, for their own CONFIRMED booking,
 * from the lot's early-arrival allowance before its start (the one gates use) until its end,
 * and, when they send a position (or the lot requires one), within the lot's geofence. Opens the
 * parking session on the booked bay (another free bay when a vehicle is in it) exactly as a gate
 * entry does, so the booking is CHECKED_IN and the live map sees the bay occupied.
 *
 * Self check-in is only offered where the lot declares it: at a GATE lot the camera checks in
 * (a tap must not bypass the barrier's plate check), at a SENSOR lot the bay sensor, and a NONE
 * lot does not track arrival at all (its bookings complete at their end).
 */
export async function checkIn(
  db: Database,
  viewer: Viewer,
  input: SelfCheckInput,
  liveData: LiveDataTtls,
  now = new Date(),
): Promise<Outcome<SelfCheckResult>> {
  const found = await selfServiceBooking(db, viewer, input);
  if (!found.ok) return found;
  const { booking, lot } = found.value;
  if (booking.status === 'PENDING_PAYMENT') return awaitingPayment();
  if (booking.status !== 'CONFIRMED') {
    return fail('WRONG_BOOKING_STATUS', `A ${booking.status.toLowerCase()} booking cannot be checked in`, ['input', 'bookingId']);
  }
  const opensAt = booking.period.start.getTime() - lot.earlyArrivalMinutes * MINUTE_MS;
  if (now.getTime() < opensAt || now >= booking.period.end) {
    return fail(
      'OUTSIDE_CHECK_IN_WINDOW',
      `Check-in opens ${lot.earlyArrivalMinutes} minutes before the booking starts and closes when it ends`,
      ['input', 'bookingId'],
    );
  }
  const [vehicle] = await findVehiclesByIds(db, [booking.vehicleId]);
  return db.transaction(async (tx) => {
    await lockLotForGateDecision(tx, lot.id);
    // re-read under the lock: a concurrent check-in or the no-show sweep may have got there first
    const current = (await findBookingById(tx, booking.id))!;
    if (current.status === 'PENDING_PAYMENT') return awaitingPayment();
    if (current.status !== 'CONFIRMED') {
      return fail('WRONG_BOOKING_STATUS', `A ${current.status.toLowerCase()} booking cannot be checked in`, ['input', 'bookingId']);
    }
    if (await findOpenSession(tx, lot.id, vehicle!.plate)) {
      return fail('WRONG_BOOKING_STATUS', `${vehicle!.plate} is parked in this lot already`, ['input', 'bookingId']);
    }
    const spaceId = (await spaceHasOpenSession(tx, current.spaceId)) ? await findSpaceForArrival(tx, lot.id, now, sensorFreshSince(now, liveData)) : current.spaceId;
    if (!spaceId) return fail('NOT_AVAILABLE', 'Your bay is taken and no other bay is free; ask the lot staff', ['input', 'bookingId']);
    const point = await selfCheckInPointOf(tx, lot.id);
    const session = await openParkingSession(tx, lot, {
      kind: 'BOOKING',
      spaceId,
      bookingId: current.id,
      plate: vehicle!.plate,
      entryGateId: point.id,
      enteredAt: now,
    });
    return succeed({ booking: (await findBookingById(tx, current.id))!, session });
  });
}

/**
 * The driver says they have left: their CHECKED_IN booking at a SELF_CHECK_IN lot (position as
 * for check-in). Closes the stay now and charges it as a gate exit does (the booking's price,
 * plus any overstay past the lot's grace); the booking is COMPLETED.
 */
export async function checkOut(db: Database, viewer: Viewer, input: SelfCheckInput, now = new Date()): Promise<Outcome<SelfCheckResult>> {
  const found = await selfServiceBooking(db, viewer, input);
  if (!found.ok) return found;
  const { booking, lot } = found.value;
  const notCheckedIn = () =>
    fail<SelfCheckResult>('WRONG_BOOKING_STATUS', `A ${booking.status.toLowerCase()} booking cannot be checked out`, ['input', 'bookingId']);
  if (booking.status !== 'CHECKED_IN') return notCheckedIn();
  return db.transaction(async (tx) => {
    await lockLotForGateDecision(tx, lot.id);
    const [session] = await findSessionsOfBookings(tx, [booking.id]);
    if (!session || session.exitedAt) return notCheckedIn();
    const point = await selfCheckInPointOf(tx, lot.id);
    const closed = await closeParkingSessionWithCharge(tx, session.id, lot, { exitGateId: point.id, exitedAt: now });
    return succeed({ booking: (await findBookingById(tx, booking.id))!, session: closed });
  });
}

/** The viewer's own booking at a lot that takes self check-in, with the driver where they may check in. */
async function selfServiceBooking(
  db: Database,
  viewer: Viewer,
  input: SelfCheckInput,
): Promise<Outcome<{ booking: BookingRow; lot: LotRow }>> {
  requireUser(viewer);
  if (input.position && check.latLng(input.position)) {
    return fail('INVALID_INPUT', `position ${check.latLng(input.position)}`, ['input', 'position']);
  }
  const booking = await findBookingById(db, input.bookingId);
  // only the driver checks in: someone else's booking is "not found", so ids cannot be probed
  if (!booking || !isSelf(viewer, booking.driverId)) return fail('NOT_FOUND', 'No such booking', ['input', 'bookingId']);
  const [lot] = await findLotsByIds(db, [booking.lotId]);
  if (lot!.arrivalObservation !== 'SELF_CHECK_IN') {
    return fail('SELF_CHECK_IN_NOT_OFFERED', `This lot observes arrival by ${lot!.arrivalObservation.toLowerCase()}, not by self check-in`, [
      'input',
      'bookingId',
    ]);
  }
  if (!input.position) {
    return lot!.checkInPositionRequired
      ? fail('INVALID_INPUT', 'This lot needs your position to check in or out', ['input', 'position'])
      : succeed({ booking, lot: lot! });
  }
  if (!(await isWithinGeofence(db, lot!.id, input.position))) {
    return fail('OUTSIDE_GEOFENCE', `You are more than ${lot!.geofenceRadiusM} m from the lot`, ['input', 'position']);
  }
  return succeed({ booking, lot: lot! });
}

/** A booking whose payment the provider has not confirmed yet is not checked in (a gate refuses it too). */
function awaitingPayment(): Outcome<never> {
  return fail('PAYMENT_PENDING', 'The booking is waiting for its payment to be confirmed; check in once it is', ['input', 'bookingId']);
}
