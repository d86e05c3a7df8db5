import type { OperatorMemberResolvers } from '../../generated/resolvers-types.js';

export const OperatorMember: OperatorMemberResolvers = {
  joinedAt: (member) => member.createdAt,
};
