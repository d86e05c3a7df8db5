import type { PlateReadResolvers } from '../../generated/resolvers-types.js';
import { toGlobalId } from '../../global-id.js';
import { required } from '../base/required.js';

export const PlateRead: PlateReadResolvers = {
  id: (read) => toGlobalId('PlateRead', read.id),
  gate: async (read, _args, { loaders }) => required(loaders.gate.load(read.gateId), 'gate of plate read'),
  booking: (read, _args, { loaders }) => (read.bookingId ? loaders.booking.load(read.bookingId) : null),
  session: (read, _args, { loaders }) => (read.sessionId ? loaders.parkingSession.load(read.sessionId) : null),
  repeated: (read) => read.repeatOf !== null,
  receivedAt: (read) => read.createdAt,
};
