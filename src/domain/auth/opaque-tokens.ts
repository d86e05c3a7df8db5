import { createHash, randomBytes } from 'node:crypto';

/**
 * A random token handed to a client (refresh tokens, mailed verification, reset and invitation
 * tokens) and the hash kept in the database. 32 random bytes leave nothing to guess, so a plain
 * SHA-256 is enough to make a leaked table useless (no salt or slow hash needed, unlike passwords).
 */
export interface OpaqueToken {
  /** 43 base64url characters; shown to the client once. */
  token: string;
  /** Hex SHA-256 of `token`; what the database stores and looks up. */
  hash: string;
}

export function newOpaqueToken(): OpaqueToken {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashOpaqueToken(token) };
}

export function hashOpaqueToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
