import type { SpaceListKey } from '../../db/queries/spaces.js';
import { readPageRequest, toConnection } from '../connection.js';
import type { LotResolvers } from '../generated/resolvers-types.js';
import { isUuid, toGlobalId } from '../global-id.js';
import { required } from './required.js';

export const SPACE_LIST = 'lot.spaces';

function isSpaceListKey(value: unknown): value is SpaceListKey {
  const key = value as Partial<SpaceListKey> | null;
  return typeof key?.label === 'string' && isUuid(key.id);
}

export const Lot: LotResolvers = {
  id: (lot) => toGlobalId('Lot', lot.id),
  footprint: (lot) => lot.footprint?.map((ring) => ring.map(([lng, lat]) => ({ lat, lng }))) ?? null,
  operator: (lot, _args, { loaders }) => required(loaders.operator.load(lot.operatorId), `operator ${lot.operatorId}`),
  spaces: async (lot, args, { loaders }) => {
    const { first, after } = readPageRequest(SPACE_LIST, args, isSpaceListKey);
    const rows = await loaders.lotSpacesPage.load({ lotId: lot.id, argument: { limit: first + 1, after } });
    return toConnection(SPACE_LIST, rows, first, ({ label, id }) => ({ label, id }));
  },
};
