/**
 * The retry policy, small enough to read in one go (p-retry cannot take a per-attempt delay from a `Retry-After`
 * header, which is the delay that matters most here). Rate-limit pacing: src/whoot/pacing.ts.
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
