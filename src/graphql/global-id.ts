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
