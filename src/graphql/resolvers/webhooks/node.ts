import { findWebhookDeliveryByPublicId, findWebhookEndpointById } from '../../../db/queries/webhooks.js';
import type { WebhookDeliveryRow, WebhookEndpointRow } from '../../../db/schema/index.js';
import { canManageWebhooks } from '../../../domain/policy.js';
import type { Context } from '../../context.js';

export type WebhookNodeRow = WebhookEndpointRow | WebhookDeliveryRow;

/** `node(id:)` for endpoints and deliveries: "not found" to anyone who may not manage the operator's webhooks. */
export async function findVisibleWebhookNode(
  type: 'WebhookEndpoint' | 'WebhookDelivery',
  id: string,
  { db, viewer }: Pick<Context, 'db' | 'viewer'>,
): Promise<WebhookNodeRow | null> {
  const delivery = type === 'WebhookDelivery' ? await findWebhookDeliveryByPublicId(db, id) : undefined;
  const endpoint = await findWebhookEndpointById(db, delivery ? delivery.endpointId : id);
  if (!endpoint || !canManageWebhooks(viewer, endpoint.operatorId)) return null;
  if (type === 'WebhookEndpoint') return endpoint;
  return delivery ?? null;
}
