import type { SpaceResolvers } from '../generated/resolvers-types.js';
import { toGlobalId } from '../global-id.js';
import { required } from './required.js';

export const Space: SpaceResolvers = {
  id: (space) => toGlobalId('Space', space.id),
  lot: (space, _args, { loaders }) => required(loaders.lot.load(space.lotId), `lot ${space.lotId}`),
};
