import { findPlateReadsByIds } from '../../../db/queries/gates.js';
import type { StaffActionResolvers } from '../../generated/resolvers-types.js';
import { required } from '../base/required.js';

export const StaffAction: StaffActionResolvers = {
  lot: async (action, _args, { loaders }) => required(loaders.lot.load(action.lotId), 'lot of staff action'),
  performedBy: async (action, _args, { loaders }) => required(loaders.user.load(action.userId), 'user of staff action'),
  gate: (action, _args, { loaders }) => (action.gateId ? loaders.gate.load(action.gateId) : null),
  plateRead: async (action, _args, { db }) => (action.plateReadId ? ((await findPlateReadsByIds(db, [action.plateReadId]))[0] ?? null) : null),
  session: async (action, _args, { loaders }) => required(loaders.parkingSession.load(action.sessionId), 'session of staff action'),
};
