import type { MemberWithUser } from '../../../db/queries/teams.js';
import type { OperatorMemberRow } from '../../../db/schema/index.js';
import { acceptInvitation, changeMemberRole, inviteMember, removeMember } from '../../../domain/accounts/teams.js';
import type { Outcome } from '../../../domain/outcome.js';
import type { Context } from '../../context.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { fromGlobalIdOf } from '../../global-id.js';
import { toPayload } from '../../payload.js';
import { accountRequest } from '../accounts/request.js';
import { required } from '../base/required.js';

/** Inviting, accepting, changing roles and removing: the operator's team. */
export const Mutation: Pick<MutationResolvers, 'inviteMember' | 'acceptInvitation' | 'changeMemberRole' | 'removeMember'> = {
  inviteMember: async (_parent, { input }, context) =>
    toPayload(
      'invitation',
      await inviteMember(context.db, context.viewer, accountRequest(context).settings, {
        operatorId: fromGlobalIdOf('Operator', input.operatorId, 'input.operatorId'),
        email: input.email,
        role: input.role,
      }),
    ),
  acceptInvitation: async (_parent, { input }, context) =>
    memberPayload(context, await acceptInvitation(context.db, context.viewer, input.token)),
  changeMemberRole: async (_parent, { input }, context) =>
    memberPayload(context, await changeMemberRole(context.db, context.viewer, { ...memberOf(input), role: input.role })),
  removeMember: async (_parent, { input }, context) => memberPayload(context, await removeMember(context.db, context.viewer, memberOf(input))),
};

function memberOf(input: { operatorId: string; userId: string }) {
  return {
    operatorId: fromGlobalIdOf('Operator', input.operatorId, 'input.operatorId'),
    userId: fromGlobalIdOf('User', input.userId, 'input.userId'),
  };
}

/** A MemberPayload: the member with their user. */
async function memberPayload({ loaders }: Context, outcome: Outcome<OperatorMemberRow>) {
  const withUser: Outcome<MemberWithUser> = outcome.ok
    ? { ok: true, value: { ...outcome.value, user: await required(loaders.user.load(outcome.value.userId), `user ${outcome.value.userId}`) } }
    : outcome;
  return toPayload('member', withUser);
}
