import { badUserInput } from './errors.js';

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
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True for a lower-case canonical uuid, the only form our ids take. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Encodes a database id as an opaque global id (`base64url("Lot:<uuid>")`). */
export function toGlobalId(type: NodeType, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

/**
 * Decodes a global id; throws BAD_USER_INPUT for anything we did not issue, so a bad id never
 * reaches SQL (a malformed uuid there would be an internal error).
 */
export function fromGlobalId(globalId: string, argument = 'id'): { type: NodeType; id: string } {
  const [type, id] = Buffer.from(globalId, 'base64url').toString('utf8').split(':');
  if (!NODE_TYPES.includes(type as NodeType) || !isUuid(id)) {
    throw badUserInput(`"${truncate(globalId)}" is not a valid id`, argument);
  }
  return { type: type as NodeType, id };
}

/** Decodes a global id that must be of one type (e.g. `lot(id:)` given a Space id is an error). */
export function fromGlobalIdOf(expected: NodeType, globalId: string, argument = 'id'): string {
  const { type, id } = fromGlobalId(globalId, argument);
  if (type !== expected) throw badUserInput(`expected the id of a ${expected}, got the id of a ${type}`, argument);
  return id;
}

function truncate(text: string): string {
  return text.length > 64 ? `${text.slice(0, 61)}...` : text;
}
