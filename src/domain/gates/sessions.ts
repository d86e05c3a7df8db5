import type { Database } from '../../db/client.js';
import { findBookingById, updateBooking } from '../../db/queries/bookings.js';
import { closeParkingSession, findParkingSessionsByIds, insertParkingSession } from '../../db/queries/gates.js';
import { findSpacesByIds } from '../../db/queries/spaces.js';
import { findTariffsOfLots } from '../../db/queries/tariffs.js';
import type { LotRow, ParkingSessionRow } from '../../db/schema/index.js';
import { chargeBooking, chargeUnbookedStay } from '../payments/index.js';
import { chargeForStay } from './charge.js';

/** A vehicle let in: at a gate (a camera's OPEN, staff admitting it) or at a self check-in point. */
export interface Arrival {
  kind: ParkingSessionRow['kind'];
  spaceId: string;
  bookingId?: string | null;
  /** Normalised. */
  plate: string;
  entryGateId: string;
  enteredAt: Date;
}

/**
 * Opens the vehicle's parking session (its space counts as OCCUPIED; the occupancy triggers turn
 * the insert into a live-map event) and checks its booking in. Call inside the transaction that
 * holds the lot's lock (lockLotForGateDecision).
 */
export async function openParkingSession(db: Database, lot: Pick<LotRow, 'id' | 'currency'>, arrival: Arrival): Promise<ParkingSessionRow> {
  const { bookingId = null, ...rest } = arrival;
  const session = await insertParkingSession(db, { ...rest, bookingId, lotId: lot.id, currency: lot.currency });
  if (bookingId) await updateBooking(db, bookingId, 'CONFIRMED', { status: 'CHECKED_IN' });
  return session;
}

/**
 * Closes an open session at `exitedAt` (never before its entry) with its charge, the way every
 * exit is charged (charge.ts), completes its booking and takes the payment (domain/payments). `exitGateId` is null when staff close
 * a stay whose exit no gate saw. Call under the lot's lock.
 */
export async function closeParkingSessionWithCharge(
  db: Database,
  sessionId: string,
  lot: LotRow,
  exit: { exitGateId: string | null; exitedAt: Date },
): Promise<ParkingSessionRow> {
  const session = (await findParkingSessionsByIds(db, [sessionId]))[0]!;
  // a camera clock behind the entry camera's must not make a negative stay
  const exitedAt = exit.exitedAt < session.enteredAt ? session.enteredAt : exit.exitedAt;
  const booking = session.bookingId ? await findBookingById(db, session.bookingId) : undefined;
  const space = (await findSpacesByIds(db, [session.spaceId]))[0]!;
  const tariffs = await findTariffsOfLots(db, [lot.id]);
  const chargeAmount = chargeForStay(session, exitedAt, booking, lot, tariffs, space.kind);
  const closed = await closeParkingSession(db, session.id, { exitGateId: exit.exitGateId, exitedAt, chargeAmount });
  if (booking) await updateBooking(db, booking.id, 'CHECKED_IN', { status: 'COMPLETED' });
  // the money moves in the same transaction: the booking's hold captured (plus overstay), or a walk-in invoiced
  if (booking) await chargeBooking(db, booking, chargeAmount);
  else await chargeUnbookedStay(db, closed, lot);
  return closed;
}
