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

/**
 * The card provider collects this payment's money (and pays the operator's share out): a Stripe
 * payment it has not declined. Invoiced and declined charges are owed by the driver instead.
 */
export function collectedByProvider(payment: Pick<PaymentRow, 'provider' | 'declinedAt'>): boolean {
  return payment.provider === 'stripe' && payment.declinedAt === null;
}

/** Where a charge's money is owed from: the provider's clearing account, or the driver (invoice, declined). */
function debtor(payment: PaymentRow): Omit<PostingLine, 'amount'> {
  return collectedByProvider(payment) ? clearing : receivable(payment);
}

const payable = (payment: PaymentRow) => ({ kind: 'OPERATOR_PAYABLE' as const, ownerId: payment.operatorId });
const receivable = (payment: PaymentRow) => ({ kind: 'DRIVER_RECEIVABLE' as const, ownerId: payment.driverId });
const commission = { kind: 'PLATFORM_COMMISSION' as const, ownerId: null };
const clearing = { kind: 'PROVIDER_CLEARING' as const, ownerId: null };

type EntryKind = 'CAPTURE' | 'PAYOUT' | 'REFUND' | 'RECEIVED' | 'PROVIDER_FEE' | 'DECLINED';

function entry(payment: PaymentRow, kind: EntryKind, reference: string, currency = payment.currency) {
  return { kind, paymentId: payment.id, reference, currency };
}

/** The commission given back when `refunded` of a payment's capture is refunded (cumulatively rounded, so partial refunds add up to the whole). */
function commissionRefunded(payment: PaymentRow, refunded: number): number {
  const captured = payment.capturedAmount;
  return captured === 0 ? 0 : Math.round((commissionOf(captured, payment.commissionBps) * refunded) / captured);
}

/** The capture of `amount` (once per payment: a second call posts nothing and returns false). */
export async function postCapture(db: Database, payment: PaymentRow, amount: number): Promise<boolean> {
  const fee = commissionOf(amount, payment.commissionBps);
  const posted = await postJournalEntry(db, entry(payment, 'CAPTURE', 'capture'), [
    { ...debtor(payment), amount },
    { ...payable(payment), amount: -(amount - fee) },
    { ...commission, amount: -fee },
  ]);
  if (posted && collectedByProvider(payment)) {
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
  const feeBack = commissionRefunded(payment, refundedBefore + amount) - commissionRefunded(payment, refundedBefore);
  const posted = await postJournalEntry(db, entry(payment, 'REFUND', reference), [
    { ...payable(payment), amount: amount - feeBack },
    { ...commission, amount: feeBack },
    { ...debtor(payment), amount: -amount },
  ]);
  if (posted && collectedByProvider(payment)) {
    // the refund reverses the destination transfer: the operator's share comes back through Stripe
    await postJournalEntry(db, entry(payment, 'PAYOUT', `${reference}:payout`), [
      { ...payable(payment), amount: -(amount - feeBack) },
      { ...clearing, amount: amount - feeBack },
    ]);
  }
  return posted;
}

/** An invoiced (or declined) charge the operator collected itself: the driver owes nothing more, the operator holds it. */
export function postReceived(db: Database, payment: PaymentRow, amount: number): Promise<boolean> {
  return postJournalEntry(db, entry(payment, 'RECEIVED', 'received'), [
    { ...payable(payment), amount },
    { ...receivable(payment), amount: -amount },
  ]);
}

/**
 * The card provider declined a charge already posted as collected by it (capture and payout): what
 * is left of it (`owed`, captured less refunded) is owed by the driver instead of the clearing
 * account, and the operator's share the provider would have paid out is payable again. The
 * result is what an invoiced charge would have posted; the operator collects it
 * (`postReceived`). Once per payment.
 */
export function postDeclined(db: Database, payment: PaymentRow): Promise<boolean> {
  const owed = payment.capturedAmount - payment.refundedAmount;
  const commissionKept = commissionOf(payment.capturedAmount, payment.commissionBps) - commissionRefunded(payment, payment.refundedAmount);
  return postJournalEntry(db, entry(payment, 'DECLINED', 'declined'), [
    { ...receivable(payment), amount: owed },
    { ...clearing, amount: -commissionKept },
    { ...payable(payment), amount: -(owed - commissionKept) },
  ]);
}

/**
 * The card provider's fee on money it collected (`reference` names the call, once per payment):
 * an expense of the platform, out of what the provider holds for us, in the currency the
 * provider settled in.
 */
export function postProviderFee(db: Database, payment: PaymentRow, fee: { amount: number; currency: string }, reference: string): Promise<boolean> {
  if (fee.amount <= 0) return Promise.resolve(false);
  return postJournalEntry(db, entry(payment, 'PROVIDER_FEE', reference, fee.currency), [
    { kind: 'PROVIDER_FEES', ownerId: null, amount: fee.amount },
    { ...clearing, amount: -fee.amount },
  ]);
}
