/** Every event type an endpoint can subscribe to, as partners name them (Standard Webhooks style). */
export const WEBHOOK_EVENT_TYPES = [
  'booking.created',
  'booking.confirmed',
  'booking.cancelled',
  'booking.checked_in',
  'booking.completed',
  'booking.no_show',
  'session.started',
  'session.ended',
  'gate.decision',
  'lot.changed',
  'lot.occupancy',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** The one event type that is a snapshot (latest wins, coalesced per lot) rather than a log entry. */
export const OCCUPANCY_EVENT_TYPE = 'lot.occupancy' satisfies WebhookEventType;

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}
