import express, { type Router } from 'express';
import type { Database } from '../db/client.js';
import { applyStripeWebhook, WebhookSignatureError, type PaymentsSetup } from '../domain/payments/index.js';
import type { Logger } from '../logger.js';

/** Where Stripe delivers webhooks (configure this URL in the Stripe Dashboard). */
export const STRIPE_WEBHOOK_PATH = '/webhooks/stripe';

/**
 * `POST /webhooks/stripe`: the raw body (the signature covers its exact bytes) handed to the
 * payments domain. A bad signature is 400 and changes nothing; a replay is 200 like the first
 * delivery, so Stripe stops retrying. Not mounted without STRIPE_SECRET_KEY.
 */
export function stripeWebhookRouter(db: Database, payments: PaymentsSetup, logger: Logger): Router {
  const router = express.Router();
  router.post(STRIPE_WEBHOOK_PATH, express.raw({ type: '*/*', limit: '1mb' }), async (req, res, next) => {
    try {
      const outcome = await applyStripeWebhook(db, payments.stripe!, req.body as Buffer, req.header('stripe-signature'));
      res.json({ received: true, outcome });
    } catch (error) {
      if (!(error instanceof WebhookSignatureError)) return next(error);
      logger.warn({ reason: error.message }, 'stripe webhook refused');
      res.status(400).json({ error: 'signature verification failed' });
    }
  });
  return router;
}
