import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../../src/sim/rate-limit.js';

describe('the token bucket', () => {
  it('allows a burst of `rate`, refills at `rate` per second, and says how long to wait', () => {
    let now = 0;
    const bucket = new TokenBucket(10, () => now);
    for (let i = 0; i < 10; i++) expect(bucket.take().ok).toBe(true);
    expect(bucket.take()).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(bucket.headers()).toEqual({ limit: 10, remaining: 0, reset: 1 });
    now += 250;
    expect(bucket.headers().remaining).toBe(2);
    now += 10_000;
    expect(bucket.headers()).toEqual({ limit: 10, remaining: 10, reset: 0 });
  });

  it('keeps a capacity of at least one request below 1 request per second', () => {
    let now = 0;
    const bucket = new TokenBucket(0.5, () => now);
    expect(bucket.take().ok).toBe(true);
    expect(bucket.take()).toEqual({ ok: false, retryAfterSeconds: 2 });
    now += 2000;
    expect(bucket.take().ok).toBe(true);
  });
});
