import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const Query: Pick<QueryResolvers, 'viewer'> = {
  viewer: (_parent, _args, { viewer }) => (viewer.kind === 'user' ? viewer : null),
};
