import { listLots, type LotListKey } from '../../db/queries/lots.js';
import { readPageRequest, toConnection } from '../connection.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { fromGlobalId, fromGlobalIdOf, isUuid } from '../global-id.js';
import { tagNode } from './Node.js';

export const LOT_LIST = 'lots';

function isLotListKey(value: unknown): value is LotListKey {
  const key = value as Partial<LotListKey> | null;
  return typeof key?.name === 'string' && isUuid(key.id);
}

export const Query: QueryResolvers = {
  node: async (_parent, args, { loaders }) => {
    const { type, id } = fromGlobalId(args.id);
    const loader = { Lot: loaders.lot, Space: loaders.space, Operator: loaders.operator }[type];
    const row = await loader.load(id);
    return row && tagNode(type, row);
  },

  lot: (_parent, args, { loaders }) => loaders.lot.load(fromGlobalIdOf('Lot', args.id)),

  lots: async (_parent, args, { db }) => {
    const { first, after } = readPageRequest(LOT_LIST, args, isLotListKey);
    const rows = await listLots(db, first + 1, after);
    return toConnection(LOT_LIST, rows, first, ({ name, id }) => ({ name, id }));
  },
};
