import { bookingPaymentView } from '../../../domain/payments/index.js';
import { canActOnBooking } from '../../../domain/policy.js';
import type { BookingResolvers } from '../../generated/resolvers-types.js';
import { toGlobalId } from '../../global-id.js';
import { required } from '../base/required.js';

/** Every field of Booking, including `parkingSession` from schema/gates.graphql and `payment` from payments.graphql. */
export const Booking: BookingResolvers = {
  id: (booking) => toGlobalId('Booking', booking.id),
  window: (booking) => booking.period,
  lot: (booking, _args, { loaders }) => required(loaders.lot.load(booking.lotId), `lot ${booking.lotId}`),
  space: (booking, _args, { loaders }) => required(loaders.space.load(booking.spaceId), `space ${booking.spaceId}`),
  vehicle: (booking, _args, { loaders }) => required(loaders.vehicle.load(booking.vehicleId), `vehicle ${booking.vehicleId}`),
  driver: (booking, _args, { loaders, viewer }) => (canActOnBooking(viewer, booking) ? loaders.user.load(booking.driverId) : null),
  price: (booking) => ({ amount: booking.priceAmount, currency: booking.currency }),
  cancellationFee: (booking) =>
    booking.cancellationFeeAmount === null ? null : { amount: booking.cancellationFeeAmount, currency: booking.currency },
  // gates
  parkingSession: (booking, _args, { loaders }) => loaders.sessionOfBooking.load(booking.id),

  // payments
  payment: async (booking, _args, { loaders }) => bookingPaymentView(await loaders.paymentsOfBooking.load(booking.id)) ?? null,
};
