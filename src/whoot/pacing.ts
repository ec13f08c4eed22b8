/**
 * Rate-limit pacing. The API is a token bucket per key and says where the bucket stands on every answer
 * (`RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Reset` = seconds until full, ../shared/whoot-api.md).
 * Waiting for the bucket to refill completely and then bursting (stop-and-go) leaves the API idle for most of
 * each reset and queues every request behind the slowest refill; pacing request starts at the refill rate
 * once the bucket runs low keeps it just above empty, so the run gets every token the API hands out and no 429.
 */

/** What one answer says about the bucket; null fields when the header is absent or unreadable. */
export interface RateReading {
  limit: number | null;
  remaining: number;
  /** ms until the bucket is full again (0 when it is full) */
  resetMs: number | null;
}

/** Longest pause the gate takes on the server's word (a bogus header must not stall a run for hours). */
export const MAX_GATE_PAUSE_MS = 30_000;

/** Read the RateLimit-* headers; null without `RateLimit-Remaining` (the API may send none). */
export function readRateHeaders(headers: { get(name: string): string | null }, now = Date.now()): RateReading | null {
  const remainingRaw = headers.get('ratelimit-remaining');
  if (remainingRaw === null) return null;
  const remaining = Number(remainingRaw);
  if (!Number.isFinite(remaining)) return null;
  const limitRaw = Number(headers.get('ratelimit-limit') ?? NaN);
  const resetRaw = Number(headers.get('ratelimit-reset') ?? NaN);
  let resetMs: number | null = null;
  // Seconds per the docs; an epoch timestamp is tolerated (some gateways send one).
  if (Number.isFinite(resetRaw) && resetRaw >= 0)
    resetMs = resetRaw > 1e9 ? Math.max(0, resetRaw * 1000 - now) : resetRaw * 1000;
  return { limit: Number.isFinite(limitRaw) && limitRaw > 0 ? limitRaw : null, remaining, resetMs };
}

/** How to pace after an answer: a pause (bucket empty), a spacing between starts, or neither. */
export interface PaceDecision {
  /** ms during which no request may start (0: none) */
  pauseMs: number;
  /** ms between consecutive request starts from now on (0: unpaced) */
  intervalMs: number;
}

/**
 * The pacing rule, pure. `reserve` is how many requests may be on their way already (each takes a token).
 * - plenty left (more than twice the reserve): no pacing, the burst is there to be used;
 * - running low: space starts at the refill rate, estimated as the tokens missing over the time to refill them
 *   (whole seconds are rounded up by the API, so the estimate errs slow, never into a 429);
 * - nothing left beyond what is in flight, or no way to estimate the rate: pause until the bucket is full
 *   (the only safe move without a rate; the old stop-and-go, now only a fallback).
 */
export function paceDecision(reading: RateReading, reserve: number): PaceDecision {
  const { limit, remaining, resetMs } = reading;
  if (remaining > 2 * reserve + 1) return { pauseMs: 0, intervalMs: 0 };
  const missing = limit === null ? null : limit - remaining;
  const canEstimate = missing !== null && missing > 0 && resetMs !== null && resetMs > 0;
  if (!canEstimate) {
    if (remaining > reserve) return { pauseMs: 0, intervalMs: 0 };
    return { pauseMs: Math.min(resetMs && resetMs > 0 ? resetMs : 1000, MAX_GATE_PAUSE_MS), intervalMs: 0 };
  }
  const intervalMs = resetMs / missing;
  // At or below the reserve the requests already sent take the last tokens: let the refill of those (and of
  // one more, for the next start) pass from now, then go on at the refill rate.
  const pauseMs = remaining <= reserve ? Math.min((reserve - remaining + 1) * intervalMs, MAX_GATE_PAUSE_MS) : 0;
  return { pauseMs, intervalMs };
}

/**
 * The earliest start for the next request: after any pause, and one interval after the previous start.
 * Pure; the gate reserves the returned time so concurrent waiters take consecutive slots.
 */
export function nextStartAt(now: number, openAt: number, lastStart: number, intervalMs: number): number {
  return Math.max(now, openAt, intervalMs > 0 ? lastStart + intervalMs : 0);
}

/**
 * A shared gate in front of every request of one client: pauses on 429 / an empty bucket, and spaces starts at
 * the refill rate while the bucket is low.
 */
export class RateGate {
  private openAt = 0;
  private lastStart = 0;
  private intervalMs = 0;

  /** Wait for this request's start slot (re-checking: an answer may start a pause); false when cancelled. */
  async wait(sleep: (ms: number) => Promise<boolean>): Promise<boolean> {
    for (;;) {
      const now = Date.now();
      if (this.openAt > now) {
        if (!(await sleep(this.openAt - now))) return false;
        continue;
      }
      // The slot is reserved before sleeping, so the next waiter is spaced after this one, not woken with it.
      const at = nextStartAt(now, 0, this.lastStart, this.intervalMs);
      this.lastStart = at;
      if (at <= now) return true;
      if (!(await sleep(at - now))) return false;
      if (this.openAt <= Date.now()) return true;
      // A pause began while this request waited for its slot: wait for that too.
    }
  }

  /** Close the gate for `ms` (capped) or keep it closed that long; returns `ms` when the gate was open, else 0. */
  pause(ms: number): number {
    const now = Date.now();
    const until = now + Math.min(ms, MAX_GATE_PAUSE_MS);
    const wasOpen = this.openAt <= now;
    if (until > this.openAt) this.openAt = until;
    return wasOpen ? until - now : 0;
  }

  /** Read an answer's RateLimit-* headers and pace accordingly; returns the pause started, 0 if none. */
  observe(headers: { get(name: string): string | null }, reserve: number): number {
    const reading = readRateHeaders(headers);
    if (reading === null) return 0;
    const decision = paceDecision(reading, reserve);
    this.intervalMs = decision.intervalMs;
    return decision.pauseMs > 0 ? this.pause(decision.pauseMs) : 0;
  }
}
