import { admitVehicle, checkIn, checkOut, closeSession, type SelfCheckResult, type StaffActionResult } from '../../../domain/arrivals/index.js';
import type { Outcome } from '../../../domain/outcome.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { fromGlobalIdOf } from '../../global-id.js';

const bookingId = (id: string) => fromGlobalIdOf('Booking', id, 'input.bookingId');

function selfCheckPayload(outcome: Outcome<SelfCheckResult>) {
  return outcome.ok ? { ...outcome.value, userErrors: [] } : { booking: null, session: null, userErrors: outcome.errors };
}

function staffActionPayload(outcome: Outcome<StaffActionResult>) {
  return outcome.ok ? { ...outcome.value, userErrors: [] } : { action: null, session: null, userErrors: outcome.errors };
}

export const Mutation: Pick<MutationResolvers, 'checkIn' | 'checkOut' | 'admitVehicle' | 'closeSession'> = {
  checkIn: async (_parent, { input }, { db, viewer, liveData }) =>
    selfCheckPayload(await checkIn(db, viewer, { bookingId: bookingId(input.bookingId), position: input.position }, liveData)),
  checkOut: async (_parent, { input }, { db, viewer }) =>
    selfCheckPayload(await checkOut(db, viewer, { bookingId: bookingId(input.bookingId), position: input.position })),
  admitVehicle: async (_parent, { input }, { db, viewer, liveData }) =>
    staffActionPayload(
      await admitVehicle(db, viewer, {
        plateReadId: input.plateReadId ? fromGlobalIdOf('PlateRead', input.plateReadId, 'input.plateReadId') : null,
        gateId: input.gateId ? fromGlobalIdOf('Gate', input.gateId, 'input.gateId') : null,
        plate: input.plate,
        reason: input.reason,
      }, liveData),
    ),
  closeSession: async (_parent, { input }, { db, viewer }) =>
    staffActionPayload(
      await closeSession(db, viewer, {
        sessionId: fromGlobalIdOf('ParkingSession', input.sessionId, 'input.sessionId'),
        reason: input.reason,
        exitedAt: input.exitedAt,
      }),
    ),
};
