import { listMembers } from '../../../db/queries/teams.js';
import type { Database } from '../../../db/client.js';
import { isInstantAndIdKey, readPageRequest, toConnection } from '../../connection.js';

const MEMBER_LIST = 'members';

/** A page of an operator's members, behind `Operator.members`. */
export async function memberConnection(db: Database, operatorId: string, args: { first?: number | null; after?: string | null }) {
  const { first, after } = readPageRequest(MEMBER_LIST, args, isInstantAndIdKey);
  const rows = await listMembers(db, operatorId, after, first + 1);
  return toConnection(MEMBER_LIST, rows, first, (member) => [member.createdAt.toISOString(), member.userId]);
}
