import type { Database } from '../../db/client.js';
import { findBookingById } from '../../db/queries/bookings.js';
import { findLotsByIds } from '../../db/queries/lots.js';
import { insertProviderOperation, lockPaymentsOfBooking, updatePayment } from '../../db/queries/payments.js';
import type { BookingRow, PaymentRow } from '../../db/schema/index.js';
import type { Viewer } from '../auth/viewer.js';
import { fail, succeed, type Outcome } from '../outcome.js';
import { canHandleOperatorMoney, requireSignedIn } from '../policy.js';
import { collectedByProvider, postReceived, postRefund } from './postings.js';

/** The booking when the viewer may handle its money (its operator's managers); else "not found". */
async function bookingForMoney(db: Database, viewer: Viewer, bookingId: string): Promise<Outcome<BookingRow>> {
  requireSignedIn(viewer);
  const booking = await findBookingById(db, bookingId);
  const [lot] = booking ? await findLotsByIds(db, [booking.lotId]) : [];
  if (!booking || !lot || !canHandleOperatorMoney(viewer, lot.operatorId)) return fail('NOT_FOUND', 'No such booking', ['input', 'bookingId']);
  return succeed(booking);
}

/**
 * Gives money back to the driver: `amount` (minor units; all that is left when omitted) out of
 * what was captured for the booking and not refunded yet, newest charge first. Never more than
 * was captured: REFUND_EXCEEDS_CAPTURE, and the database's CHECK agrees. The ledger entry and the
 * provider's refund (made by the reconciliation job, idempotency key per refund) are written in
 * one transaction.
 */
export async function refundBooking(db: Database, viewer: Viewer, bookingId: string, amount?: number | null): Promise<Outcome<BookingRow>> {
  const found = await bookingForMoney(db, viewer, bookingId);
  if (!found.ok) return found;
  if (amount !== undefined && amount !== null && (!Number.isInteger(amount) || amount <= 0)) {
    return fail('INVALID_INPUT', 'amount must be a positive whole number of minor units', ['input', 'amount']);
  }
  return db.transaction(async (tx) => {
    const refundable = (await lockPaymentsOfBooking(tx, bookingId)).filter((payment) => payment.capturedAmount > payment.refundedAmount).reverse();
    const left = refundable.reduce((sum, payment) => sum + payment.capturedAmount - payment.refundedAmount, 0);
    const wanted = amount ?? left;
    if (left === 0) return fail('NOTHING_TO_REFUND', 'Nothing captured for this booking is left to refund', ['input', 'bookingId']);
    if (wanted > left) return fail('REFUND_EXCEEDS_CAPTURE', `At most ${left} can be refunded`, ['input', 'amount']);
    let rest = wanted;
    for (const payment of refundable) {
      const part = Math.min(rest, payment.capturedAmount - payment.refundedAmount);
      if (part === 0) break;
      await refundPart(tx, payment, part);
      rest -= part;
    }
    return succeed(found.value);
  });
}

async function refundPart(tx: Database, payment: PaymentRow, amount: number): Promise<void> {
  const before = payment.refundedAmount;
  const after = before + amount;
  const reference = `refund:${after}`;
  await updatePayment(tx, payment.id, { refundedAmount: after });
  await postRefund(tx, payment, before, amount, reference);
  if (collectedByProvider(payment)) {
    await insertProviderOperation(tx, { paymentId: payment.id, kind: 'REFUND', amount, idempotencyKey: `${payment.id}:${reference}` });
  }
}

/**
 * The operator collected an invoiced booking's charges itself (cash, bank transfer), or card
 * charges the provider declined (OWED): the driver owes nothing more. Card payments the provider
 * collected are not marked.
 */
export async function markPaymentReceived(db: Database, viewer: Viewer, bookingId: string, now = new Date()): Promise<Outcome<BookingRow>> {
  const found = await bookingForMoney(db, viewer, bookingId);
  if (!found.ok) return found;
  return db.transaction(async (tx) => {
    const open = (await lockPaymentsOfBooking(tx, bookingId)).filter(
      (payment) => !collectedByProvider(payment) && payment.status === 'CAPTURED' && payment.receivedAt === null,
    );
    if (open.length === 0) return fail('NOTHING_TO_RECEIVE', 'No invoiced charge of this booking is waiting to be paid', ['input', 'bookingId']);
    for (const payment of open) {
      const owed = payment.capturedAmount - payment.refundedAmount;
      if (owed > 0) await postReceived(tx, payment, owed);
      await updatePayment(tx, payment.id, { receivedAt: now });
    }
    return succeed(found.value);
  });
}
