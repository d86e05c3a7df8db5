import type { SpaceResolvers } from '../generated/resolvers-types.js';
import { toGlobalId } from '../global-id.js';

export const Space: SpaceResolvers = {
  id: (space) => toGlobalId('Space', space.id),
  lot: async (space, _args, { loaders }) => {
    const lot = await loaders.lot.load(space.lotId);
    // spaces.lot_id is a NOT NULL foreign key, so a miss means the database is inconsistent
    if (!lot) throw new Error(`space ${space.id} has no lot ${space.lotId}`);
    return lot;
  },
};
