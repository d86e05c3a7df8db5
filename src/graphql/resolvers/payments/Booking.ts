import { bookingPaymentView } from '../../../domain/payments/index.js';
import type { BookingResolvers } from '../../generated/resolvers-types.js';

/** Booking's fields from schema/payments.graphql. */
export const Booking: Pick<BookingResolvers, 'payment'> = {
  payment: async (booking, _args, { loaders }) => bookingPaymentView(await loaders.paymentsOfBooking.load(booking.id)) ?? null,
};
