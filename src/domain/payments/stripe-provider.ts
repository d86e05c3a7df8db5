import Stripe from 'stripe';
import { ProviderUnavailableError, type AuthorizeRequest, type AuthorizeResult, type PaymentProvider, type ProviderFee } from './provider.js';

/** How the server reaches Stripe (config.ts reads these from the environment). */
export interface StripeSettings {
  secretKey: string;
  /** Verifies webhook signatures (`whsec_...`). */
  webhookSecret?: string;
  /**
   * Another base URL for the API (e.g. `http://127.0.0.1:12111`): tests point the real library
   * at a local server that checks its requests. @default https://api.stripe.com
   */
  apiBase?: string;
  /** A call not answered within this is treated as "provider unavailable". @default 10_000 */
  timeoutMs?: number;
}

/** The official client, configured from the settings (no automatic retries: reconciliation retries). */
export function stripeClient({ secretKey, apiBase, timeoutMs = 10_000 }: StripeSettings): Stripe {
  const base = apiBase ? new URL(apiBase) : undefined;
  return new Stripe(secretKey, {
    maxNetworkRetries: 0,
    timeout: timeoutMs,
    telemetry: false,
    ...(base && { host: base.hostname, port: base.port || undefined, protocol: base.protocol === 'http:' ? 'http' : 'https' }),
  });
}

/**
 * Stripe PaymentIntents with manual capture, as Connect destination charges: the operator's
 * connected account receives the charge less the platform's application fee, so owners are
 * paid out by Stripe. A card error is a decline; no answer (time-out, connection, Stripe's 5xx,
 * rate limit) is ProviderUnavailableError, for reconciliation to settle with the same key.
 */
export function stripeProvider(settings: StripeSettings): PaymentProvider {
  const stripe = stripeClient(settings);
  const createIntent = async (request: AuthorizeRequest, manual: boolean): Promise<AuthorizeResult> => {
    if (!request.paymentMethod) return { status: 'DECLINED', reason: 'No payment method was given for this card payment' };
    const intent = await call(() =>
      stripe.paymentIntents.create(
        {
          amount: request.amount,
          currency: request.currency.toLowerCase(),
          payment_method: request.paymentMethod!,
          // confirmed here, server-side: no redirect-based methods, so no return_url is needed
          automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
          confirm: true,
          capture_method: manual ? 'manual' : 'automatic',
          ...(!manual && { off_session: true }),
          ...(request.destinationAccount && {
            transfer_data: { destination: request.destinationAccount },
            application_fee_amount: request.applicationFee,
          }),
          metadata: request.metadata,
          // a charge taken at once has its fee already: on the charge's balance transaction
          ...(!manual && { expand: [FEE_OF_CHARGE] }),
        },
        { idempotencyKey: request.idempotencyKey },
      ),
    );
    if (intent.kind === 'declined') return { status: 'DECLINED', reason: intent.reason };
    const expected = manual ? 'requires_capture' : 'succeeded';
    return intent.value.status === expected
      ? { status: 'AUTHORIZED', ref: intent.value.id, ...feeOf(intent.value) }
      : { status: 'DECLINED', reason: `The card needs ${intent.value.status.replaceAll('_', ' ')}` };
  };
  return {
    name: 'stripe',
    answersAtOnce: false,
    authorize: (request) => createIntent(request, true),
    charge: (request) => createIntent(request, false),
    capture: async ({ ref, amount, applicationFee, idempotencyKey }) =>
      feeOf(
        await required(
          call(() =>
            stripe.paymentIntents.capture(
              ref,
              { amount_to_capture: amount, application_fee_amount: applicationFee, expand: [FEE_OF_CHARGE] },
              { idempotencyKey },
            ),
          ),
        ),
      ),
    release: async ({ ref, idempotencyKey }) => {
      await required(call(() => stripe.paymentIntents.cancel(ref, {}, { idempotencyKey })));
    },
    refund: async ({ ref, amount, idempotencyKey }) => {
      await required(
        call(() => stripe.refunds.create({ payment_intent: ref, amount, reverse_transfer: true, refund_application_fee: true }, { idempotencyKey })),
      );
    },
  };
}

/**
 * Stripe's fee is on the balance transaction of the intent's charge, which exists once money was
 * taken; expanding it answers in the same call (platform account: with destination charges the
 * platform pays Stripe's fees). Its currency is the platform balance's, not always the charge's.
 */
const FEE_OF_CHARGE = 'latest_charge.balance_transaction';

function feeOf(intent: Stripe.PaymentIntent): { fee?: ProviderFee } {
  const charge = intent.latest_charge;
  const transaction = charge && typeof charge !== 'string' ? charge.balance_transaction : null;
  if (!transaction || typeof transaction === 'string') return {};
  return { fee: { amount: transaction.fee, currency: transaction.currency.toUpperCase() } };
}

type Called<T> = { kind: 'ok'; value: T } | { kind: 'declined'; reason: string };

/** A card error is an answer (declined); no answer is ProviderUnavailableError; anything else is a fault. */
async function call<T>(request: () => Promise<T>): Promise<Called<T>> {
  try {
    return { kind: 'ok', value: await request() };
  } catch (error) {
    if (error instanceof Stripe.errors.StripeCardError) return { kind: 'declined', reason: error.message };
    if (
      error instanceof Stripe.errors.StripeConnectionError ||
      error instanceof Stripe.errors.StripeAPIError ||
      error instanceof Stripe.errors.StripeRateLimitError
    ) {
      throw new ProviderUnavailableError(`Stripe did not answer: ${error.message}`);
    }
    throw error;
  }
}

async function required<T>(called: Promise<Called<T>>): Promise<T> {
  const result = await called;
  if (result.kind === 'declined') throw new Error(`Stripe refused: ${result.reason}`);
  return result.value;
}
