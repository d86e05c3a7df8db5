import {
  createWebhookEndpoint,
  DEFAULT_WEBHOOK_SETTINGS,
  deleteWebhookEndpoint,
  redeliverWebhook,
  rotateWebhookSecret,
  updateWebhookEndpoint,
  type EndpointWithSecret,
} from '../../../domain/webhooks/endpoints.js';
import type { Outcome } from '../../../domain/outcome.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { fromGlobalIdOf } from '../../global-id.js';
import { toPayload } from '../../payload.js';
import { toStoredEventType } from './event-types.js';

type WebhookMutations = 'createWebhookEndpoint' | 'updateWebhookEndpoint' | 'deleteWebhookEndpoint' | 'rotateWebhookSecret' | 'redeliverWebhook';

/** Registering, changing, deleting and re-keying endpoints; sending a delivery again. */
export const Mutation: Pick<MutationResolvers, WebhookMutations> = {
  createWebhookEndpoint: async (_parent, { input }, { db, viewer, webhooks }) =>
    secretPayload(
      await createWebhookEndpoint(
        db,
        viewer,
        {
          operatorId: fromGlobalIdOf('Operator', input.operatorId, 'input.operatorId'),
          url: input.url,
          eventTypes: input.eventTypes.map(toStoredEventType),
          description: input.description,
          occupancyIntervalSeconds: input.occupancyIntervalSeconds,
        },
        webhooks ?? DEFAULT_WEBHOOK_SETTINGS,
      ),
    ),
  updateWebhookEndpoint: async (_parent, { input }, { db, viewer, webhooks }) =>
    toPayload(
      'webhookEndpoint',
      await updateWebhookEndpoint(
        db,
        viewer,
        {
          endpointId: fromGlobalIdOf('WebhookEndpoint', input.endpointId, 'input.endpointId'),
          url: input.url,
          eventTypes: input.eventTypes?.map(toStoredEventType),
          description: input.description,
          occupancyIntervalSeconds: input.occupancyIntervalSeconds,
          enabled: input.enabled,
        },
        webhooks ?? DEFAULT_WEBHOOK_SETTINGS,
      ),
    ),
  deleteWebhookEndpoint: async (_parent, { input }, { db, viewer }) =>
    toPayload('webhookEndpoint', await deleteWebhookEndpoint(db, viewer, fromGlobalIdOf('WebhookEndpoint', input.endpointId, 'input.endpointId'))),
  rotateWebhookSecret: async (_parent, { input }, { db, viewer }) =>
    secretPayload(
      await rotateWebhookSecret(db, viewer, {
        endpointId: fromGlobalIdOf('WebhookEndpoint', input.endpointId, 'input.endpointId'),
        overlapSeconds: input.overlapSeconds,
      }),
    ),
  redeliverWebhook: async (_parent, { input }, { db, viewer }) =>
    toPayload('webhookDelivery', await redeliverWebhook(db, viewer, fromGlobalIdOf('WebhookDelivery', input.deliveryId, 'input.deliveryId'))),
};

function secretPayload(outcome: Outcome<EndpointWithSecret>) {
  return {
    ...toPayload('webhookEndpoint', outcome.ok ? { ok: true, value: outcome.value.endpoint } : outcome),
    secret: outcome.ok ? outcome.value.secret : null,
  };
}
