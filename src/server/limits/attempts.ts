import type { AttemptLimiter } from '../../domain/accounts/settings.js';
import type { RateLimit } from './options.js';
import { RateLimiter } from './rate-limiter.js';

/**
 * The sign-in and password-reset attempt limits, on the same token buckets as request rates
 * (a RateLimiter of its own, so attempts and ordinary requests never share a bucket): per account
 * in the `user` tier, per client address in the `ip` tier. `false` admits every attempt.
 */
export function createAttemptLimiter(limits: { account: RateLimit; ip: RateLimit } | false, now?: () => number): AttemptLimiter {
  const limiter = new RateLimiter(limits && { apiKey: limits.account, user: limits.account, ip: limits.ip }, now);
  return (bucket, key) => {
    const refused = limiter.admit({ kind: bucket === 'ip' ? 'ip' : 'user', key: `${bucket}:${key}` });
    return refused && { retryAfterSeconds: refused.retryAfterSeconds ?? 1 };
  };
}
