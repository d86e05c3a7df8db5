import { cancelBooking, extendBooking } from '../../../domain/bookings/change-booking.js';
import { createBooking } from '../../../domain/bookings/create-booking.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { fromGlobalIdOf } from '../../global-id.js';
import { toPayload } from '../../payload.js';
import { toWindow } from '../base/time-window.js';

export const Mutation: Pick<MutationResolvers, 'createBooking' | 'cancelBooking' | 'extendBooking'> = {
  createBooking: async (_parent, { input }, { db, viewer, payments, liveData }) =>
    toPayload(
      'booking',
      await createBooking(db, viewer, {
        lotId: fromGlobalIdOf('Lot', input.lotId, 'input.lotId'),
        window: toWindow(input.window)!,
        vehicleId: fromGlobalIdOf('Vehicle', input.vehicleId, 'input.vehicleId'),
        spaceKind: input.spaceKind ?? undefined,
        spaceId: input.spaceId ? fromGlobalIdOf('Space', input.spaceId, 'input.spaceId') : undefined,
        idempotencyKey: input.idempotencyKey ?? undefined,
        paymentMethod: input.paymentMethod ?? undefined,
      }, liveData, undefined, payments),
    ),
  cancelBooking: async (_parent, { input }, { db, viewer }) =>
    toPayload('booking', await cancelBooking(db, viewer, fromGlobalIdOf('Booking', input.bookingId, 'input.bookingId'))),
  extendBooking: async (_parent, { input }, { db, viewer }) =>
    toPayload(
      'booking',
      await extendBooking(db, viewer, fromGlobalIdOf('Booking', input.bookingId, 'input.bookingId'), input.end),
    ),
};
