import { listMembers } from '../../../db/queries/teams.js';
import type { Database } from '../../../db/client.js';
import { readPageRequest, toConnection } from '../../connection.js';
import { isUuid } from '../../global-id.js';

const MEMBER_LIST = 'members';

function isMemberKey(value: unknown): value is [string, string] {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && !Number.isNaN(Date.parse(value[0])) && isUuid(value[1]);
}

/** A page of an operator's members, behind `Operator.members`. */
export async function memberConnection(db: Database, operatorId: string, args: { first?: number | null; after?: string | null }) {
  const { first, after } = readPageRequest(MEMBER_LIST, args, isMemberKey);
  const rows = await listMembers(db, operatorId, after, first + 1);
  return toConnection(MEMBER_LIST, rows, first, (member) => [member.createdAt.toISOString(), member.userId]);
}
