import type { PaymentProvider } from './provider.js';

/**
 * The embedded default, for operators who bill drivers themselves: nothing leaves the process.
 * An authorisation always succeeds (the driver agreed to pay on the operator's terms); a capture
 * becomes a receivable in the ledger, which the operator marks paid (`markPaymentReceived`).
 */
export const invoiceProvider: PaymentProvider = {
  name: 'invoice',
  answersAtOnce: true,
  authorize: async ({ idempotencyKey }) => ({ status: 'AUTHORIZED', ref: `invoice:${idempotencyKey}` }),
  charge: async ({ idempotencyKey }) => ({ status: 'AUTHORIZED', ref: `invoice:${idempotencyKey}` }),
  capture: async () => ({}),
  release: async () => {},
  refund: async () => {},
};
