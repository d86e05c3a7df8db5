import { createApiKey, revokeApiKey, rotateApiKey } from '../../../domain/auth/api-key-management.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { fromGlobalIdOf } from '../../global-id.js';
import { toPayload } from '../../payload.js';
import { STORED_SCOPE } from './ApiKey.js';

export const Mutation: Pick<MutationResolvers, 'createApiKey' | 'rotateApiKey' | 'revokeApiKey'> = {
  createApiKey: async (_parent, { input }, { db, viewer }) => {
    const outcome = await createApiKey(db, viewer, {
      operatorId: fromGlobalIdOf('Operator', input.operatorId, 'input.operatorId'),
      name: input.name,
      scopes: input.scopes.map((scope) => STORED_SCOPE[scope]),
    });
    return { ...toPayload('apiKey', outcome.ok ? { ok: true, value: outcome.value.apiKey } : outcome), secret: outcome.ok ? outcome.value.secret : null };
  },
  rotateApiKey: async (_parent, { input }, { db, viewer }) => {
    const outcome = await rotateApiKey(db, viewer, fromGlobalIdOf('ApiKey', input.apiKeyId, 'input.apiKeyId'));
    return { ...toPayload('apiKey', outcome.ok ? { ok: true, value: outcome.value.apiKey } : outcome), secret: outcome.ok ? outcome.value.secret : null };
  },
  revokeApiKey: async (_parent, { input }, { db, viewer }) =>
    toPayload('apiKey', await revokeApiKey(db, viewer, fromGlobalIdOf('ApiKey', input.apiKeyId, 'input.apiKeyId'))),
};
