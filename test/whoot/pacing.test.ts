import { describe, expect, it } from 'vitest';
import { nextStartAt, paceDecision, readRateHeaders, type RateReading } from '../../src/whoot/pacing.js';

/** Issue 17: pace at the refill rate instead of stop-and-go. Pure functions and a virtual clock: no timed assertion. */
const headers = (h: Record<string, string>) => ({ get: (name: string) => h[name.toLowerCase()] ?? null });

describe('readRateHeaders', () => {
  it('reads the documented seconds, tolerates an epoch reset and no headers at all', () => {
    const h = { 'ratelimit-limit': '200', 'ratelimit-remaining': '17', 'ratelimit-reset': '1' };
    expect(readRateHeaders(headers(h))).toEqual({ limit: 200, remaining: 17, resetMs: 1000 });
    const epoch = readRateHeaders(
      headers({ 'ratelimit-remaining': '0', 'ratelimit-reset': '2000000002' }),
      2_000_000_000_000,
    );
    expect(epoch).toEqual({ limit: null, remaining: 0, resetMs: 2000 });
    expect(readRateHeaders(headers({}))).toBeNull();
    expect(readRateHeaders(headers({ 'ratelimit-remaining': 'lots' }))).toBeNull();
  });
});

describe('paceDecision', () => {
  const reading = (remaining: number, resetMs: number | null = 1000, limit: number | null = 200): RateReading => ({
    limit,
    remaining,
    resetMs,
  });

  it('leaves a well-filled bucket alone: the burst is there to be used', () => {
    expect(paceDecision(reading(150), 8)).toEqual({ pauseMs: 0, intervalMs: 0 });
    expect(paceDecision(reading(18), 8)).toEqual({ pauseMs: 0, intervalMs: 0 });
  });

  it('running low: spaces starts at the refill rate, without a pause (no stop-and-go)', () => {
    const d = paceDecision(reading(12), 8);
    expect(d.pauseMs).toBe(0);
    expect(d.intervalMs).toBeCloseTo(1000 / 188); // 188 tokens missing, refilled within 1 s: ≥ 188/s
  });

  it('at or below the requests in flight: waits for their tokens to refill, then paces', () => {
    const d = paceDecision(reading(4), 8);
    expect(d.intervalMs).toBeCloseTo(1000 / 196);
    expect(d.pauseMs).toBeCloseTo(5 * (1000 / 196));
    // A limit of 1 per second, used up: one refill interval, as the old gate did.
    expect(paceDecision(reading(0, 1000, 1), 0)).toEqual({ pauseMs: 1000, intervalMs: 1000 });
  });

  it('without a limit or a reset to estimate the rate, falls back to pausing until the reset', () => {
    expect(paceDecision(reading(0, 3000, null), 2)).toEqual({ pauseMs: 3000, intervalMs: 0 });
    expect(paceDecision(reading(0, null, null), 2)).toEqual({ pauseMs: 1000, intervalMs: 0 });
    expect(paceDecision(reading(3, null, null), 2)).toEqual({ pauseMs: 0, intervalMs: 0 });
    expect(paceDecision(reading(0, 3_600_000, null), 0).pauseMs).toBe(30_000); // a bogus header is capped
  });
});

describe('nextStartAt', () => {
  it('is now when unpaced, after a pause, and one interval after the previous start', () => {
    expect(nextStartAt(100, 0, 99, 0)).toBe(100);
    expect(nextStartAt(100, 250, 99, 0)).toBe(250);
    expect(nextStartAt(100, 0, 98, 5)).toBe(103);
    expect(nextStartAt(100, 0, 10, 5)).toBe(100);
  });
});

/**
 * The pacing rule against a token bucket like the simulator's (rate 200/s, one second of burst) on a virtual clock:
 * 8 requests in flight, 25 ms latency, 1,200 requests. The floor is the burst plus the rest at the refill rate.
 */
function simulate(requests: number, rate: number, concurrency: number, latencyMs: number) {
  let tokens = rate;
  let clock = 0;
  const refill = (t: number) => {
    tokens = Math.min(rate, tokens + ((t - clock) / 1000) * rate);
    clock = t;
  };
  let openAt = 0;
  let lastStart = 0;
  let intervalMs = 0;
  let refused = 0;
  const lanes: number[] = Array.from({ length: concurrency }, () => 0);
  const answers: Array<{ at: number; remaining: number; reset: number }> = [];
  let end = 0;
  for (let n = 0; n < requests; n++) {
    const lane = lanes.indexOf(Math.min(...lanes));
    const free = lanes[lane]!;
    // Answers that arrived before this request could start feed the gate, in order.
    answers.sort((a, b) => a.at - b.at);
    while (answers.length > 0 && answers[0]!.at <= Math.max(free, lastStart)) {
      const a = answers.shift()!;
      const inFlight = answers.length;
      const d = paceDecision({ limit: rate, remaining: a.remaining, resetMs: a.reset * 1000 }, inFlight);
      intervalMs = d.intervalMs;
      if (d.pauseMs > 0) openAt = Math.max(openAt, a.at + d.pauseMs);
    }
    const start = nextStartAt(free, openAt, lastStart, intervalMs);
    lastStart = start;
    refill(start);
    if (tokens >= 1) tokens -= 1;
    else refused++;
    const remaining = Math.floor(tokens);
    const reset = Math.ceil((rate - tokens) / rate);
    const at = start + latencyMs;
    answers.push({ at, remaining, reset });
    lanes[lane] = at;
    end = Math.max(end, at);
  }
  return { refused, wallMs: end, floorMs: ((requests - rate) / rate) * 1000 + latencyMs };
}

describe('pacing against a token bucket (virtual time)', () => {
  it('no 429 and a wall time within 5% of the token-bucket floor', () => {
    const { refused, wallMs, floorMs } = simulate(1200, 200, 8, 25);
    expect(refused).toBe(0);
    expect(wallMs / floorMs).toBeLessThanOrEqual(1.05);
  });
});
