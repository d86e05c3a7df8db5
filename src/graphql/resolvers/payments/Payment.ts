import { paymentStatusView, receiptOf } from '../../../domain/payments/index.js';
import { toGlobalId } from '../../../domain/public-ids.js';
import type { PaymentResolvers } from '../../generated/resolvers-types.js';
import { required } from '../base/required.js';

export const Payment: PaymentResolvers = {
  id: (payment) => toGlobalId('Payment', payment.id),
  status: (payment) => paymentStatusView(payment),
  provider: (payment) => (payment.provider === 'stripe' ? 'STRIPE' : 'INVOICE'),
  authorized: (payment) => ({ amount: payment.authorizedAmount, currency: payment.currency }),
  captured: (payment) => ({ amount: payment.capturedAmount, currency: payment.currency }),
  refunded: (payment) => ({ amount: payment.refundedAmount, currency: payment.currency }),
  booking: (payment, _args, { loaders }) => (payment.bookingId ? loaders.booking.load(payment.bookingId) : null),
  lot: (payment, _args, { loaders }) => required(loaders.lot.load(payment.lotId), `lot ${payment.lotId}`),
  receipt: async (payment, _args, { loaders }) => receiptOf(payment, await required(loaders.lot.load(payment.lotId), `lot ${payment.lotId}`)) ?? null,
};
