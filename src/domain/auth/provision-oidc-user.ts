import type { Database } from '../../db/client.js';
import { findUserByEmail } from '../../db/queries/accounts.js';
import { findUserByIdentity, hasIdentity, insertUserWithIdentity, linkVerifiedIdentity } from '../../db/queries/user-identities.js';
import type { UserRow } from '../../db/schema/index.js';
import type { TokenClaims } from './access-tokens.js';
import { AuthenticationError } from './authentication-error.js';

/** Losing a race to a concurrent first request costs one more look-up; more means something is wrong. */
const ATTEMPTS = 3;

/**
 * The Parkway user behind a verified token from the configured OpenID Provider, created on first
 * use. The rules (docs/decisions/oidc-account-linking.md):
 * 1. the provider account (issuer, subject) is linked already: its user;
 * 2. a user has the token's email: linked only when the token says `email_verified: true`, and
 *    only to an account nobody else could have made with that address unverified (see
 *    `mayLinkByEmail`); the email counts as verified from then on;
 * 3. nobody has the email: a new DRIVER with it (verified when the token says so).
 * @throws AuthenticationError when the token has no email, or the email belongs to an account it
 *   may not be linked to; nothing is written then.
 */
export async function provisionOidcUser(db: Database, claims: TokenClaims): Promise<UserRow> {
  const { issuer, subject, email } = claims;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const linked = await findUserByIdentity(db, issuer, subject);
    if (linked) return linked;
    if (!email) throw new AuthenticationError('The identity provider shared no email address; Parkway needs one (scope "email")');
    const owner = await findUserByEmail(db, email);
    if (owner) {
      // a concurrent first request for this very identity may have committed its user (and, in the
      // same transaction, the identity) since the look-up above: then that user is ours
      const linkedMeanwhile = await findUserByIdentity(db, issuer, subject);
      if (linkedMeanwhile) return linkedMeanwhile;
      if (!claims.emailVerified) {
        throw new AuthenticationError(`${email} belongs to a Parkway account: verify the address at the identity provider to sign in with it`);
      }
      if (!(await mayLinkByEmail(db, owner))) {
        throw new AuthenticationError(`The Parkway account of ${email} has not verified its address, so no sign-in can join it by email: ask an administrator`);
      }
      await linkVerifiedIdentity(db, { issuer, subject, userId: owner.id });
      continue;
    }
    const user = {
      email,
      displayName: displayNameOf(claims, email),
      role: 'DRIVER',
      emailVerifiedAt: claims.emailVerified ? new Date() : null,
    } as const;
    const created = await insertUserWithIdentity(db, user, { issuer, subject });
    if (created) return created;
  }
  throw new Error(`could not provision a user for ${issuer} ${subject}`);
}

/**
 * An account may be joined by whoever proves the email when its address is verified, or when it
 * has no way in of its own (made by an admin or the seed). Otherwise someone may have made it
 * with an address that is not theirs, waiting for the owner to be linked into it (pre-hijacking).
 */
async function mayLinkByEmail(db: Database, owner: UserRow): Promise<boolean> {
  if (owner.emailVerifiedAt) return true;
  return owner.passwordHash === null && !(await hasIdentity(db, owner.id));
}

/** `name`, else `preferred_username`, else the email's local part. */
function displayNameOf(claims: TokenClaims, email: string): string {
  return (claims.name ?? (email.split('@')[0] || email)).slice(0, 100);
}
