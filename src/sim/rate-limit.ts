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
