import type { Database } from '../../../db/client.js';
import { listWebhookDeliveries, listWebhookEndpoints } from '../../../db/queries/webhooks.js';
import { isInstantAndIdKey, readPageRequest, toConnection } from '../../connection.js';

const ENDPOINT_LIST = 'webhookEndpoints';
const DELIVERY_LIST = 'webhookDeliveries';

function isDeliveryKey(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) > 0;
}

/** A page of an operator's endpoints, behind `Operator.webhookEndpoints` (the caller checks who may see it). */
export async function webhookEndpointConnection(db: Database, operatorId: string, args: { first?: number | null; after?: string | null }) {
  const { first, after } = readPageRequest(ENDPOINT_LIST, args, isInstantAndIdKey);
  const rows = await listWebhookEndpoints(db, operatorId, after, first + 1);
  return toConnection(ENDPOINT_LIST, rows, first, (endpoint) => [endpoint.createdAt.toISOString(), endpoint.id]);
}

/** A page of an endpoint's deliveries, newest first, behind `WebhookEndpoint.deliveries`. */
export async function webhookDeliveryConnection(db: Database, endpointId: string, args: { first?: number | null; after?: string | null }) {
  const { first, after } = readPageRequest(DELIVERY_LIST, args, isDeliveryKey);
  const rows = await listWebhookDeliveries(db, endpointId, after, first + 1);
  return toConnection(DELIVERY_LIST, rows, first, (delivery) => delivery.id);
}
