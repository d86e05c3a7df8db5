import { requestEmailVerification, requestPasswordReset, resetPassword, verifyEmail } from '../../../domain/accounts/mailed-tokens.js';
import { changePassword, signIn, signUp } from '../../../domain/accounts/credentials.js';
import { refreshSession, signOut } from '../../../domain/accounts/sessions.js';
import { addVehicle, removeVehicle, updateVehicleDetails } from '../../../domain/vehicles.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { fromGlobalIdOf } from '../../global-id.js';
import { toPayload } from '../../payload.js';
import { accountRequest } from './request.js';

/** A driver's vehicles. */
const vehicleMutations: Pick<MutationResolvers, 'addVehicle' | 'updateVehicle' | 'removeVehicle'> = {
  addVehicle: async (_parent, { input }, { db, viewer }) =>
    toPayload(
      'vehicle',
      await addVehicle(db, viewer, {
        plate: input.plate,
        country: input.country,
        nickname: input.nickname ?? undefined,
        heightCm: input.heightCm ?? undefined,
      }),
    ),
  updateVehicle: async (_parent, { input }, { db, viewer }) => {
    const changes: { nickname?: string | null; heightCm?: number | null } = {};
    if (input.nickname !== undefined) changes.nickname = input.nickname;
    if (input.heightCm !== undefined) changes.heightCm = input.heightCm;
    const vehicleId = fromGlobalIdOf('Vehicle', input.vehicleId, 'input.vehicleId');
    return toPayload('vehicle', await updateVehicleDetails(db, viewer, vehicleId, changes));
  },
  removeVehicle: async (_parent, { input }, { db, viewer }) =>
    toPayload('vehicle', await removeVehicle(db, viewer, fromGlobalIdOf('Vehicle', input.vehicleId, 'input.vehicleId'))),
};

/** Sign-up, sign-in and the session's life: refresh, sign-out, password change. */
const sessionMutations: Pick<MutationResolvers, 'signUp' | 'signIn' | 'refreshSession' | 'signOut' | 'changePassword'> = {
  signUp: async (_parent, { input }, context) => toPayload('session', await signUp(context.db, accountRequest(context).settings, input)),
  signIn: async (_parent, { input }, context) => toPayload('session', await signIn(context.db, accountRequest(context), input)),
  refreshSession: async (_parent, { input }, context) =>
    toPayload('session', await refreshSession(context.db, accountRequest(context).settings, input.refreshToken)),
  signOut: async (_parent, { input }, context) =>
    okPayload(await signOut(context.db, accountRequest(context).settings, input.refreshToken)),
  changePassword: async (_parent, { input }, context) =>
    toPayload('session', await changePassword(context.db, context.viewer, accountRequest(context), input)),
};

/** What a mailed code does: verify an address, reset a password. */
const mailedTokenMutations: Pick<MutationResolvers, 'requestEmailVerification' | 'verifyEmail' | 'requestPasswordReset' | 'resetPassword'> = {
  requestEmailVerification: async (_parent, _args, context) =>
    okPayload(await requestEmailVerification(context.db, context.viewer, accountRequest(context).settings)),
  verifyEmail: async (_parent, { input }, context) =>
    toPayload('user', await verifyEmail(context.db, accountRequest(context).settings, input.token)),
  requestPasswordReset: async (_parent, { input }, context) =>
    okPayload(await requestPasswordReset(context.db, accountRequest(context), input.email)),
  resetPassword: async (_parent, { input }, context) =>
    okPayload(await resetPassword(context.db, accountRequest(context).settings, input)),
};

/** An AccountActionPayload: `ok` true on success. */
function okPayload(outcome: Parameters<typeof toPayload<'ok', true>>[1]) {
  const { ok, userErrors } = toPayload('ok', outcome);
  return { ok: ok ?? false, userErrors };
}

export const Mutation: MutationResolvers = { ...vehicleMutations, ...sessionMutations, ...mailedTokenMutations };
