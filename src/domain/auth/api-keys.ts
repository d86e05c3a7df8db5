import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Every key starts with this, so a key pasted into a bearer header is recognised as one. */
export const API_KEY_PREFIX = 'pk_';

/** Scopes a partner key can carry. */
export const API_KEY_SCOPES = ['lots:write', 'availability:write', 'bookings:read', 'gates:write', 'webhooks:manage'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** A new key: the full key is shown once; only `prefix` and `secretHash` are stored. */
export interface GeneratedApiKey {
  key: string;
  prefix: string;
  secretHash: string;
}

/** `pk_<8 hex id>_<43 base64url secret>`: the id part finds the row, the whole key is hashed. */
export function generateApiKey(): GeneratedApiKey {
  const prefix = `${API_KEY_PREFIX}${randomBytes(4).toString('hex')}`;
  const key = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, secretHash: hashApiKey(key) };
}

/** The stored prefix of a key, or undefined when the text cannot be one of our keys. */
export function prefixOfApiKey(key: string): string | undefined {
  const match = /^(pk_[0-9a-f]{8})_[A-Za-z0-9_-]{43}$/.exec(key);
  return match?.[1];
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Compares a presented key with a stored hash in constant time. */
export function apiKeyMatches(key: string, secretHash: string): boolean {
  const presented = Buffer.from(hashApiKey(key), 'hex');
  const stored = Buffer.from(secretHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
