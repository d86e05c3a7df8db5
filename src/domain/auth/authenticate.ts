import type { Database } from '../../db/client.js';
import {
  findLiveApiKeyByPrefix,
  findMembershipsOfUser,
  findUserByEmail,
  findUserById,
  touchApiKey,
} from '../../db/queries/accounts.js';
import type { UserRow } from '../../db/schema/index.js';
import type { TokenClaims, TokenVerifier } from './access-tokens.js';
import { apiKeyMatches, prefixOfApiKey, API_KEY_PREFIX } from './api-keys.js';
import { AuthenticationError } from './authentication-error.js';
import { provisionOidcUser } from './provision-oidc-user.js';
import { ANONYMOUS, type Viewer } from './viewer.js';

export { AuthenticationError };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Who sent a request, from the value of its `Authorization` header (or the same string in a
 * WebSocket's `connection_init`): `Bearer <JWT>` for users, `Bearer pk_...` for partner keys.
 * No credentials: anonymous. Bad credentials are an error, never silently anonymous, so a client
 * with an expired token learns it instead of seeing less data.
 * @throws AuthenticationError
 */
export async function authenticate(db: Database, authorization: string | undefined, verify: TokenVerifier): Promise<Viewer> {
  if (!authorization) return ANONYMOUS;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw new AuthenticationError('Authorization must be "Bearer <token>"');
  const credential = match[1]!;
  return credential.startsWith(API_KEY_PREFIX) ? viewerOfApiKey(db, credential) : viewerOfToken(db, credential, verify);
}

async function viewerOfToken(db: Database, token: string, verify: TokenVerifier): Promise<Viewer> {
  const claims = await verify(token).catch(() => {
    throw new AuthenticationError('The access token is invalid or has expired');
  });
  const user = claims.signer === 'oidc' ? await provisionOidcUser(db, claims) : await userOfOwnToken(db, claims);
  const memberships = await findMembershipsOfUser(db, user.id);
  return { kind: 'user', user, memberships: memberships.map(({ operatorId, role }) => ({ operatorId, role })) };
}

/** Our own tokens name the user by id, or by email when signed without a database (`npm run token`). */
async function userOfOwnToken(db: Database, claims: TokenClaims): Promise<UserRow> {
  const user =
    (UUID.test(claims.subject) ? await findUserById(db, claims.subject) : undefined) ??
    (claims.email ? await findUserByEmail(db, claims.email) : undefined);
  if (!user) throw new AuthenticationError('The access token names no Parkway user');
  return user;
}

async function viewerOfApiKey(db: Database, presented: string): Promise<Viewer> {
  const prefix = prefixOfApiKey(presented);
  const key = prefix && (await findLiveApiKeyByPrefix(db, prefix));
  if (!key || !apiKeyMatches(presented, key.secretHash)) throw new AuthenticationError('The API key is invalid or revoked');
  await touchApiKey(db, key.id);
  return { kind: 'apiKey', key: { id: key.id, operatorId: key.operatorId, scopes: key.scopes, name: key.name, gateId: key.gateId } };
}
