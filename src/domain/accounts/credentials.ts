import type { Database } from '../../db/client.js';
import { findUserByEmail } from '../../db/queries/accounts.js';
import {
  insertAuthToken,
  insertUserWithPassword,
  revokeRefreshTokens,
  setPasswordHash,
} from '../../db/queries/credentials.js';
import type { UserRow } from '../../db/schema/index.js';
import { newOpaqueToken } from '../auth/opaque-tokens.js';
import { hashPassword, passwordProblem, verifyAgainstDummy, verifyPassword } from '../auth/passwords.js';
import { fail, succeed, type Outcome, type UserError } from '../outcome.js';
import { requireUser } from '../policy.js';
import type { Viewer } from '../auth/viewer.js';
import { normaliseEmail } from './email-address.js';
import { AccountsError } from './errors.js';
import { accountMail, sendLater } from './mail.js';
import { issueSession, selfHostedAuth, type IssuedSession } from './sessions.js';
import type { AccountRequest, AccountSettings } from './settings.js';

const INVALID_CREDENTIALS = 'The email or password is wrong';
const MAX_DISPLAY_NAME = 80;

/**
 * Creates an account and signs it in; a verification code goes to the address (through the
 * outbox, in the same transaction). A taken address is EMAIL_TAKEN: this tells whoever asks that
 * the address has an account (see docs/accounts.md); sign-in and password reset never do.
 */
export async function signUp(
  db: Database,
  settings: AccountSettings,
  input: { email: string; password: string; displayName: string },
): Promise<Outcome<IssuedSession>> {
  selfHostedAuth(settings);
  const email = normaliseEmail(input.email);
  if (!email) return fail('INVALID_EMAIL', 'This is not an email address', ['input', 'email']);
  const displayName = input.displayName.trim();
  if (displayName.length < 1 || displayName.length > MAX_DISPLAY_NAME) {
    return fail('INVALID_INPUT', `displayName must have 1 to ${MAX_DISPLAY_NAME} characters`, ['input', 'displayName']);
  }
  const weak = weakPassword(input.password, email, ['input', 'password']);
  if (weak) return { ok: false, errors: [weak] };
  const passwordHash = await hashPassword(input.password);
  const session = await db.transaction(async (tx) => {
    const user = await insertUserWithPassword(tx, { email, displayName, passwordHash });
    if (!user) return undefined;
    await mailVerificationCode(tx, settings, user);
    return issueSession(tx, settings, user);
  });
  return session ? succeed(session) : fail('EMAIL_TAKEN', 'An account with this email exists; sign in instead', ['input', 'email']);
}

/**
 * Signs in with email and password. An unknown address, an account without a password and a
 * wrong password all answer INVALID_CREDENTIALS after the same argon2 work. Attempts count per
 * address and per client address, before the password is looked at (RATE_LIMITED when over).
 */
export async function signIn(
  db: Database,
  { settings, clientAddress }: AccountRequest,
  input: { email: string; password: string },
): Promise<Outcome<IssuedSession>> {
  selfHostedAuth(settings);
  const email = normaliseEmail(input.email) ?? input.email.trim().toLowerCase();
  admitAttempt(settings, 'sign-in', email, clientAddress);
  const user = await findUserByEmail(db, email);
  const matches = user?.passwordHash ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  if (!user || !matches) return fail('INVALID_CREDENTIALS', INVALID_CREDENTIALS);
  return succeed(await db.transaction((tx) => issueSession(tx, settings, user)));
}

/**
 * Changes the signed-in user's password after checking the current one (counted like sign-in
 * attempts). Every session of the user is revoked, those on other devices included; the answer
 * carries a fresh session for the device that asked.
 */
export async function changePassword(
  db: Database,
  viewer: Viewer,
  { settings, clientAddress }: AccountRequest,
  input: { currentPassword: string; newPassword: string },
): Promise<Outcome<IssuedSession>> {
  selfHostedAuth(settings);
  const { user } = requireUser(viewer);
  admitAttempt(settings, 'sign-in', user.email, clientAddress);
  const matches = user.passwordHash ? await verifyPassword(user.passwordHash, input.currentPassword) : await verifyAgainstDummy(input.currentPassword);
  if (!matches) return fail('INVALID_CREDENTIALS', 'The current password is wrong', ['input', 'currentPassword']);
  const weak = weakPassword(input.newPassword, user.email, ['input', 'newPassword']);
  if (weak) return { ok: false, errors: [weak] };
  const passwordHash = await hashPassword(input.newPassword);
  return succeed(
    await db.transaction(async (tx) => {
      await setPasswordHash(tx, user.id, passwordHash);
      await revokeRefreshTokens(tx, { userId: user.id });
      return issueSession(tx, settings, { ...user, passwordHash });
    }),
  );
}

/** WEAK_PASSWORD naming `field`, or undefined for an acceptable password. */
export function weakPassword(password: string, email: string, field: string[]): UserError | undefined {
  const problem = passwordProblem(password, email);
  return problem ? { code: 'WEAK_PASSWORD', message: problem, field } : undefined;
}

/**
 * Counts an attempt of `action` against the account's and the client address's buckets.
 * @throws AccountsError RATE_LIMITED when either is empty
 */
export function admitAttempt(settings: AccountSettings, action: string, accountKey: string, clientAddress: string): void {
  const refusal = settings.limitAttempt('ip', `${action}:${clientAddress}`) ?? settings.limitAttempt('account', `${action}:${accountKey}`);
  if (refusal) {
    throw new AccountsError('RATE_LIMITED', `Too many attempts; try again in ${refusal.retryAfterSeconds} s`, {
      retryAfterSeconds: refusal.retryAfterSeconds,
    });
  }
}

/** Queues a verification code for the user's current address (inside the caller's transaction). */
export async function mailVerificationCode(db: Database, settings: AccountSettings, user: UserRow): Promise<void> {
  const { token, hash } = newOpaqueToken();
  const seconds = settings.lifetimes.emailVerification;
  await insertAuthToken(db, {
    userId: user.id,
    purpose: 'VERIFY_EMAIL',
    tokenHash: hash,
    email: user.email,
    expiresAt: new Date(Date.now() + seconds * 1000),
  });
  await sendLater(db, user.email, accountMail.emailVerification(token, Math.round(seconds / 3600)));
}
