import type { RateLimit } from './options.js';

interface Bucket {
  tokens: number;
  updatedAt: number;
  /** When it will have refilled completely; after that forgetting it changes nothing. */
  fullAt: number;
}

export type Admission = { admitted: true } | { admitted: false; retryAfterSeconds: number };

/** How often full buckets are forgotten. */
const SWEEP_INTERVAL_MS = 60_000;

/**
 * Token buckets in this process's memory, one per key ("user:<id>", "ip:<address>"). Each
 * replica counts on its own: N replicas behind a balancer admit up to N times the rate.
 * Full buckets are dropped on a sweep, so memory follows the recent clients.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep: number;

  constructor(private readonly now: () => number = () => performance.now()) {
    this.lastSweep = now();
  }

  /**
   * Takes `count` tokens from `key`'s bucket, or says how long until they are there. A request
   * for more than the whole bucket (a batch bigger than the burst) takes a full bucket.
   */
  take(key: string, limit: RateLimit, count = 1): Admission {
    const now = this.now();
    this.sweep(now);
    const bucket = this.buckets.get(key) ?? { tokens: limit.burst, updatedAt: now, fullAt: now };
    bucket.tokens = Math.min(limit.burst, bucket.tokens + ((now - bucket.updatedAt) / 1000) * limit.perSecond);
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    const needed = Math.min(count, limit.burst);
    const admitted = bucket.tokens >= needed;
    if (admitted) bucket.tokens -= needed;
    bucket.fullAt = now + ((limit.burst - bucket.tokens) / limit.perSecond) * 1000;
    if (admitted) return { admitted: true };
    return { admitted: false, retryAfterSeconds: Math.max(1, Math.ceil((needed - bucket.tokens) / limit.perSecond)) };
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < SWEEP_INTERVAL_MS) return;
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) {
      if (bucket.fullAt <= now) this.buckets.delete(key);
    }
  }

  /** Buckets held now (for tests and metrics). */
  get size(): number {
    return this.buckets.size;
  }
}
