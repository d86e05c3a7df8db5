import type { BookingPaymentResolvers } from '../../generated/resolvers-types.js';

export const BookingPayment: BookingPaymentResolvers = {
  authorized: (view) => ({ amount: view.authorized, currency: view.currency }),
  captured: (view) => ({ amount: view.captured, currency: view.currency }),
  refunded: (view) => ({ amount: view.refunded, currency: view.currency }),
};
