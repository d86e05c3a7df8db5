import type { BlackoutResolvers } from '../../generated/resolvers-types.js';
import { toGlobalId } from '../../global-id.js';

export const Blackout: BlackoutResolvers = {
  id: (blackout) => toGlobalId('Blackout', blackout.id),
  window: (blackout) => blackout.period,
};
