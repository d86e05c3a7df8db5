import type { Database } from '../../db/client.js';
import {
  findCapturesAwaitingHold,
  findDueProviderOperations,
  findOperatorForPayments,
  findPendingAuthorizations,
  finishProviderOperation,
  lockPayment,
  updatePayment,
} from '../../db/queries/payments.js';
import type { PaymentRow, ProviderOperationRow } from '../../db/schema/index.js';
import { declineCapturedPayment } from './declines.js';
import { authorizePendingPayment, providerOf, releaseBookingOf, type PaymentsSetup } from './lifecycle.js';
import { commissionOf, postProviderFee } from './postings.js';
import type { ProviderFee } from './provider.js';

/** What one reconciliation round did. */
export interface ReconciliationResult {
  /** PENDING payments the provider now answered for (authorised or declined). */
  settled: number;
  /** PENDING payments past their expiry with still no answer: released, their bookings cancelled. */
  released: number;
  /** Provider calls made (captures, releases, refunds, charges). */
  operations: number;
  /** Provider calls that failed this round (tried again next round). */
  failed: number;
  /** Charges the provider declined after they were recorded: now owed by their drivers. */
  declined: number;
}

const BATCH = 50;

/**
 * Settles what the providers left open: asks again (same idempotency key) for each PENDING
 * authorisation older than `retryAfterMs`, and for each one captured before it was answered;
 * releases those still unanswered at their expiry (cancelling the unused booking, free); and makes
 * the provider calls written beside captures, releases, refunds and charges, posting the
 * provider's fee with the call's result. Safe to repeat and to run in two processes: each call
 * carries its key, and each result is applied under the payment's lock.
 */
export async function reconcilePayments(db: Database, setup: PaymentsSetup, now: Date, retryAfterMs: number): Promise<ReconciliationResult> {
  const result: ReconciliationResult = { settled: 0, released: 0, operations: 0, failed: 0, declined: 0 };
  const before = new Date(now.getTime() - retryAfterMs);
  for (const payment of await findPendingAuthorizations(db, before, BATCH)) {
    const answered = await authorizePendingPayment(db, setup, payment, 'cancel');
    if (!answered.ok || answered.value.status !== 'PENDING') {
      result.settled++;
      continue;
    }
    if (payment.expiresAt && payment.expiresAt <= now && (await releaseIfStillPending(db, payment.id, now))) result.released++;
  }
  for (const payment of await findCapturesAwaitingHold(db, before, BATCH)) {
    const answered = await authorizePendingPayment(db, setup, payment, 'cancel');
    if (answered.ok && answered.value.declinedAt) result.declined++;
    else if (answered.ok && answered.value.providerRef) result.settled++;
  }
  for (const { operation, payment } of await findDueProviderOperations(db, BATCH)) {
    try {
      const outcome = await perform(db, setup, operation, payment);
      await db.transaction(async (tx) => {
        const current = (await lockPayment(tx, payment.id))!;
        if (outcome.declined !== undefined) {
          await declineCapturedPayment(tx, current, outcome.declined, now);
          result.declined++;
          return;
        }
        if (outcome.ref) await updatePayment(tx, current.id, { providerRef: outcome.ref });
        if (outcome.fee) await postProviderFee(tx, current, outcome.fee, `${operation.kind.toLowerCase()}:fee`);
        await finishProviderOperation(tx, operation.id, {});
      });
      result.operations++;
    } catch (error) {
      await finishProviderOperation(db, operation.id, { error: (error as Error).message });
      result.failed++;
    }
  }
  return result;
}

async function releaseIfStillPending(db: Database, paymentId: string, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const current = await lockPayment(tx, paymentId);
    if (current?.status !== 'PENDING') return false;
    await releaseBookingOf(tx, current, now);
    return true;
  });
}

/** What a provider call came back with: a new charge's reference, the provider's fee, or a decline of a charge. */
interface Performed {
  ref?: string;
  fee?: ProviderFee;
  declined?: string;
}

async function perform(db: Database, setup: PaymentsSetup, operation: ProviderOperationRow, payment: PaymentRow): Promise<Performed> {
  const provider = providerOf(setup, payment.provider);
  const key = operation.idempotencyKey;
  switch (operation.kind) {
    case 'CAPTURE':
      return provider.capture({ ref: payment.providerRef!, amount: operation.amount, applicationFee: commissionOf(operation.amount, payment.commissionBps), idempotencyKey: key });
    case 'RELEASE':
      await provider.release({ ref: payment.providerRef!, idempotencyKey: key });
      return {};
    case 'REFUND':
      await provider.refund({ ref: payment.providerRef!, amount: operation.amount, idempotencyKey: key });
      return {};
    case 'CHARGE': {
      const operator = await findOperatorForPayments(db, payment.operatorId);
      const charged = await provider.charge({
        amount: operation.amount,
        currency: payment.currency,
        paymentMethod: payment.paymentMethod,
        destinationAccount: operator.stripeAccountId,
        applicationFee: commissionOf(operation.amount, payment.commissionBps),
        idempotencyKey: key,
        metadata: { payment_id: payment.id, ...(payment.bookingId && { booking_id: payment.bookingId }) },
      });
      return charged.status === 'DECLINED' ? { declined: charged.reason } : { ref: charged.ref, fee: charged.fee };
    }
  }
}
