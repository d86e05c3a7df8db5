import type { Database } from '../../db/client.js';
import { findOperatorsByIds } from '../../db/queries/operators.js';
import {
  deleteWebhookEndpoint as deleteEndpointRow,
  findWebhookDeliveryByPublicId,
  findWebhookEndpointById,
  insertWebhookEndpoint,
  requeueWebhookDelivery,
  rotateWebhookSecret as rotateSecretRow,
  updateWebhookEndpoint as updateEndpointRow,
} from '../../db/queries/webhooks.js';
import type { WebhookDeliveryRow, WebhookEndpointRow } from '../../db/schema/index.js';
import type { Viewer } from '../auth/viewer.js';
import { fail, succeed, type Outcome } from '../outcome.js';
import { canManageWebhooks, requireSignedIn } from '../policy.js';
import { isWebhookEventType, type WebhookEventType } from './event-types.js';
import { generateSecret } from './signing.js';
import { checkUrlShape, resolveEndpoint, type UrlGuardOptions } from './url-guard.js';

/** The server's webhook settings the API needs (the sender has its own, see jobs/webhook-worker.ts). */
export type WebhookSettings = UrlGuardOptions;

/** Refuse private networks unless configured otherwise (WEBHOOKS_ALLOW_PRIVATE_NETWORKS). */
export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = { allowPrivateNetworks: false };

/** An endpoint with its secret: the only moments the secret is shown are creation and rotation. */
export interface EndpointWithSecret {
  endpoint: WebhookEndpointRow;
  secret: string;
}

export interface EndpointInput {
  url: string | null;
  eventTypes: readonly string[];
  description?: string | null;
  occupancyIntervalSeconds?: number | null;
}

/** The longest a rotated-out secret may keep signing. */
const MAX_OVERLAP_SECONDS = 7 * 24 * 3600;
const DEFAULT_OVERLAP_SECONDS = 24 * 3600;

/** Registers an endpoint for an operator (its managers and owners, or a `webhooks:manage` key). */
export async function createWebhookEndpoint(
  db: Database,
  viewer: Viewer,
  input: EndpointInput & { operatorId: string; url: string },
  settings: WebhookSettings,
): Promise<Outcome<EndpointWithSecret>> {
  requireSignedIn(viewer);
  const [operator] = await findOperatorsByIds(db, [input.operatorId]);
  if (!operator || !canManageWebhooks(viewer, operator.id)) {
    return fail(operator ? 'FORBIDDEN' : 'NOT_FOUND', operator ? "Only the operator's managers, owners or a webhooks:manage key manage its webhooks" : 'No such operator', ['input', 'operatorId']);
  }
  const checked = await checkSettings(input, settings);
  if (!checked.ok) return checked;
  const secret = generateSecret();
  const endpoint = await insertWebhookEndpoint(db, {
    operatorId: operator.id,
    url: checked.value.url!,
    description: checked.value.description ?? '',
    eventTypes: checked.value.eventTypes!,
    occupancyIntervalSeconds: checked.value.occupancyIntervalSeconds ?? 60,
    secret,
  });
  return succeed({ endpoint, secret });
}

/** Changes an endpoint's URL, event types, description or occupancy interval; enables or disables it. */
export async function updateWebhookEndpoint(
  db: Database,
  viewer: Viewer,
  input: Partial<EndpointInput> & { endpointId: string; enabled?: boolean | null },
  settings: WebhookSettings,
): Promise<Outcome<WebhookEndpointRow>> {
  const owned = await ownedEndpoint(db, viewer, input.endpointId);
  if (!owned.ok) return owned;
  const checked = await checkSettings(input, settings);
  if (!checked.ok) return checked;
  const updated = await updateEndpointRow(db, owned.value.id, { ...withoutNulls(checked.value), ...(input.enabled != null && { enabled: input.enabled }) });
  return updated ? succeed(updated) : fail('NOT_FOUND', 'No such webhook endpoint', ['input', 'endpointId']);
}

export async function deleteWebhookEndpoint(db: Database, viewer: Viewer, endpointId: string): Promise<Outcome<WebhookEndpointRow>> {
  const owned = await ownedEndpoint(db, viewer, endpointId);
  if (!owned.ok) return owned;
  const deleted = await deleteEndpointRow(db, owned.value.id);
  return deleted ? succeed(deleted) : fail('NOT_FOUND', 'No such webhook endpoint', ['input', 'endpointId']);
}

/**
 * Issues a new secret. The old one keeps signing for `overlapSeconds` (default a day, at most a
 * week; 0 ends it now): deliveries carry both signatures meanwhile, so receivers can switch
 * secrets without rejecting anything.
 */
export async function rotateWebhookSecret(
  db: Database,
  viewer: Viewer,
  input: { endpointId: string; overlapSeconds?: number | null },
): Promise<Outcome<EndpointWithSecret>> {
  const owned = await ownedEndpoint(db, viewer, input.endpointId);
  if (!owned.ok) return owned;
  const overlap = input.overlapSeconds ?? DEFAULT_OVERLAP_SECONDS;
  if (!Number.isInteger(overlap) || overlap < 0 || overlap > MAX_OVERLAP_SECONDS) {
    return fail('INVALID_INPUT', `overlapSeconds must be between 0 and ${MAX_OVERLAP_SECONDS}`, ['input', 'overlapSeconds']);
  }
  const secret = generateSecret();
  const endpoint = await rotateSecretRow(db, owned.value.id, secret, overlap);
  return endpoint ? succeed({ endpoint, secret }) : fail('NOT_FOUND', 'No such webhook endpoint', ['input', 'endpointId']);
}

/**
 * Sends a delivery again (same event id, so receivers that already have it can drop it), due
 * now. A delivery older than the retry horizon gets that one attempt. The endpoint must be enabled.
 */
export async function redeliverWebhook(db: Database, viewer: Viewer, deliveryPublicId: string): Promise<Outcome<WebhookDeliveryRow>> {
  requireSignedIn(viewer);
  const delivery = await findWebhookDeliveryByPublicId(db, deliveryPublicId);
  const endpoint = delivery && (await findWebhookEndpointById(db, delivery.endpointId));
  if (!delivery || !endpoint || !canManageWebhooks(viewer, endpoint.operatorId)) {
    return fail('NOT_FOUND', 'No such webhook delivery', ['input', 'deliveryId']);
  }
  if (endpoint.disabledAt) return fail('ENDPOINT_DISABLED', 'Enable the endpoint before redelivering to it', ['input', 'deliveryId']);
  const requeued = await requeueWebhookDelivery(db, delivery.id);
  return requeued ? succeed(requeued) : fail('NOT_FOUND', 'No such webhook delivery', ['input', 'deliveryId']);
}

/** An endpoint the viewer manages; to anyone else it does not exist. */
async function ownedEndpoint(db: Database, viewer: Viewer, endpointId: string): Promise<Outcome<WebhookEndpointRow>> {
  requireSignedIn(viewer);
  const endpoint = await findWebhookEndpointById(db, endpointId);
  if (!endpoint || !canManageWebhooks(viewer, endpoint.operatorId)) return fail('NOT_FOUND', 'No such webhook endpoint', ['input', 'endpointId']);
  return succeed(endpoint);
}

type CheckedSettings = { url?: string; eventTypes?: WebhookEventType[]; description?: string; occupancyIntervalSeconds?: number };

/** Validates the settings given (absent ones are left as they are). */
async function checkSettings(input: Partial<EndpointInput>, settings: WebhookSettings): Promise<Outcome<CheckedSettings>> {
  const checked: CheckedSettings = {};
  if (input.url != null) {
    const shape = checkUrlShape(input.url.trim(), settings);
    if (!shape.ok) return fail('INVALID_INPUT', shape.reason, ['input', 'url']);
    const resolved = await resolveEndpoint(shape.url, settings);
    if (!resolved.ok) return fail('UNSAFE_URL', resolved.reason, ['input', 'url']);
    checked.url = shape.url.toString();
  }
  if (input.eventTypes != null) {
    const eventTypes = [...new Set(input.eventTypes)];
    if (eventTypes.length === 0 || !eventTypes.every(isWebhookEventType)) {
      return fail('INVALID_INPUT', 'Give at least one event type', ['input', 'eventTypes']);
    }
    checked.eventTypes = eventTypes as WebhookEventType[];
  }
  if (input.description != null) {
    const description = input.description.trim();
    if (description.length > 200) return fail('INVALID_INPUT', 'description must have at most 200 characters', ['input', 'description']);
    checked.description = description;
  }
  if (input.occupancyIntervalSeconds != null) {
    const interval = input.occupancyIntervalSeconds;
    if (!Number.isInteger(interval) || interval < 1 || interval > 86_400) {
      return fail('INVALID_INPUT', 'occupancyIntervalSeconds must be between 1 and 86400', ['input', 'occupancyIntervalSeconds']);
    }
    checked.occupancyIntervalSeconds = interval;
  }
  return succeed(checked);
}

function withoutNulls<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], null | undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry != null)) as { [K in keyof T]: Exclude<T[K], null | undefined> };
}
