import { describe, expect, it } from 'vitest';
import { TokenBuckets } from '../../src/server/limits/token-buckets.js';

describe('TokenBuckets', () => {
  const limit = { perSecond: 2, burst: 4 };

  function clock() {
    let now = 0;
    return { now: () => now, advance: (ms: number) => (now += ms) };
  }

  it('admits a burst, then refills at the rate', () => {
    const time = clock();
    const buckets = new TokenBuckets(time.now);
    for (let i = 0; i < 4; i += 1) expect(buckets.take('user:a', limit)).toEqual({ admitted: true });
    expect(buckets.take('user:a', limit)).toEqual({ admitted: false, retryAfterSeconds: 1 });
    time.advance(500); // one token at 2/s
    expect(buckets.take('user:a', limit)).toEqual({ admitted: true });
    expect(buckets.take('user:a', limit)).toMatchObject({ admitted: false });
  });

  it('keeps keys apart and never holds more than the burst', () => {
    const time = clock();
    const buckets = new TokenBuckets(time.now);
    for (let i = 0; i < 4; i += 1) buckets.take('ip:1', limit);
    expect(buckets.take('ip:2', limit)).toEqual({ admitted: true });
    time.advance(60_000);
    for (let i = 0; i < 4; i += 1) expect(buckets.take('ip:1', limit)).toEqual({ admitted: true });
    expect(buckets.take('ip:1', limit)).toMatchObject({ admitted: false });
  });

  it('takes several tokens for a batch; one bigger than the burst takes a full bucket', () => {
    const time = clock();
    const buckets = new TokenBuckets(time.now);
    expect(buckets.take('k', limit, 3)).toEqual({ admitted: true });
    expect(buckets.take('k', limit, 3)).toEqual({ admitted: false, retryAfterSeconds: 1 });
    expect(buckets.take('big', limit, 10)).toEqual({ admitted: true });
    expect(buckets.take('big', limit, 10)).toEqual({ admitted: false, retryAfterSeconds: 2 });
    time.advance(2_000);
    expect(buckets.take('big', limit, 10)).toEqual({ admitted: true });
  });

  it('forgets buckets that have refilled, on the next sweep', () => {
    const time = clock();
    const buckets = new TokenBuckets(time.now);
    buckets.take('ip:1', limit);
    buckets.take('ip:2', limit, 4);
    time.advance(61_000);
    buckets.take('ip:3', limit);
    expect(buckets.size).toBe(1);
  });
});
