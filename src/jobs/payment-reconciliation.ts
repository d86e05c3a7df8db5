import type { Database } from '../db/client.js';
import type { PaymentsSetup } from '../domain/payments/lifecycle.js';
import { reconcilePayments } from '../domain/payments/reconciliation.js';
import type { Logger } from '../logger.js';
import type { Job } from './scheduler.js';

/**
 * Settles payments the providers left open (domain/payments/reconciliation.ts): PENDING
 * authorisations (and holds captured before they were answered) asked again or released at
 * expiry, and the provider calls queued beside captures, releases, refunds and charges, with the
 * provider's fees; charges declined late become debts the driver owes.
 */
export function paymentReconciliationJob({
  db,
  logger,
  payments,
  retryAfterMs = 30_000,
  now = () => new Date(),
}: {
  db: Database;
  logger: Logger;
  payments: PaymentsSetup;
  /** A PENDING authorisation younger than this may still be in its createBooking's call. @default 30_000 */
  retryAfterMs?: number;
  now?: () => Date;
}): Job {
  return {
    name: 'payment-reconciliation',
    run: async () => {
      const result = await reconcilePayments(db, payments, now(), retryAfterMs);
      if (Object.values(result).some((count) => count > 0)) logger.info(result, 'payments reconciled');
    },
  };
}
