import { apiError, type Answer } from './answer.js';

/**
 * A per-key token bucket: `rate` tokens per second, capacity `rate` (one second of burst, at least 1).
 * `RateLimit-Reset` is the number of whole seconds until the bucket is full again.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;
  private readonly capacity: number;

  constructor(
    private readonly rate: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.capacity = Math.max(1, rate);
    this.tokens = this.capacity;
    this.last = this.now();
  }

  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((t - this.last) / 1000) * this.rate);
    this.last = t;
  }

  /** Takes one token; on refusal returns the whole seconds to wait for the next one (at least 1). */
  take(): { ok: true } | { ok: false; retryAfterSeconds: number } {
    this.refill();
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - this.tokens) / this.rate)) };
  }

  /** The values of the RateLimit-* headers after the current request. */
  headers(): { limit: number; remaining: number; reset: number } {
    this.refill();
    return {
      limit: Math.max(1, Math.round(this.rate)),
      remaining: Math.max(0, Math.floor(this.tokens)),
      reset: Math.ceil((this.capacity - this.tokens) / this.rate),
    };
  }
}

/** What a simulator without a rate limit advertises: a limit no run comes near. */
export const UNLIMITED_RATE_HEADERS: Readonly<Record<string, string>> = {
  'RateLimit-Limit': '1000000',
  'RateLimit-Remaining': '1000000',
  'RateLimit-Reset': '0',
};

/**
 * One token bucket per key. Without a rate (undefined or 0) every request is admitted and still gets the
 * RateLimit-* headers, because the decided contract is that every response carries them.
 */
export class KeyRateLimits {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(private readonly rate: number | undefined) {}

  /** Takes a token for `token`: the headers its answer carries, and the 429 when the bucket is empty. */
  admit(token: string): { headers: Record<string, string>; refused: Answer | null } {
    if (this.rate === undefined || this.rate <= 0) return { headers: { ...UNLIMITED_RATE_HEADERS }, refused: null };
    let bucket = this.buckets.get(token);
    if (!bucket) this.buckets.set(token, (bucket = new TokenBucket(this.rate)));
    const taken = bucket.take();
    const h = bucket.headers();
    const headers = {
      'RateLimit-Limit': String(h.limit),
      'RateLimit-Remaining': String(h.remaining),
      'RateLimit-Reset': String(h.reset),
    };
    if (taken.ok) return { headers, refused: null };
    const message = `rate limit of ${h.limit} requests per second exceeded`;
    const retryAfter = { 'Retry-After': String(taken.retryAfterSeconds) };
    return { headers, refused: apiError(429, 'rate_limited', message, retryAfter) };
  }
}
