import { listMembers, listPendingInvitations } from '../../../db/queries/teams.js';
import { canManageMembers, canSeeMembers } from '../../../domain/policy.js';
import { readPageRequest, toConnection } from '../../connection.js';
import type { OperatorResolvers } from '../../generated/resolvers-types.js';
import { isUuid } from '../../global-id.js';

const MEMBER_LIST = 'members';

function isMemberKey(value: unknown): value is [string, string] {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && !Number.isNaN(Date.parse(value[0])) && isUuid(value[1]);
}

/** An operator's team: its members (any member sees them) and pending invitations (owners only). */
export const operatorTeamFields: Pick<OperatorResolvers, 'members' | 'pendingInvitations'> = {
  members: async (operator, args, { db, viewer }) => {
    if (!canSeeMembers(viewer, operator.id)) return null;
    const { first, after } = readPageRequest(MEMBER_LIST, args, isMemberKey);
    const rows = await listMembers(db, operator.id, after, first + 1);
    return toConnection(MEMBER_LIST, rows, first, (member) => [member.createdAt.toISOString(), member.userId]);
  },
  pendingInvitations: (operator, _args, { db, viewer }) => (canManageMembers(viewer, operator.id) ? listPendingInvitations(db, operator.id) : null),
};
