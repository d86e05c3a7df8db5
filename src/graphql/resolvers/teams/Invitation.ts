import type { InvitationResolvers } from '../../generated/resolvers-types.js';
import { required } from '../base/required.js';

export const Invitation: InvitationResolvers = {
  operator: (invitation, _args, { loaders }) => required(loaders.operator.load(invitation.operatorId), `operator ${invitation.operatorId}`),
};
