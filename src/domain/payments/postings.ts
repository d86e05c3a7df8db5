import { postJournalEntry, type PostingLine } from '../../db/queries/ledger.js';
import type { Database } from '../../db/client.js';
import type { PaymentRow } from '../../db/schema/index.js';

/**
 * How money moves, as double entries (debits positive, credits negative, each entry summing to
 * zero; the database checks that at commit). A capture owes the operator the charge less the
 * platform's commission. With Stripe the money lands in the provider's clearing account and the
 * destination charge pays the operator's share out at once (a PAYOUT entry); with invoices the
 * driver owes it (a receivable) until the operator marks it received.
 */

/** The platform's commission on `amount` at `bps` basis points, rounded to the minor unit. */
export function commissionOf(amount: number, bps: number): number {
  return Math.round((amount * bps) / 10_000);
}

/** Where a charge's money is owed from: the provider's clearing account, or the driver (invoice). */
function debtor(payment: PaymentRow): Omit<PostingLine, 'amount'> {
  return payment.provider === 'stripe'
    ? { kind: 'PROVIDER_CLEARING', ownerId: null }
    : { kind: 'DRIVER_RECEIVABLE', ownerId: payment.driverId };
}

const payable = (payment: PaymentRow) => ({ kind: 'OPERATOR_PAYABLE' as const, ownerId: payment.operatorId });
const commission = { kind: 'PLATFORM_COMMISSION' as const, ownerId: null };
const clearing = { kind: 'PROVIDER_CLEARING' as const, ownerId: null };

function entry(payment: PaymentRow, kind: 'CAPTURE' | 'PAYOUT' | 'REFUND' | 'RECEIVED', reference: string) {
  return { kind, paymentId: payment.id, reference, currency: payment.currency };
}

/** The capture of `amount` (once per payment: a second call posts nothing and returns false). */
export async function postCapture(db: Database, payment: PaymentRow, amount: number): Promise<boolean> {
  const fee = commissionOf(amount, payment.commissionBps);
  const posted = await postJournalEntry(db, entry(payment, 'CAPTURE', 'capture'), [
    { ...debtor(payment), amount },
    { ...payable(payment), amount: -(amount - fee) },
    { ...commission, amount: -fee },
  ]);
  if (posted && payment.provider === 'stripe') {
    await postJournalEntry(db, entry(payment, 'PAYOUT', 'capture:payout'), [
      { ...payable(payment), amount: amount - fee },
      { ...clearing, amount: -(amount - fee) },
    ]);
  }
  return posted;
}

/**
 * Gives `amount` back of a payment that had `refundedBefore` refunded already; the commission is
 * given back in proportion (cumulatively rounded, so partial refunds add up to the whole).
 */
export async function postRefund(db: Database, payment: PaymentRow, refundedBefore: number, amount: number, reference: string): Promise<boolean> {
  const captured = payment.capturedAmount;
  const fee = commissionOf(captured, payment.commissionBps);
  const share = (refunded: number) => Math.round((fee * refunded) / captured);
  const feeBack = share(refundedBefore + amount) - share(refundedBefore);
  const posted = await postJournalEntry(db, entry(payment, 'REFUND', reference), [
    { ...payable(payment), amount: amount - feeBack },
    { ...commission, amount: feeBack },
    { ...debtor(payment), amount: -amount },
  ]);
  if (posted && payment.provider === 'stripe') {
    // the refund reverses the destination transfer: the operator's share comes back through Stripe
    await postJournalEntry(db, entry(payment, 'PAYOUT', `${reference}:payout`), [
      { ...payable(payment), amount: -(amount - feeBack) },
      { ...clearing, amount: amount - feeBack },
    ]);
  }
  return posted;
}

/** An invoiced charge the operator collected itself: the driver owes nothing more, the operator holds it. */
export function postReceived(db: Database, payment: PaymentRow, amount: number): Promise<boolean> {
  return postJournalEntry(db, entry(payment, 'RECEIVED', 'received'), [
    { ...payable(payment), amount },
    { kind: 'DRIVER_RECEIVABLE', ownerId: payment.driverId, amount: -amount },
  ]);
}
