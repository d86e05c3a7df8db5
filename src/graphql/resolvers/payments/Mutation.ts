import { markPaymentReceived, refundBooking } from '../../../domain/payments/index.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { fromGlobalIdOf } from '../../global-id.js';
import { toPayload } from '../../payload.js';

export const Mutation: Pick<MutationResolvers, 'refundBooking' | 'markPaymentReceived'> = {
  refundBooking: async (_parent, { input }, { db, viewer }) =>
    toPayload('booking', await refundBooking(db, viewer, fromGlobalIdOf('Booking', input.bookingId, 'input.bookingId'), input.amount)),
  markPaymentReceived: async (_parent, { input }, { db, viewer }) =>
    toPayload('booking', await markPaymentReceived(db, viewer, fromGlobalIdOf('Booking', input.bookingId, 'input.bookingId'))),
};
