import type { Database } from '../../db/client.js';
import { abandonProviderOperations, updatePayment } from '../../db/queries/payments.js';
import type { PaymentRow } from '../../db/schema/index.js';
import { postDeclined } from './postings.js';

/**
 * A charge already recorded as captured that the card provider then declined: a hold captured
 * before the provider had answered it (a cancellation fee of a PENDING_PAYMENT booking, a stay
 * completed while the provider was down) and declined later, or an off-session charge (an
 * overstay) declined by the card. The books move the amount from the provider to the driver
 * (`postDeclined`): the payment shows OWED until the operator collects it and marks it received
 * (`markPaymentReceived`). The provider calls still waiting for it (its capture, refunds) are
 * given up: there is nothing at the provider to capture or refund. Call with the payment locked;
 * a payment declined before is returned unchanged.
 */
export async function declineCapturedPayment(tx: Database, payment: PaymentRow, reason: string, now: Date): Promise<PaymentRow> {
  if (payment.declinedAt) return payment;
  const declined = await updatePayment(tx, payment.id, { declinedAt: now, declineReason: reason });
  await postDeclined(tx, declined);
  await abandonProviderOperations(tx, payment.id, `declined: ${reason}`);
  return declined;
}
