import { isDriverOrAdmin } from '../../../domain/policy.js';
import type { UserResolvers } from '../../generated/resolvers-types.js';
import { toGlobalId } from '../../global-id.js';

export const User: UserResolvers = {
  id: (user) => toGlobalId('User', user.id),
  // private: the user's own and admins'
  email: (user, _args, { viewer }) => (isDriverOrAdmin(viewer, user.id) ? user.email : null),
  emailVerified: (user, _args, { viewer }) => (isDriverOrAdmin(viewer, user.id) ? user.emailVerifiedAt !== null : null),
};
