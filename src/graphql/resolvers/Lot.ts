import { getTableColumns } from 'drizzle-orm';
import type { SpaceListKey } from '../../db/queries/spaces.js';
import { lots } from '../../db/schema/index.js';
import { readPageRequest, toConnection } from '../connection.js';
import type { LotResolvers } from '../generated/resolvers-types.js';
import { isUuid, toGlobalId } from '../global-id.js';
import { connectionNodeColumns, type RowFields } from '../projection.js';
import { required } from './required.js';
import { SPACE_ROW_FIELDS } from './Space.js';

export const SPACE_LIST = 'lot.spaces';

export function isSpaceListKey(value: unknown): value is SpaceListKey {
  const key = value as Partial<SpaceListKey> | null;
  return typeof key?.label === 'string' && isUuid(key.id);
}

/** Which columns Lot's own resolvers read (see projection.ts); the loaders' rows are whole. */
export const LOT_ROW_FIELDS: RowFields = {
  typeName: 'Lot',
  columns: Object.keys(getTableColumns(lots)),
  fieldColumns: { id: ['id'], footprint: ['footprint'], operator: ['operatorId'], spaces: ['id'] },
};

export const Lot: LotResolvers = {
  id: (lot) => toGlobalId('Lot', lot.id),
  footprint: (lot) => lot.footprint?.map((ring) => ring.map(([lng, lat]) => ({ lat, lng }))) ?? null,
  operator: (lot, _args, { loaders }) => required(loaders.operator.load(lot.operatorId), `operator ${lot.operatorId}`),
  spaces: async (lot, args, { loaders }, info) => {
    const { first, after } = readPageRequest(SPACE_LIST, args, isSpaceListKey);
    const columns = connectionNodeColumns(info, SPACE_ROW_FIELDS);
    const rows = await loaders.lotSpacesPage.load({ lotId: lot.id, argument: { limit: first + 1, after, columns } });
    return toConnection(SPACE_LIST, rows, first, ({ label, id }) => ({ label, id }));
  },
};
