import type { AuthConfig } from '../auth/auth-config.js';

/** An attempt over the limit: how long until one more is allowed. */
export interface AttemptRefusal {
  retryAfterSeconds: number;
}

/**
 * Counts one attempt of a sensitive action (sign-in, password reset, password change) against a
 * bucket: `account` keys are normalised emails or user ids, `ip` keys client addresses. Returns a
 * refusal when that bucket is empty (see server/limits, whose token buckets back it).
 */
export type AttemptLimiter = (bucket: 'account' | 'ip', key: string) => AttemptRefusal | undefined;

/** How long each kind of token lives, in seconds. */
export interface AccountTokenLifetimes {
  /** Access tokens (JWT): short, because they cannot be revoked before they expire. @default 900 (15 min) */
  accessToken: number;
  /** Each refresh token; using it issues the next one. @default 2_592_000 (30 days) */
  refreshToken: number;
  /** Mailed email-verification tokens. @default 86_400 (24 h) */
  emailVerification: number;
  /** Mailed password-reset tokens. @default 3_600 (1 h) */
  passwordReset: number;
  /** Mailed team invitations. @default 604_800 (7 days) */
  invitation: number;
}

export const DEFAULT_TOKEN_LIFETIMES: AccountTokenLifetimes = {
  accessToken: 15 * 60,
  refreshToken: 30 * 86_400,
  emailVerification: 86_400,
  passwordReset: 3_600,
  invitation: 7 * 86_400,
};

/** What the account services need from the server, built once per server. */
export interface AccountSettings {
  /** Self-hosted accounts work only with HS256: the server signs its own access tokens. */
  auth: AuthConfig;
  limitAttempt: AttemptLimiter;
  lifetimes: AccountTokenLifetimes;
}

/** The account settings and where this request came from (for per-IP limits). */
export interface AccountRequest {
  settings: AccountSettings;
  clientAddress: string;
}
