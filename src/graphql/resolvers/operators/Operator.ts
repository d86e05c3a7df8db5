import { listApiKeysOfOperator } from '../../../db/queries/accounts.js';
import { listPendingInvitations } from '../../../db/queries/teams.js';
import {
  canManageApiKeys,
  canManageMembers,
  canManageWebhooks,
  canSeeGateActivity,
  canSeeMembers,
  canSeeOperatorBookings,
} from '../../../domain/policy.js';
import { canManageConnectors } from '../../../domain/connectors/sources.js';
import { publishesOpenData } from '../../../domain/open-data/feeds/publication.js';
import { operatorStatement } from '../../../domain/payments/index.js';
import { operatorReport } from '../../../domain/history/index.js';
import { badUserInput } from '../../errors.js';
import type { OperatorResolvers } from '../../generated/resolvers-types.js';
import { fromGlobalIdOf, toGlobalId } from '../../global-id.js';
import { staffActionConnection } from '../arrivals/staff-action-list.js';
import { bookingConnection } from '../bookings/booking-list.js';
import { parkingSessionConnection, plateReadConnection } from '../gates/lists.js';
import { memberConnection } from '../teams/member-list.js';
import { webhookEndpointConnection } from '../webhooks/endpoint-list.js';
import { connectorSourceConnection } from '../connectors/source-list.js';

/**
 * Every field of Operator, including those schema/teams.graphql, gates.graphql and
 * arrivals.graphql add: each decides who may see it here and takes its page from that module.
 */
export const Operator: OperatorResolvers = {
  // operators
  id: (operator) => toGlobalId('Operator', operator.id),
  bookings: (operator, args, { db, viewer }) => {
    if (!canSeeOperatorBookings(viewer, operator.id)) return null;
    const lotId = args.lotId ? fromGlobalIdOf('Lot', args.lotId, 'lotId') : undefined;
    return bookingConnection(db, { operatorId: operator.id, lotId }, args);
  },
  apiKeys: (operator, _args, { db, viewer }) => (canManageApiKeys(viewer, operator.id) ? listApiKeysOfOperator(db, operator.id) : null),

  // teams: members are seen by any member, pending invitations by owners only
  members: (operator, args, { db, viewer }) => (canSeeMembers(viewer, operator.id) ? memberConnection(db, operator.id, args) : null),
  pendingInvitations: (operator, _args, { db, viewer }) => (canManageMembers(viewer, operator.id) ? listPendingInvitations(db, operator.id) : null),

  // gates
  plateReads: (operator, args, { db, viewer }) => (canSeeGateActivity(viewer, operator.id) ? plateReadConnection(db, operator.id, args) : null),
  parkingSessions: (operator, args, { db, viewer }) =>
    canSeeGateActivity(viewer, operator.id) ? parkingSessionConnection(db, operator.id, args) : null,

  // arrivals
  staffActions: (operator, args, { db, viewer }) => (canSeeGateActivity(viewer, operator.id) ? staffActionConnection(db, operator.id, args) : null),

  // webhooks: managers, owners and webhooks:manage keys
  webhookEndpoints: (operator, args, { db, viewer }) =>
    canManageWebhooks(viewer, operator.id) ? webhookEndpointConnection(db, operator.id, args) : null,

  // payments: the monthly statement (the domain decides who may read it)
  statement: async (operator, { month }, { db, viewer }) => {
    const statement = await operatorStatement(db, viewer, operator.id, month);
    if (statement === 'INVALID_MONTH') throw badUserInput(`month must be YYYY-MM, got "${month}"`, 'month');
    return statement ?? null;
  },

  // history: reports (the domain decides who may read them)
  report: async (operator, { range }, { db, viewer, loaders }) => (await operatorReport(db, viewer, operator.id, range, loaders.now)) ?? null,

  // connectors: its open-data choice is public; the feeds it pulls are for its managers
  publishesOpenData: (operator, _args, { db }) => publishesOpenData(db, operator),
  connectorSources: (operator, args, { db, viewer }) =>
    canManageConnectors(viewer, operator.id) ? connectorSourceConnection(db, operator.id, args) : null,
};
