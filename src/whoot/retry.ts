/**
 * The retry and pacing policy, small enough to read in one go (p-retry cannot take a per-attempt delay from
 * a `Retry-After` header, which is the delay that matters most here).
 */

/** Full-jitter exponential backoff: a random wait in [0, min(cap, base·2^(attempt-1))]. */
export function retryDelay(attempt: number, baseMs: number, capMs: number, random: () => number): number {
  return random() * Math.min(capMs, baseMs * 2 ** (attempt - 1));
}

/** `Retry-After` as delta-seconds or an HTTP date, in ms (null when absent or unreadable). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v) * 1000;
  const date = Date.parse(v);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Longest pause the gate takes on the server's word (a bogus header must not stall a run for hours). */
const MAX_GATE_PAUSE_MS = 30_000;

/**
 * A shared gate in front of every request of one client. When the server says the quota is about to run out
 * (`RateLimit-Remaining` no larger than the requests still in flight) or answers 429, new requests wait until
 * `RateLimit-Reset` / `Retry-After` instead of hammering the API into more 429s.
 */
export class RateGate {
  private openAt = 0;

  /** Wait until the gate is open (re-checking: another answer may have extended the pause); false when cancelled. */
  async wait(sleep: (ms: number) => Promise<boolean>): Promise<boolean> {
    for (;;) {
      const ms = this.openAt - Date.now();
      if (ms <= 0) return true;
      if (!(await sleep(ms))) return false;
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

  /**
   * Read `RateLimit-Remaining` / `RateLimit-Reset` (seconds; an epoch timestamp is tolerated) from an answer;
   * `reserve` is how many other requests may already be on their way (each will take a token). Returns the
   * pause started, 0 if none.
   */
  observe(headers: { get(name: string): string | null }, reserve: number): number {
    const remainingRaw = headers.get('ratelimit-remaining');
    if (remainingRaw === null) return 0;
    const remaining = Number(remainingRaw);
    if (!Number.isFinite(remaining) || remaining > reserve) return 0;
    const resetRaw = Number(headers.get('ratelimit-reset'));
    let resetMs = 1000;
    if (Number.isFinite(resetRaw) && resetRaw > 0) {
      resetMs = resetRaw > 1e9 ? resetRaw * 1000 - Date.now() : resetRaw * 1000;
    }
    return this.pause(resetMs);
  }
}
