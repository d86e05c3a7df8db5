import { findApiKeyById } from '../../db/queries/accounts.js';
import { findBlackoutById } from '../../db/queries/inventory.js';
import type {
  ApiKeyRow,
  BookingRow,
  LotBlackoutRow,
  LotRow,
  OperatorRow,
  SpaceRow,
  UserRow,
  VehicleRow,
} from '../../db/schema/index.js';
import { canManageApiKeys, canSeeBooking, isDriverOrAdmin } from '../../domain/policy.js';
import type { Context } from '../context.js';
import type { NodeResolvers } from '../generated/resolvers-types.js';
import type { NodeType } from '../global-id.js';

type NodeRow = LotRow | OperatorRow | SpaceRow | BookingRow | VehicleRow | UserRow | LotBlackoutRow | ApiKeyRow;

/**
 * Loads any object by type and id for `node(id:)`, or null when it does not exist or the viewer
 * may not see it (private objects are "not found" to others, so ids cannot be probed). Rows are
 * plain objects with no type of their own, so each is tagged with its GraphQL type.
 */
export async function loadNode(type: NodeType, id: string, { db, loaders, viewer }: Pick<Context, 'db' | 'loaders' | 'viewer'>): Promise<(NodeRow & { __typename: NodeType }) | null> {
  const row = await visibleRow(type, id, { db, loaders, viewer });
  return row && { ...row, __typename: type };
}

async function visibleRow(type: NodeType, id: string, { db, loaders, viewer }: Pick<Context, 'db' | 'loaders' | 'viewer'>): Promise<NodeRow | null> {
  switch (type) {
    case 'Lot':
      return loaders.lot.load(id);
    case 'Space':
      return loaders.space.load(id);
    case 'Operator':
      return loaders.operator.load(id);
    case 'Booking': {
      const booking = await loaders.booking.load(id);
      const lot = booking && (await loaders.lot.load(booking.lotId));
      return booking && lot && canSeeBooking(viewer, booking, lot.operatorId) ? booking : null;
    }
    case 'Vehicle': {
      const vehicle = await loaders.vehicle.load(id);
      return vehicle && isDriverOrAdmin(viewer, vehicle.ownerId) ? vehicle : null;
    }
    case 'User':
      return isDriverOrAdmin(viewer, id) ? loaders.user.load(id) : null;
    case 'Blackout':
      return (await findBlackoutById(db, id)) ?? null;
    case 'ApiKey': {
      const key = await findApiKeyById(db, id);
      return key && canManageApiKeys(viewer, key.operatorId) ? key : null;
    }
  }
}

export const Node: NodeResolvers = {
  __resolveType: (parent) => {
    if ('__typename' in parent) return parent.__typename as NodeType;
    throw new Error('Node value without __typename: return it through loadNode()');
  },
};
