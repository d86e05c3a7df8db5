import { requestEmailVerification, requestPasswordReset, resetPassword, verifyEmail } from '../../../domain/accounts/mailed-tokens.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { toPayload } from '../../payload.js';
import { accountRequest } from './request.js';
import { okPayload } from './sessions.js';

/** What a mailed code does: verify an address, reset a password. */
export const mailedTokenMutations: Pick<
  MutationResolvers,
  'requestEmailVerification' | 'verifyEmail' | 'requestPasswordReset' | 'resetPassword'
> = {
  requestEmailVerification: async (_parent, _args, context) =>
    okPayload(await requestEmailVerification(context.db, context.viewer, accountRequest(context).settings)),
  verifyEmail: async (_parent, { input }, context) =>
    toPayload('user', await verifyEmail(context.db, accountRequest(context).settings, input.token)),
  requestPasswordReset: async (_parent, { input }, context) =>
    okPayload(await requestPasswordReset(context.db, accountRequest(context), input.email)),
  resetPassword: async (_parent, { input }, context) =>
    okPayload(await resetPassword(context.db, accountRequest(context).settings, input)),
};
