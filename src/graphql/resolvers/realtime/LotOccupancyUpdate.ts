import type { LotOccupancyUpdateResolvers } from '../../generated/resolvers-types.js';
import { toGlobalId } from '../../global-id.js';

export const LotOccupancyUpdate: LotOccupancyUpdateResolvers = {
  lotId: (update) => toGlobalId('Lot', update.lot.id),
};
