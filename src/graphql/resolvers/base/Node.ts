import { findApiKeyById } from '../../../db/queries/accounts.js';
import { findGatesByIds, findPlateRulesByIds, findPlateReadsByIds } from '../../../db/queries/gates.js';
import { findBlackoutById } from '../../../db/queries/inventory.js';
import { findVisibleWebhookNode, type WebhookNodeRow } from '../webhooks/node.js';
import type {
  ApiKeyRow,
  ConnectorSourceRow,
  BookingRow,
  GateRow,
  ParkingSessionRow,
  PaymentRow,
  PlateReadRow,
  PlateRuleRow,
  LotBlackoutRow,
  LotRow,
  OperatorRow,
  SpaceRow,
  UserRow,
  VehicleRow,
} from '../../../db/schema/index.js';
import { canManageApiKeys, canManageInventory, canSeeBooking, canSeeGateActivity, canSeePayment, isDriverOrAdmin } from '../../../domain/policy.js';
import { findPaymentsByIds } from '../../../db/queries/payments.js';
import { visibleSource } from '../../../domain/connectors/sources.js';
import type { Context } from '../../context.js';
import type { NodeResolvers } from '../../generated/resolvers-types.js';
import type { NodeType } from '../../global-id.js';

type NodeRow =
  | WebhookNodeRow
  | LotRow
  | OperatorRow
  | SpaceRow
  | BookingRow
  | VehicleRow
  | UserRow
  | LotBlackoutRow
  | ApiKeyRow
  | GateRow
  | PlateRuleRow
  | PlateReadRow
  | ParkingSessionRow
  | ConnectorSourceRow
  | PaymentRow;

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
    // gates, plate lists, reads and sessions are the operator's business: "not found" to others
    case 'Gate': {
      const [gate] = await findGatesByIds(db, [id]);
      return gate ? onlyFor(gate, await loaders.lot.load(gate.lotId), (operatorId) => canManageInventory(viewer, operatorId)) : null;
    }
    case 'PlateRule': {
      const [rule] = await findPlateRulesByIds(db, [id]);
      return rule ? onlyFor(rule, await loaders.lot.load(rule.lotId), (operatorId) => canManageInventory(viewer, operatorId)) : null;
    }
    case 'PlateRead': {
      const [read] = await findPlateReadsByIds(db, [id]);
      return read ? onlyFor(read, await loaders.lot.load(read.lotId), (operatorId) => canSeeGateActivity(viewer, operatorId)) : null;
    }
    case 'WebhookEndpoint':
    case 'WebhookDelivery':
      return findVisibleWebhookNode(type, id, { db, viewer });
    case 'ParkingSession': {
      const session = await loaders.parkingSession.load(id);
      return session ? onlyFor(session, await loaders.lot.load(session.lotId), (operatorId) => canSeeGateActivity(viewer, operatorId)) : null;
    }
    case 'ConnectorSource':
      return visibleSource(db, viewer, id);
    case 'Payment': {
      const [payment] = await findPaymentsByIds(db, [id]);
      return payment && canSeePayment(viewer, payment) ? payment : null;
    }
  }
}

function onlyFor<Row>(row: Row, lot: LotRow | null, allowed: (operatorId: string) => boolean): Row | null {
  return lot && allowed(lot.operatorId) ? row : null;
}

export const Node: NodeResolvers = {
  __resolveType: (parent) => {
    if ('__typename' in parent) return parent.__typename as NodeType;
    throw new Error('Node value without __typename: return it through loadNode()');
  },
};
