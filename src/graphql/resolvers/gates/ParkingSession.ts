import type { ParkingSessionResolvers } from '../../generated/resolvers-types.js';
import { toGlobalId } from '../../global-id.js';
import { required } from '../base/required.js';

export const ParkingSession: ParkingSessionResolvers = {
  id: (session) => toGlobalId('ParkingSession', session.id),
  lot: async (session, _args, { loaders }) => required(loaders.lot.load(session.lotId), 'lot of session'),
  space: async (session, _args, { loaders }) => required(loaders.space.load(session.spaceId), 'space of session'),
  booking: (session, _args, { loaders }) => (session.bookingId ? loaders.booking.load(session.bookingId) : null),
  entryGate: async (session, _args, { loaders }) => required(loaders.gate.load(session.entryGateId), 'entry gate'),
  exitGate: (session, _args, { loaders }) => (session.exitGateId ? loaders.gate.load(session.exitGateId) : null),
  charge: (session) => (session.chargeAmount === null ? null : { amount: session.chargeAmount, currency: session.currency }),
};
