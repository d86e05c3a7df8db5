import { cancelBooking, extendBooking } from '../../domain/bookings/change-booking.js';
import { createBooking } from '../../domain/bookings/create-booking.js';
import { canActOnBooking } from '../../domain/policy.js';
import type { BookingResolvers, MutationResolvers } from '../generated/resolvers-types.js';
import { fromGlobalIdOf, toGlobalId } from '../global-id.js';
import { toPayload } from '../payload.js';
import { required } from './required.js';
import { toWindow } from './search.js';

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
};

export const bookingMutations: Pick<MutationResolvers, 'createBooking' | 'cancelBooking' | 'extendBooking'> = {
  createBooking: async (_parent, { input }, { db, viewer }) =>
    toPayload(
      'booking',
      await createBooking(db, viewer, {
        lotId: fromGlobalIdOf('Lot', input.lotId, 'input.lotId'),
        window: toWindow(input.window)!,
        vehicleId: fromGlobalIdOf('Vehicle', input.vehicleId, 'input.vehicleId'),
        spaceKind: input.spaceKind ?? undefined,
        spaceId: input.spaceId ? fromGlobalIdOf('Space', input.spaceId, 'input.spaceId') : undefined,
        idempotencyKey: input.idempotencyKey ?? undefined,
      }),
    ),
  cancelBooking: async (_parent, { input }, { db, viewer }) =>
    toPayload('booking', await cancelBooking(db, viewer, fromGlobalIdOf('Booking', input.bookingId, 'input.bookingId'))),
  extendBooking: async (_parent, { input }, { db, viewer }) =>
    toPayload(
      'booking',
      await extendBooking(db, viewer, fromGlobalIdOf('Booking', input.bookingId, 'input.bookingId'), input.end),
    ),
};
