import type { ApiKeyScope as StoredScope } from '../../../domain/auth/api-keys.js';
import type { ApiKeyResolvers, ApiKeyScope } from '../../generated/resolvers-types.js';
import { toGlobalId } from '../../global-id.js';

// GraphQL enum values cannot contain ':'; scopes are stored the way partners read them in docs
export const STORED_SCOPE: Record<ApiKeyScope, StoredScope> = {
  LOTS_WRITE: 'lots:write',
  AVAILABILITY_WRITE: 'availability:write',
  BOOKINGS_READ: 'bookings:read',
  GATES_WRITE: 'gates:write',
  WEBHOOKS_MANAGE: 'webhooks:manage',
};
const GRAPHQL_SCOPE = Object.fromEntries(Object.entries(STORED_SCOPE).map(([name, stored]) => [stored, name])) as Record<
  string,
  ApiKeyScope
>;

export const ApiKey: ApiKeyResolvers = {
  id: (key) => toGlobalId('ApiKey', key.id),
  scopes: (key) => key.scopes.flatMap((scope) => GRAPHQL_SCOPE[scope] ?? []),
};
