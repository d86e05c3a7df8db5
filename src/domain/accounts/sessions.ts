import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/client.js';
import { findUserById } from '../../db/queries/accounts.js';
import {
  findRefreshToken,
  insertRefreshToken,
  revokeRefreshTokens,
  useRefreshToken,
} from '../../db/queries/credentials.js';
import type { UserRow } from '../../db/schema/index.js';
import { signDevelopmentToken } from '../auth/access-tokens.js';
import { hashOpaqueToken, newOpaqueToken } from '../auth/opaque-tokens.js';
import { fail, succeed, type Outcome } from '../outcome.js';
import { AccountsError } from './errors.js';
import type { AccountSettings } from './settings.js';

/** What a client keeps after signing in: a short-lived access token and the next refresh token. */
export interface IssuedSession {
  user: UserRow;
  /** Send as `Authorization: Bearer <accessToken>`. */
  accessToken: string;
  accessTokenExpiresAt: Date;
  /** Single use: exchange it with refreshSession for the next pair. */
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

/** The HS256 settings, or SELF_HOSTED_ACCOUNTS_DISABLED when an identity provider signs users in. */
export function selfHostedAuth(settings: AccountSettings): Extract<AccountSettings['auth'], { kind: 'hs256' }> {
  if (settings.auth.kind !== 'hs256') {
    throw new AccountsError(
      'SELF_HOSTED_ACCOUNTS_DISABLED',
      'This deployment signs users in through its identity provider; Parkway accounts are turned off',
    );
  }
  return settings.auth;
}

/**
 * Issues an access token and a refresh token of `familyId` (a new family: a new sign-in).
 * Call it inside the transaction that makes the change the session follows from.
 */
export async function issueSession(
  db: Database,
  settings: AccountSettings,
  user: UserRow,
  familyId: string = randomUUID(),
): Promise<IssuedSession> {
  const auth = selfHostedAuth(settings);
  const { accessToken: accessSeconds, refreshToken: refreshSeconds } = settings.lifetimes;
  const now = Date.now();
  const refresh = newOpaqueToken();
  const refreshTokenExpiresAt = new Date(now + refreshSeconds * 1000);
  await insertRefreshToken(db, { userId: user.id, familyId, tokenHash: refresh.hash, expiresAt: refreshTokenExpiresAt });
  return {
    user,
    accessToken: await signDevelopmentToken(auth, user, `${accessSeconds}s`),
    accessTokenExpiresAt: new Date(Math.floor(now / 1000) * 1000 + accessSeconds * 1000),
    refreshToken: refresh.token,
    refreshTokenExpiresAt,
  };
}

const INVALID_REFRESH = 'The refresh token is invalid, expired or already used; sign in again';

/**
 * Exchanges a refresh token for a new pair of the same family; the old one stops working. A token
 * that was already used is being replayed (it was copied, or the client raced itself): the whole
 * family is revoked, so whoever holds its latest token must sign in again too.
 */
export async function refreshSession(db: Database, settings: AccountSettings, refreshToken: string): Promise<Outcome<IssuedSession>> {
  selfHostedAuth(settings);
  const tokenHash = hashOpaqueToken(refreshToken);
  const session = await db.transaction(async (tx) => {
    const used = await useRefreshToken(tx, tokenHash);
    if (!used) return undefined;
    const user = await findUserById(tx, used.userId);
    return user && issueSession(tx, settings, user, used.familyId);
  });
  if (session) return succeed(session);
  const known = await findRefreshToken(db, tokenHash);
  if (known?.usedAt) await revokeRefreshTokens(db, { familyId: known.familyId });
  return fail('INVALID_TOKEN', INVALID_REFRESH, ['input', 'refreshToken']);
}

/** Ends the session the refresh token belongs to: every token of its family stops working. */
export async function signOut(db: Database, settings: AccountSettings, refreshToken: string): Promise<Outcome<true>> {
  selfHostedAuth(settings);
  const known = await findRefreshToken(db, hashOpaqueToken(refreshToken));
  if (!known) return fail('INVALID_TOKEN', 'No session has this refresh token', ['input', 'refreshToken']);
  await revokeRefreshTokens(db, { familyId: known.familyId });
  return succeed(true);
}
