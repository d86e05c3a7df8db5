import { isUuid, NODE_TYPES, type NodeType } from '../domain/public-ids.js';
import { badUserInput } from './errors.js';

// the encoding is the domain's (exports name objects by their API ids); decoding answers
// GraphQL's BAD_USER_INPUT, so it lives here
export { isUuid, NODE_TYPES, toGlobalId, type NodeType } from '../domain/public-ids.js';

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
