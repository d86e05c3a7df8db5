import type { QueryResolvers } from '../../generated/resolvers-types.js';
import { fromGlobalId } from '../../global-id.js';
import { loadNode } from './Node.js';

export const Query: Pick<QueryResolvers, 'node'> = {
  node: (_parent, args, ctx) => {
    const { type, id } = fromGlobalId(args.id);
    return loadNode(type, id, ctx);
  },
};
