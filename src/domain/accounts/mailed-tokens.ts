import type { Database } from '../../db/client.js';
import { findUserByEmail } from '../../db/queries/accounts.js';
import {
  findLiveAuthToken,
  insertAuthToken,
  markEmailVerified,
  retireAuthTokens,
  revokeRefreshTokens,
  setPasswordHash,
  useAuthToken,
} from '../../db/queries/credentials.js';
import type { UserRow } from '../../db/schema/index.js';
import { hashOpaqueToken, newOpaqueToken } from '../auth/opaque-tokens.js';
import { hashPassword } from '../auth/passwords.js';
import type { Viewer } from '../auth/viewer.js';
import { fail, succeed, type Outcome } from '../outcome.js';
import { requireUser } from '../policy.js';
import { admitAttempt, mailVerificationCode, weakPassword } from './credentials.js';
import { normaliseEmail } from './email-address.js';
import { accountMail, sendLater } from './mail.js';
import { selfHostedAuth } from './sessions.js';
import type { AccountRequest, AccountSettings } from './settings.js';

const INVALID_CODE = 'The code is invalid, expired or already used';

/** Mails the signed-in user a new verification code (nothing when the address is verified already). */
export async function requestEmailVerification(db: Database, viewer: Viewer, settings: AccountSettings): Promise<Outcome<true>> {
  selfHostedAuth(settings);
  const { user } = requireUser(viewer);
  if (!user.emailVerifiedAt) await db.transaction((tx) => mailVerificationCode(tx, settings, user));
  return succeed(true);
}

/** Marks the address verified with a mailed code; the code works once, until it expires. */
export async function verifyEmail(db: Database, settings: AccountSettings, token: string): Promise<Outcome<UserRow>> {
  selfHostedAuth(settings);
  const verified = await db.transaction(async (tx) => {
    const used = await useAuthToken(tx, 'VERIFY_EMAIL', hashOpaqueToken(token));
    // a code for an address the user has since changed verifies nothing
    return used && markEmailVerified(tx, used.userId, used.email);
  });
  return verified ? succeed(verified) : fail('INVALID_TOKEN', INVALID_CODE, ['input', 'token']);
}

/**
 * Mails a reset code when the address has an account, and answers the same whether it has or
 * not (the answer must not tell who has an account). Counted per address and per client address.
 */
export async function requestPasswordReset(db: Database, { settings, clientAddress }: AccountRequest, rawEmail: string): Promise<Outcome<true>> {
  selfHostedAuth(settings);
  const email = normaliseEmail(rawEmail);
  admitAttempt(settings, 'reset', email ?? rawEmail.trim().toLowerCase(), clientAddress);
  const user = email && (await findUserByEmail(db, email));
  if (user) {
    const { token, hash } = newOpaqueToken();
    const seconds = settings.lifetimes.passwordReset;
    await db.transaction(async (tx) => {
      await insertAuthToken(tx, { userId: user.id, purpose: 'RESET_PASSWORD', tokenHash: hash, email: user.email, expiresAt: new Date(Date.now() + seconds * 1000) });
      await sendLater(tx, user.email, accountMail.passwordReset(token, Math.round(seconds / 60)));
    });
  }
  return succeed(true);
}

/**
 * Sets a new password with a mailed reset code. The code works once; every other reset code of
 * the user and every session are revoked. A weak password is refused before the code is used, so
 * the user can try again with the same code. The code proves the mailbox, so the address counts
 * as verified.
 */
export async function resetPassword(
  db: Database,
  settings: AccountSettings,
  input: { token: string; newPassword: string },
): Promise<Outcome<true>> {
  selfHostedAuth(settings);
  const tokenHash = hashOpaqueToken(input.token);
  const pending = await findLiveAuthToken(db, 'RESET_PASSWORD', tokenHash);
  if (!pending) return fail('INVALID_TOKEN', INVALID_CODE, ['input', 'token']);
  const weak = weakPassword(input.newPassword, pending.email, ['input', 'newPassword']);
  if (weak) return { ok: false, errors: [weak] };
  const passwordHash = await hashPassword(input.newPassword);
  const done = await db.transaction(async (tx) => {
    const used = await useAuthToken(tx, 'RESET_PASSWORD', tokenHash);
    if (!used) return false;
    await setPasswordHash(tx, used.userId, passwordHash);
    await retireAuthTokens(tx, used.userId, 'RESET_PASSWORD');
    await revokeRefreshTokens(tx, { userId: used.userId });
    await markEmailVerified(tx, used.userId, used.email);
    return true;
  });
  return done ? succeed(true) : fail('INVALID_TOKEN', INVALID_CODE, ['input', 'token']);
}
