import { changePassword, signIn, signUp } from '../../../domain/accounts/credentials.js';
import { refreshSession, signOut } from '../../../domain/accounts/sessions.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { toPayload } from '../../payload.js';
import { accountRequest } from './request.js';

/** Sign-up, sign-in and the session's life: refresh, sign-out, password change. */
export const sessionMutations: Pick<MutationResolvers, 'signUp' | 'signIn' | 'refreshSession' | 'signOut' | 'changePassword'> = {
  signUp: async (_parent, { input }, context) => toPayload('session', await signUp(context.db, accountRequest(context).settings, input)),
  signIn: async (_parent, { input }, context) => toPayload('session', await signIn(context.db, accountRequest(context), input)),
  refreshSession: async (_parent, { input }, context) =>
    toPayload('session', await refreshSession(context.db, accountRequest(context).settings, input.refreshToken)),
  signOut: async (_parent, { input }, context) =>
    okPayload(await signOut(context.db, accountRequest(context).settings, input.refreshToken)),
  changePassword: async (_parent, { input }, context) =>
    toPayload('session', await changePassword(context.db, context.viewer, accountRequest(context), input)),
};

/** An AccountActionPayload: `ok` true on success. */
export function okPayload(outcome: Parameters<typeof toPayload<'ok', true>>[1]) {
  const { ok, userErrors } = toPayload('ok', outcome);
  return { ok: ok ?? false, userErrors };
}
