import type { WebhookEndpointResolvers } from '../../generated/resolvers-types.js';
import { toGlobalId } from '../../global-id.js';
import { required } from '../base/required.js';
import { webhookDeliveryConnection } from './endpoint-list.js';
import { toGraphqlEventTypes } from './event-types.js';

/** Whoever reached an endpoint may manage it (Operator.webhookEndpoints, node and the mutations check). */
export const WebhookEndpoint: WebhookEndpointResolvers = {
  id: (endpoint) => toGlobalId('WebhookEndpoint', endpoint.id),
  operator: (endpoint, _args, { loaders }) => required(loaders.operator.load(endpoint.operatorId), `operator ${endpoint.operatorId}`),
  eventTypes: (endpoint) => toGraphqlEventTypes(endpoint.eventTypes),
  enabled: (endpoint) => endpoint.disabledAt === null,
  previousSecretExpiresAt: (endpoint) =>
    endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > new Date() ? endpoint.previousSecretExpiresAt : null,
  deliveries: (endpoint, args, { db }) => webhookDeliveryConnection(db, endpoint.id, args),
};
