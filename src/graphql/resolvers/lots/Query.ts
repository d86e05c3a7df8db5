import { listLots, type LotListKey } from '../../../db/queries/lots.js';
import { readPageRequest, toConnection } from '../../connection.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';
import { fromGlobalIdOf, isUuid } from '../../global-id.js';
import { connectionNodeColumns } from '../../projection.js';
import { LOT_ROW_FIELDS } from './Lot.js';

export const LOT_LIST = 'lots';

export function isLotListKey(value: unknown): value is LotListKey {
  const key = value as Partial<LotListKey> | null;
  return typeof key?.name === 'string' && isUuid(key.id);
}

export const Query: Pick<QueryResolvers, 'lot' | 'lots'> = {
  lot: (_parent, args, { loaders }) => loaders.lot.load(fromGlobalIdOf('Lot', args.id)),

  lots: async (_parent, args, { db }, info) => {
    const { first, after } = readPageRequest(LOT_LIST, args, isLotListKey);
    const rows = await listLots(db, first + 1, after, connectionNodeColumns(info, LOT_ROW_FIELDS));
    return toConnection(LOT_LIST, rows, first, ({ name, id }) => ({ name, id }));
  },
};
