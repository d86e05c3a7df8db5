/** Resolvers of schema/webhooks.graphql: endpoints, their delivery log, and the mutations (Operator.webhookEndpoints is in operators/Operator.ts). */
import type { Resolvers } from '../../generated/resolvers-types.js';
import { Mutation } from './Mutation.js';
import { WebhookDelivery } from './WebhookDelivery.js';
import { WebhookEndpoint } from './WebhookEndpoint.js';

export const webhooks: Resolvers = { Mutation, WebhookEndpoint, WebhookDelivery };
