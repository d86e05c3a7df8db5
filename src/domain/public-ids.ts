/**
 * The ids the API gives objects (GraphQL global ids, `node(id:)`), as the domain writes them
 * into what it publishes outside GraphQL (the open-data export). Decoding, with GraphQL's error
 * for a bad id, is in graphql/global-id.ts.
 */

/** Types that have global ids; `node(id:)` can resolve each of them. */
export const NODE_TYPES = [
  'Lot',
  'Space',
  'Operator',
  'Booking',
  'Vehicle',
  'User',
  'Blackout',
  'ApiKey',
  'Gate',
  'PlateRule',
  'PlateRead',
  'ParkingSession',
  'WebhookEndpoint',
  'WebhookDelivery',
  'ConnectorSource',
  'Payment',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True for a lower-case canonical uuid, the only form our ids take. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

// A page of 20 lots x 20 spaces encodes 420 ids: one reused buffer instead of a Buffer per id
// (allocating them was most of the encoding's cost, and a steady share of the garbage).
const scratch = Buffer.allocUnsafe(256);

/** Encodes a database id as an opaque global id (`base64url("Lot:<uuid>")`). */
export function toGlobalId(type: NodeType, id: string): string {
  const text = `${type}:${id}`;
  // at most 3 bytes per UTF-16 unit, so anything this short fits
  if (text.length * 3 > scratch.length) return Buffer.from(text).toString('base64url');
  const length = scratch.write(text, 0, 'utf8');
  return scratch.toString('base64url', 0, length);
}

