import type { MembershipResolvers } from '../../generated/resolvers-types.js';
import { required } from '../base/required.js';

export const Membership: MembershipResolvers = {
  operator: (membership, _args, { loaders }) =>
    required(loaders.operator.load(membership.operatorId), `operator ${membership.operatorId}`),
};
