import { hash, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

/**
 * argon2id with OWASP's minimum (19 MiB, 2 passes, 1 lane): slow enough to make guessing
 * costly, fast enough for a sign-in (its cost per hash: docs/performance.md). The
 * library's default algorithm is argon2id; the stored PHC string (`$argon2id$v=19$m=...`) names
 * its parameters, so raising them later leaves existing hashes verifiable.
 */
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Fewest characters (code points) a password may have. */
export const MIN_PASSWORD_LENGTH = 10;
/** Most characters a password may have: argon2 would take more, but a megabyte "password" is abuse. */
export const MAX_PASSWORD_LENGTH = 256;

/** A PHC string of `password` under argon2id with a fresh random salt. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** Whether `password` matches `passwordHash`; a malformed hash is a mismatch, not an error. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies against a hash of a random password that nobody knows, so an unknown email or an
 * account without a password costs the same argon2 work as a wrong password: timing does not
 * tell which emails have accounts. Always false.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword(randomBytes(32).toString('base64url'));
  await verifyPassword(await dummyHash, password);
  return false;
}

/** Why a password is refused, or undefined when it is acceptable. */
export function passwordProblem(password: string, email: string): string | undefined {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters`;
  if (length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters`;
  const folded = password.normalize('NFKC').trim().toLowerCase();
  const localPart = email.slice(0, email.lastIndexOf('@'));
  if (folded === email || folded === localPart) return 'The password must not be your email address';
  if (new Set(folded).size < 3) return 'Use more than two different characters';
  return undefined;
}
