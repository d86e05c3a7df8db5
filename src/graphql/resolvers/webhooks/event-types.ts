import type { WebhookEventType as StoredType } from '../../../domain/webhooks/event-types.js';
import type { WebhookEventType } from '../../generated/resolvers-types.js';

// GraphQL enum values cannot contain '.'; endpoints store the names partners read in payloads
const STORED_TYPE: Record<WebhookEventType, StoredType> = {
  BOOKING_CREATED: 'booking.created',
  BOOKING_CONFIRMED: 'booking.confirmed',
  BOOKING_CANCELLED: 'booking.cancelled',
  BOOKING_CHECKED_IN: 'booking.checked_in',
  BOOKING_COMPLETED: 'booking.completed',
  BOOKING_NO_SHOW: 'booking.no_show',
  SESSION_STARTED: 'session.started',
  SESSION_ENDED: 'session.ended',
  GATE_DECISION: 'gate.decision',
  LOT_CHANGED: 'lot.changed',
  LOT_OCCUPANCY: 'lot.occupancy',
};
const GRAPHQL_TYPE = Object.fromEntries(Object.entries(STORED_TYPE).map(([name, stored]) => [stored, name])) as Record<string, WebhookEventType>;

export const toStoredEventType = (type: WebhookEventType): StoredType => STORED_TYPE[type];

/** Stored names the schema does not know (none today) are left out rather than failing the field. */
export const toGraphqlEventTypes = (types: readonly string[]): WebhookEventType[] => types.flatMap((type) => GRAPHQL_TYPE[type] ?? []);
