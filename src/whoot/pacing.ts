/**
 * Rate-limit pacing. The API is a token bucket per key and says where the bucket stands on every answer
 * (`RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Reset` = whole seconds until full, ../shared/whoot-api.md).
 * Waiting for the bucket to refill completely and then bursting (stop-and-go) leaves the API idle for most of
 * each reset. Instead the client keeps a mirror of the server's bucket that never holds more than the server's:
 * a lower bound on the tokens left and a lower bound on the refill rate, both read from the answers. A request
 * starts when the mirror has a token, so the run spends the burst at once, then goes on at the refill rate,
 * and no request is ever refused.
 */

/**
 * One gate per API URL and key in this process: the server keeps one bucket per key, so the plan's reads and the
 * apply's writes (two clients) must draw on one mirror of it, or the second would start by bursting into a
 * bucket the first emptied.
 */
const gates = new Map<string, RateGate>();

export function rateGateFor(base: string, token: string): RateGate {
  const id = `${base}\n${token}`;
  let gate = gates.get(id);
  if (!gate) gates.set(id, (gate = new RateGate()));
  return gate;
}

/** What one answer says about the bucket; null fields when the header is absent or unreadable. */
export interface RateReading {
  limit: number | null;
  remaining: number;
  /** ms until the bucket is full again (0 when it is full) */
  resetMs: number | null;
}

/** Longest pause the gate takes on the server's word (a bogus header must not stall a run for hours). */
export const MAX_GATE_PAUSE_MS = 30_000;

/** How often a waiter looks again while the gate knows no rate and an answer is on its way. */
const POLL_MS = 2;

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

/**
 * A lower bound on the refill rate (tokens per ms) from one reading, 0 when it says nothing. `Remaining` is the
 * whole tokens left (up to one more is there) and `Reset` the time to full rounded up, so the bucket refills
 * more than `limit − remaining − 1` tokens in at most `reset`: near empty that is within 0.5 % of the rate.
 */
export function refillRateAtLeast(reading: RateReading): number {
  const { limit, remaining, resetMs } = reading;
  if (limit === null || resetMs === null || resetMs <= 0) return 0;
  return Math.max(0, limit - remaining - 1) / resetMs;
}

/**
 * The gate in front of every request of one client: a mirror of the server's bucket that holds at most what
 * the server holds, and the pauses a 429 asks for. Clock-injected so it can be driven on virtual time.
 */
export class RateGate {
  /** a lower bound on the server's tokens at `at` (Infinity until an answer says) */
  private tokens = Number.POSITIVE_INFINITY;
  private at = 0;
  /** a lower bound on the refill rate, tokens per ms */
  private rate = 0;
  private capacity = Number.POSITIVE_INFINITY;
  /** requests started so far: each start takes a token; a ticket is the start's number */
  private starts = 0;
  /** started requests whose answer (or failure) has not come back yet, by ticket */
  private readonly unanswered = new Set<number>();
  private openAt = 0;
  private lastResetMs = 1000;
  /** the mirror was refilled on an assumption (a reset waited out without a known rate), not on an answer */
  private assumed = false;
  /** when the bucket is assumed full again (0: no such wait) */
  private fullAt = 0;

  constructor(private readonly now: () => number = () => performance.now()) {}

  private level(t: number): number {
    return Math.min(this.capacity, this.tokens + (t - this.at) * this.rate);
  }

  /**
   * Wait for a token (and the end of any pause), take it, and return this start's ticket for `observe`; null
   * when cancelled. Waiters re-check after each sleep: another may have taken the token they waited for.
   */
  async wait(sleep: (ms: number) => Promise<boolean>): Promise<number | null> {
    for (;;) {
      const t = this.now();
      if (this.fullAt > 0 && t >= this.fullAt) {
        // A whole reset waited out with no start: the bucket is full again, whatever its rate. An answer corrects it.
        this.tokens = this.capacity === Number.POSITIVE_INFINITY ? 1 : this.capacity;
        this.at = t;
        this.assumed = true;
        this.fullAt = 0;
      }
      if (this.openAt > t) {
        if (!(await sleep(this.openAt - t))) return null;
        continue;
      }
      const level = this.level(t);
      if (level >= 1) {
        if (this.tokens !== Number.POSITIVE_INFINITY) {
          this.tokens = level - 1;
          this.at = t;
        }
        this.unanswered.add(++this.starts);
        return this.starts;
      }
      if (this.rate <= 0 && this.unanswered.size > 0) {
        // An answer on its way will say more than any guess: wait for it.
        if (!(await sleep(POLL_MS))) return null;
        continue;
      }
      if (this.rate <= 0) {
        // Empty, and no rate known: nothing says when a token comes back but the reset the API gave.
        this.openAt = t + Math.min(this.lastResetMs || 1000, MAX_GATE_PAUSE_MS);
        this.fullAt = this.openAt;
        continue;
      }
      if (!(await sleep(Math.max((1 - level) / this.rate, 0.1)))) return null;
    }
  }

  /**
   * A 429 (or a 503 asking to wait): close the gate for `ms` (capped), after which the API promised a token;
   * returns `ms` when the gate was open, else 0. A refusal while the mirror counted a token means the rate was
   * overestimated (the API's headers mean something else than assumed): it is lowered.
   */
  pause(ms: number): number {
    const t = this.now();
    const until = t + Math.min(ms, MAX_GATE_PAUSE_MS);
    const wasOpen = this.openAt <= t;
    if (until > this.openAt) this.openAt = until;
    // Without rate headers the API is paced by its Retry-After alone.
    if (this.tokens !== Number.POSITIVE_INFINITY) {
      if (this.level(t) >= 1) this.rate *= 0.75;
      this.tokens = 1;
      this.at = until;
    }
    return wasOpen ? until - t : 0;
  }

  /** The request started with `ticket` is over (answered or failed): after `observe` when answered. */
  settle(ticket: number): void {
    this.unanswered.delete(ticket);
  }

  /**
   * Read the RateLimit-* headers of the answer to start `ticket`. Every request started after it may not have
   * been counted in `Remaining` yet, and neither may one started before it that is still unanswered (it can reach
   * the server later, on another connection): those are taken off, and what is left is a lower bound on the
   * bucket now.
   */
  observe(headers: { get(name: string): string | null }, ticket: number): void {
    const reading = readRateHeaders(headers);
    if (reading === null) return;
    const t = this.now();
    if (reading.limit !== null) this.capacity = reading.limit;
    if (reading.resetMs !== null && reading.resetMs > 0) this.lastResetMs = reading.resetMs;
    this.rate = Math.max(this.rate, refillRateAtLeast(reading));
    let olderUnanswered = 0;
    for (const t of this.unanswered) if (t < ticket) olderUnanswered++;
    const bound = reading.remaining - (this.starts - ticket) - olderUnanswered;
    const level = this.level(t);
    if (this.assumed || this.tokens === Number.POSITIVE_INFINITY || bound > level) {
      this.tokens = bound;
      this.at = t;
      this.assumed = false;
    }
  }
}
