/** When failed deliveries are tried again, and when an endpoint that keeps failing is switched off. */
export interface RetryPolicy {
  /** Delay after the first failed attempt; each further failure doubles it. @default 5_000 */
  firstDelayMs: number;
  /** The longest delay between two attempts. @default 4 hours */
  maxDelayMs: number;
  /** A delivery not delivered within this time of its creation is given up (dead-lettered). @default 24 hours */
  horizonMs: number;
  /** An endpoint whose every attempt has failed for this long is disabled. @default 24 hours */
  disableAfterMs: number;
}

const HOUR_MS = 60 * 60_000;

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  firstDelayMs: 5_000,
  maxDelayMs: 4 * HOUR_MS,
  horizonMs: 24 * HOUR_MS,
  disableAfterMs: 24 * HOUR_MS,
};

/**
 * When to try a delivery again after its `attempts`-th attempt failed at `now`: exponential
 * back-off with up to 10% random spread (so endpoints that failed together do not retry in
 * lockstep), or undefined when that would be past the horizon (the delivery is dead-lettered).
 */
export function nextAttemptAt(policy: RetryPolicy, attempts: number, createdAt: Date, now: Date, random = Math.random): Date | undefined {
  const delay = Math.min(policy.firstDelayMs * 2 ** Math.max(0, attempts - 1), policy.maxDelayMs) * (1 + random() * 0.1);
  const at = now.getTime() + delay;
  return at - createdAt.getTime() > policy.horizonMs ? undefined : new Date(at);
}

/** True when an endpoint failing since `failingSince` has failed long enough to be disabled. */
export function shouldDisable(policy: RetryPolicy, failingSince: Date | null, now: Date): boolean {
  return failingSince !== null && now.getTime() - failingSince.getTime() >= policy.disableAfterMs;
}
