import type Stripe from 'stripe';
import type { Database } from '../../db/client.js';
import { findPaymentByProviderRef, lockPayment, recordProviderEvent, updatePayment } from '../../db/queries/payments.js';
import { applyHoldAnswer } from './lifecycle.js';
import { postRefund } from './postings.js';
import { stripeClient, type StripeSettings } from './stripe-provider.js';

/** The request's signature did not verify: answer 400, change nothing. */
export class WebhookSignatureError extends Error {
  override readonly name = 'WebhookSignatureError';
}

/** What a delivery did: applied, a replay of an event seen before, or a type Parkway does not act on. */
export type WebhookOutcome = 'applied' | 'replayed' | 'ignored';

/**
 * Verifies a Stripe webhook delivery with the library's signature check (`constructEvent`, the
 * raw body and `Stripe-Signature`) and applies it once: the event id is recorded in the same
 * transaction as its effect, so a replay changes nothing.
 *
 * - `payment_intent.amount_capturable_updated`: a PENDING authorisation is now held (its
 *   PENDING_PAYMENT booking CONFIRMED);
 * - `payment_intent.payment_failed` / `.canceled`: a PENDING one failed, so its booking is
 *   cancelled; one captured before it was answered becomes a debt the driver owes;
 * - `charge.refunded`: a refund made at Stripe (its Dashboard) beyond what Parkway refunded is
 *   entered in the ledger.
 */
export async function applyStripeWebhook(db: Database, settings: StripeSettings, rawBody: Buffer, signature: string | undefined): Promise<WebhookOutcome> {
  if (!settings.webhookSecret || !signature) throw new WebhookSignatureError('No signature, or no STRIPE_WEBHOOK_SECRET to check it with');
  let event: Stripe.Event;
  try {
    event = stripeClient(settings).webhooks.constructEvent(rawBody, signature, settings.webhookSecret);
  } catch (error) {
    throw new WebhookSignatureError((error as Error).message);
  }
  return db.transaction(async (tx) => {
    if (!(await recordProviderEvent(tx, { id: event.id, type: event.type, payload: event }))) return 'replayed';
    switch (event.type) {
      case 'payment_intent.amount_capturable_updated':
        return settleIntent(tx, event.data.object, 'held');
      case 'payment_intent.payment_failed':
      case 'payment_intent.canceled':
        return settleIntent(tx, event.data.object, 'failed');
      case 'charge.refunded':
        return refundedAtStripe(tx, event.data.object, event.id);
      default:
        return 'ignored';
    }
  });
}

/** A hold the API left unanswered: PENDING, or captured meanwhile (its reference still unknown). */
async function settleIntent(tx: Database, intent: Stripe.PaymentIntent, outcome: 'held' | 'failed'): Promise<WebhookOutcome> {
  const paymentId = intent.metadata?.payment_id;
  const payment = paymentId ? await lockPayment(tx, paymentId) : undefined;
  const unanswered = payment?.status === 'PENDING' || (payment?.status === 'CAPTURED' && payment.providerRef === null && payment.declinedAt === null);
  if (!payment || !unanswered) return 'ignored';
  const reason = intent.last_payment_error?.message ?? `The payment intent was ${intent.status === 'canceled' ? 'canceled' : 'declined'}`;
  await applyHoldAnswer(tx, payment, outcome === 'held' ? { status: 'AUTHORIZED', ref: intent.id } : { status: 'DECLINED', reason }, 'cancel');
  return 'applied';
}

async function refundedAtStripe(tx: Database, charge: Stripe.Charge, eventId: string): Promise<WebhookOutcome> {
  const intentId = typeof charge.payment_intent === 'string' ? charge.payment_intent : charge.payment_intent?.id;
  const payment = intentId ? await findPaymentByProviderRef(tx, intentId) : undefined;
  if (!payment) return 'ignored';
  const refundedAtStripe = Math.min(charge.amount_refunded, payment.capturedAmount);
  const extra = refundedAtStripe - payment.refundedAmount;
  if (extra <= 0) return 'ignored';
  await updatePayment(tx, payment.id, { refundedAmount: refundedAtStripe });
  await postRefund(tx, payment, payment.refundedAmount, extra, `stripe:${eventId}`);
  return 'applied';
}
