import { listApiKeysOfOperator } from '../../db/queries/accounts.js';
import type { ApiKeyScope as StoredScope } from '../../domain/auth/api-keys.js';
import { createApiKey, revokeApiKey, rotateApiKey } from '../../domain/auth/api-key-management.js';
import { canManageApiKeys, canSeeOperatorBookings } from '../../domain/policy.js';
import type { ApiKeyResolvers, ApiKeyScope, MutationResolvers, OperatorResolvers } from '../generated/resolvers-types.js';
import { fromGlobalIdOf, toGlobalId } from '../global-id.js';
import { toPayload } from '../payload.js';
import { bookingConnection } from './booking-list.js';

// GraphQL enum values cannot contain ':'; scopes are stored the way partners read them in docs
const STORED_SCOPE: Record<ApiKeyScope, StoredScope> = {
  LOTS_WRITE: 'lots:write',
  AVAILABILITY_WRITE: 'availability:write',
  BOOKINGS_READ: 'bookings:read',
  GATES_WRITE: 'gates:write',
};
const GRAPHQL_SCOPE = Object.fromEntries(Object.entries(STORED_SCOPE).map(([name, stored]) => [stored, name])) as Record<
  string,
  ApiKeyScope
>;

export const Operator: OperatorResolvers = {
  id: (operator) => toGlobalId('Operator', operator.id),
  bookings: (operator, args, { db, viewer }) => {
    if (!canSeeOperatorBookings(viewer, operator.id)) return null;
    const lotId = args.lotId ? fromGlobalIdOf('Lot', args.lotId, 'lotId') : undefined;
    return bookingConnection(db, { operatorId: operator.id, lotId }, args);
  },
  apiKeys: (operator, _args, { db, viewer }) => (canManageApiKeys(viewer, operator.id) ? listApiKeysOfOperator(db, operator.id) : null),
};

export const ApiKey: ApiKeyResolvers = {
  id: (key) => toGlobalId('ApiKey', key.id),
  scopes: (key) => key.scopes.flatMap((scope) => GRAPHQL_SCOPE[scope] ?? []),
};

export const apiKeyMutations: Pick<MutationResolvers, 'createApiKey' | 'rotateApiKey' | 'revokeApiKey'> = {
  createApiKey: async (_parent, { input }, { db, viewer }) => {
    const outcome = await createApiKey(db, viewer, {
      operatorId: fromGlobalIdOf('Operator', input.operatorId, 'input.operatorId'),
      name: input.name,
      scopes: input.scopes.map((scope) => STORED_SCOPE[scope]),
    });
    return { ...toPayload('apiKey', outcome.ok ? { ok: true, value: outcome.value.apiKey } : outcome), secret: outcome.ok ? outcome.value.secret : null };
  },
  rotateApiKey: async (_parent, { input }, { db, viewer }) => {
    const outcome = await rotateApiKey(db, viewer, fromGlobalIdOf('ApiKey', input.apiKeyId, 'input.apiKeyId'));
    return { ...toPayload('apiKey', outcome.ok ? { ok: true, value: outcome.value.apiKey } : outcome), secret: outcome.ok ? outcome.value.secret : null };
  },
  revokeApiKey: async (_parent, { input }, { db, viewer }) =>
    toPayload('apiKey', await revokeApiKey(db, viewer, fromGlobalIdOf('ApiKey', input.apiKeyId, 'input.apiKeyId'))),
};
