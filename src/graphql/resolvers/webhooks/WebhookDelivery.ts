import DataLoader from 'dataloader';
import type { Database } from '../../../db/client.js';
import { findWebhookAttempts } from '../../../db/queries/webhooks.js';
import type { WebhookAttemptRow } from '../../../db/schema/index.js';
import type { Context } from '../../context.js';
import type { WebhookDeliveryResolvers } from '../../generated/resolvers-types.js';
import { toGlobalId } from '../../global-id.js';
import { toGraphqlEventTypes } from './event-types.js';

// a page of deliveries asks for its attempts in one query: one loader per request (per context)
const attemptLoaders = new WeakMap<Context, DataLoader<number, WebhookAttemptRow[]>>();

function attemptsOf(context: Context, deliveryId: number): Promise<WebhookAttemptRow[]> {
  let loader = attemptLoaders.get(context);
  if (!loader) {
    loader = new DataLoader((ids: readonly number[]) => attemptsByDelivery(context.db, ids));
    attemptLoaders.set(context, loader);
  }
  return loader.load(deliveryId);
}

async function attemptsByDelivery(db: Database, ids: readonly number[]): Promise<WebhookAttemptRow[][]> {
  const rows = await findWebhookAttempts(db, ids);
  return ids.map((id) => rows.filter((row) => row.deliveryId === id));
}

export const WebhookDelivery: WebhookDeliveryResolvers = {
  id: (delivery) => toGlobalId('WebhookDelivery', delivery.publicId),
  eventType: (delivery) => toGraphqlEventTypes([delivery.eventType])[0]!,
  lot: (delivery, _args, { loaders }) => (delivery.lotId ? loaders.lot.load(delivery.lotId) : null),
  state: (delivery) => delivery.state as 'PENDING' | 'DELIVERED' | 'DEAD',
  attemptCount: (delivery) => delivery.attempts,
  nextAttemptAt: (delivery) => (delivery.state === 'PENDING' ? delivery.nextAttemptAt : null),
  attempts: (delivery, _args, context) => attemptsOf(context, delivery.id),
};
