import { isDriverOrAdmin } from '../../../domain/policy.js';
import type { UserResolvers } from '../../generated/resolvers-types.js';

/** The account fields of User, private like its email. */
export const userAccountFields: Pick<UserResolvers, 'emailVerified'> = {
  emailVerified: (user, _args, { viewer }) => (isDriverOrAdmin(viewer, user.id) ? user.emailVerifiedAt !== null : null),
};
