import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../../src/sim/rate-limit.js';
import { RateGate, readRateHeaders, refillRateAtLeast, type RateReading } from '../../src/whoot/pacing.js';

/**
 * Issue 17: pace at the refill rate instead of stop-and-go, and draw no 429. Pure functions and the gate on a
 * virtual clock against the simulator's own token bucket: no timed assertion.
 */
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

describe('refillRateAtLeast', () => {
  const reading = (remaining: number, resetMs: number | null = 1000, limit: number | null = 200): RateReading => ({
    limit,
    remaining,
    resetMs,
  });

  it('is a lower bound: near empty within 0.5 % of the rate, near full it says little, without headers nothing', () => {
    // 200 per second, bucket of 200: at 0 left, more than 199 tokens come back within the 1 s reset.
    expect(refillRateAtLeast(reading(0)) * 1000).toBeCloseTo(199);
    expect(refillRateAtLeast(reading(150)) * 1000).toBeCloseTo(49);
    expect(refillRateAtLeast(reading(199))).toBe(0);
    expect(refillRateAtLeast(reading(0, 0))).toBe(0);
    expect(refillRateAtLeast(reading(0, null))).toBe(0);
    expect(refillRateAtLeast(reading(0, 1000, null))).toBe(0);
  });
});

/** A virtual clock: sleeps resolve in time order when `run` advances it; nothing waits for real. */
function virtualClock() {
  let now = 0;
  const timers: Array<{ at: number; seq: number; fire: () => void }> = [];
  let seq = 0;
  const settle = () => new Promise<void>((r) => setImmediate(r));
  return {
    now: () => now,
    sleep: (ms: number) =>
      new Promise<boolean>((resolve) =>
        timers.push({ at: now + Math.max(0, ms), seq: seq++, fire: () => resolve(true) }),
      ),
    async run(done: () => boolean): Promise<void> {
      for (;;) {
        await settle();
        if (done()) return;
        timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
        const next = timers.shift();
        if (!next) throw new Error('stalled: nothing to wait for');
        now = Math.max(now, next.at);
        next.fire();
      }
    },
  };
}

/**
 * `requests` through one RateGate with `concurrency` workers against the simulator's bucket (rate per second,
 * one second of burst), each answer `latency()` ms after its start; a 429 pauses as the client does.
 */
async function drive(opts: { requests: number; rate: number; concurrency: number; latency: () => number }) {
  const clock = virtualClock();
  const gate = new RateGate(clock.now);
  const bucket = new TokenBucket(opts.rate, clock.now);
  let left = opts.requests;
  let finished = 0;
  let refused = 0;
  const worker = async () => {
    while (left > 0) {
      left--;
      const ticket = await gate.wait(clock.sleep);
      if (ticket === null) throw new Error('cancelled');
      const taken = bucket.take();
      const h = bucket.headers();
      const answer = {
        'ratelimit-limit': String(h.limit),
        'ratelimit-remaining': String(h.remaining),
        'ratelimit-reset': String(h.reset),
      };
      await clock.sleep(opts.latency());
      gate.observe(headers(answer), ticket);
      gate.settle(ticket);
      if (!taken.ok) {
        refused++;
        gate.pause(taken.retryAfterSeconds * 1000);
        left++;
      } else finished++;
    }
  };
  const workers = Array.from({ length: opts.concurrency }, worker);
  await clock.run(() => finished === opts.requests);
  await Promise.all(workers);
  const floorMs = ((opts.requests - opts.rate) / opts.rate) * 1000;
  return { refused, wallMs: clock.now(), floorMs };
}

describe('the gate against a token bucket (virtual time)', () => {
  it('spends the burst, then keeps to the refill rate: no 429, within 5 % of the token-bucket floor', async () => {
    const { refused, wallMs, floorMs } = await drive({ requests: 1262, rate: 200, concurrency: 8, latency: () => 0.4 });
    expect(refused).toBe(0);
    expect(wallMs / floorMs).toBeLessThanOrEqual(1.05);
    expect(wallMs).toBeGreaterThanOrEqual(floorMs); // and never faster than the bucket allows
  });

  it('holds with 25 ms latency and with answers out of order (jitter 1–60 ms)', async () => {
    const latency = await drive({ requests: 1200, rate: 200, concurrency: 8, latency: () => 25 });
    expect(latency.refused).toBe(0);
    expect(latency.wallMs / (latency.floorMs + 25)).toBeLessThanOrEqual(1.05);
    let x = 7;
    const jitter = () => ((x = (x * 48271) % 2147483647), 1 + (x % 60));
    const jittered = await drive({ requests: 1200, rate: 200, concurrency: 8, latency: jitter });
    expect(jittered.refused).toBe(0);
  });

  it('a slow bucket (5 per second): no 429 either', async () => {
    const { refused, wallMs, floorMs } = await drive({ requests: 40, rate: 5, concurrency: 4, latency: () => 2 });
    expect(refused).toBe(0);
    expect(wallMs / floorMs).toBeLessThanOrEqual(1.1);
  });

  it('does not count on a token that an older request, still unanswered, may yet take', async () => {
    const clock = virtualClock();
    const gate = new RateGate(clock.now);
    // Two requests leave; the answer to the second comes first, from a server that has not seen the first yet:
    // 1 token left of 10, full again in 1 s.
    const first = await gate.wait(clock.sleep);
    const second = await gate.wait(clock.sleep);
    if (first === null || second === null) throw new Error('cancelled');
    gate.observe(headers({ 'ratelimit-limit': '10', 'ratelimit-remaining': '1', 'ratelimit-reset': '1' }), second);
    gate.settle(second);
    // That last token is the first request's: a third start waits for the refill instead of drawing a 429.
    let started = -1;
    void gate.wait(clock.sleep).then(() => (started = clock.now()));
    await clock.run(() => started >= 0);
    expect(started).toBeGreaterThan(0);
  });

  it('an API without rate headers is never held back, but a 429 pauses every start for its Retry-After', async () => {
    const clock = virtualClock();
    const gate = new RateGate(clock.now);
    for (let i = 0; i < 50; i++) {
      const ticket = await gate.wait(clock.sleep);
      gate.observe(headers({}), ticket ?? 0);
      gate.settle(ticket ?? 0);
    }
    expect(clock.now()).toBe(0);
    gate.pause(1500);
    let started = -1;
    void gate.wait(clock.sleep).then(() => (started = clock.now()));
    await clock.run(() => started >= 0);
    expect(started).toBe(1500);
  });
});
