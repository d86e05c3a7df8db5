import { getTableColumns } from 'drizzle-orm';
import { spaces } from '../../../db/schema/index.js';
import type { SpaceResolvers } from '../../generated/resolvers-types.js';
import { toGlobalId } from '../../global-id.js';
import { type RowFields } from '../../projection.js';
import { required } from '../base/required.js';

/** Which columns Space's own resolvers read (see projection.ts). */
export const SPACE_ROW_FIELDS: RowFields = {
  typeName: 'Space',
  columns: Object.keys(getTableColumns(spaces)),
  fieldColumns: { id: ['id'], lot: ['lotId'] },
};

/** Every field of Space, including `status` from schema/arrivals.graphql. */
export const Space: SpaceResolvers = {
  id: (space) => toGlobalId('Space', space.id),
  lot: (space, _args, { loaders }) => required(loaders.lot.load(space.lotId), `lot ${space.lotId}`),
  // arrivals
  status: (space, _args, { loaders }) => loaders.spaceStatus.load(`${space.lotId} ${space.id}`),
};
