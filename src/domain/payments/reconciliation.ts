import type { Database } from '../../db/client.js';
import {
  findDueProviderOperations,
  findOperatorForPayments,
  findPendingAuthorizations,
  finishProviderOperation,
  lockPayment,
  updatePayment,
} from '../../db/queries/payments.js';
import type { PaymentRow, ProviderOperationRow } from '../../db/schema/index.js';
import { authorizePendingPayment, providerOf, releaseBookingOf, type PaymentsSetup } from './lifecycle.js';
import { commissionOf } from './postings.js';

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
}

const BATCH = 50;

/**
 * Settles what the providers left open: asks again (same idempotency key) for each PENDING
 * authorisation older than `retryAfterMs`, releases those still unanswered at their expiry
 * (cancelling the unused booking, free), and makes the provider calls written beside captures,
 * releases and refunds. Safe to repeat and to run in two processes: each call carries its key.
 */
export async function reconcilePayments(db: Database, setup: PaymentsSetup, now: Date, retryAfterMs: number): Promise<ReconciliationResult> {
  const result: ReconciliationResult = { settled: 0, released: 0, operations: 0, failed: 0 };
  for (const payment of await findPendingAuthorizations(db, new Date(now.getTime() - retryAfterMs), BATCH)) {
    const answered = await authorizePendingPayment(db, setup, payment, 'cancel');
    if (!answered.ok || answered.value.status !== 'PENDING') {
      result.settled++;
      continue;
    }
    if (payment.expiresAt && payment.expiresAt <= now && (await releaseIfStillPending(db, payment.id, now))) result.released++;
  }
  for (const { operation, payment } of await findDueProviderOperations(db, BATCH)) {
    try {
      await perform(db, setup, operation, payment);
      await finishProviderOperation(db, operation.id, {});
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

async function perform(db: Database, setup: PaymentsSetup, operation: ProviderOperationRow, payment: PaymentRow): Promise<void> {
  const provider = providerOf(setup, payment.provider);
  const key = operation.idempotencyKey;
  switch (operation.kind) {
    case 'CAPTURE':
      return provider.capture({ ref: payment.providerRef!, amount: operation.amount, applicationFee: commissionOf(operation.amount, payment.commissionBps), idempotencyKey: key });
    case 'RELEASE':
      return provider.release({ ref: payment.providerRef!, idempotencyKey: key });
    case 'REFUND':
      return provider.refund({ ref: payment.providerRef!, amount: operation.amount, idempotencyKey: key });
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
      if (charged.status === 'DECLINED') throw new Error(`charge declined: ${charged.reason}`);
      await updatePayment(db, payment.id, { providerRef: charged.ref });
    }
  }
}
