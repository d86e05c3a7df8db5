import { getTableColumns } from 'drizzle-orm';
import { spaces } from '../../db/schema/index.js';
import type { SpaceResolvers } from '../generated/resolvers-types.js';
import { toGlobalId } from '../global-id.js';
import { type RowFields } from '../projection.js';
import { required } from './required.js';

/** Which columns Space's own resolvers read (see projection.ts). */
export const SPACE_ROW_FIELDS: RowFields = {
  typeName: 'Space',
  columns: Object.keys(getTableColumns(spaces)),
  fieldColumns: { id: ['id'], lot: ['lotId'] },
};

export const Space: SpaceResolvers = {
  id: (space) => toGlobalId('Space', space.id),
  lot: (space, _args, { loaders }) => required(loaders.lot.load(space.lotId), `lot ${space.lotId}`),
};
