import type { Viewer } from '../../domain/auth/viewer.js';
import type { RateLimits } from './options.js';
import { TokenBuckets } from './token-buckets.js';
import { LimitCode, violation, type LimitViolation } from './violations.js';

/** Who a limit counts against: a partner's key, a user, or (anonymous, bad credentials) an IP. */
export interface Principal {
  kind: keyof RateLimits;
  key: string;
}

/** `viewer` undefined: the credentials were bad, so only the address is known. */
export function principalOf(viewer: Viewer | undefined, address: string): Principal {
  if (viewer?.kind === 'apiKey') return { kind: 'apiKey', key: `apiKey:${viewer.key.id}` };
  if (viewer?.kind === 'user') return { kind: 'user', key: `user:${viewer.user.id}` };
  return { kind: 'ip', key: `ip:${address}` };
}

/** Per-principal request rates (see RateLimits); `false` admits everything. */
export class RateLimiter {
  private readonly buckets: TokenBuckets;

  constructor(
    private readonly limits: RateLimits | false,
    now?: () => number,
  ) {
    this.buckets = new TokenBuckets(now);
  }

  /** Counts `operations` requests against `principal`; a violation when its bucket is empty. */
  admit(principal: Principal, operations = 1): LimitViolation | undefined {
    if (!this.limits) return undefined;
    const admission = this.buckets.take(principal.key, this.limits[principal.kind], operations);
    if (admission.admitted) return undefined;
    return {
      ...violation(LimitCode.RATE_LIMITED, `Too many requests; try again in ${admission.retryAfterSeconds} s`),
      retryAfterSeconds: admission.retryAfterSeconds,
    };
  }
}
