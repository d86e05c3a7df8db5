/** Payments: providers, the payment lifecycle, the ledger's postings, refunds, reconciliation. */
import { invoiceProvider } from './invoice-provider.js';
import { DEFAULT_PENDING_TTL_MS, type PaymentsSetup } from './lifecycle.js';
import { stripeProvider, type StripeSettings } from './stripe-provider.js';

export {
  authorizePendingPayment,
  bookingPaymentTerms,
  chargeBooking,
  chargeUnbookedStay,
  DEFAULT_PENDING_TTL_MS,
  openBookingPayment,
  type PaymentsSetup,
} from './lifecycle.js';
export { markPaymentReceived, refundBooking } from './refunds.js';
export { reconcilePayments, type ReconciliationResult } from './reconciliation.js';
export { ProviderUnavailableError, type PaymentProvider, type PaymentProviders } from './provider.js';
export { invoiceProvider } from './invoice-provider.js';
export { stripeProvider, type StripeSettings } from './stripe-provider.js';
export { applyStripeWebhook, WebhookSignatureError, type WebhookOutcome } from './stripe-webhooks.js';
export { bookingPaymentView, operatorStatement, paymentStatusView, receiptOf, statementCsv } from './views.js';

/** The embedded default: every operator bills by invoice; no card provider is configured. */
export const INVOICE_ONLY: PaymentsSetup = { providers: { invoice: invoiceProvider }, pendingTtlMs: DEFAULT_PENDING_TTL_MS };

/** The providers of a server: invoice always; Stripe when its settings are given. */
export function createPaymentsSetup({ stripe, pendingTtlMs = DEFAULT_PENDING_TTL_MS }: { stripe?: StripeSettings; pendingTtlMs?: number } = {}): PaymentsSetup {
  return { providers: { invoice: invoiceProvider, ...(stripe && { stripe: stripeProvider(stripe) }) }, pendingTtlMs, stripe };
}
