import { describe, expect, it } from 'vitest';
import { boundedFetch } from '../../src/live/bounded-fetch.js';
import { pLimitSchedule } from '../../src/live/readLiveState.js';

describe('the bounded fetch given to the whoot client', () => {
  it('never runs more requests than the limiter allows, counting body reads, and passes answers through', async () => {
    let inFlight = 0;
    let max = 0;
    const inner = (async (input: string) => {
      inFlight += 1;
      max = Math.max(max, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      // The body arrives later than the headers: the slot must be held until it is read.
      const body = new ReadableStream({
        async pull(controller) {
          await new Promise((r) => setTimeout(r, 5));
          controller.enqueue(new TextEncoder().encode(JSON.stringify({ url: input })));
          controller.close();
          inFlight -= 1;
        },
      });
      return new Response(body, { status: 201, statusText: 'Created', headers: { 'retry-after': '2' } });
    }) as typeof fetch;
    const bounded = boundedFetch(pLimitSchedule(2), inner);
    const answers = await Promise.all(Array.from({ length: 9 }, (_, i) => bounded(`http://x/${i}`)));
    expect(max).toBe(2);
    expect(answers[3]?.status).toBe(201);
    expect(answers[3]?.statusText).toBe('Created');
    expect(answers[3]?.headers.get('retry-after')).toBe('2');
    expect(await answers[3]?.json()).toEqual({ url: 'http://x/3' });
  });

  it('passes a 204 through without a body', async () => {
    const noContent: typeof fetch = () => Promise.resolve(new Response(null, { status: 204 }));
    const bounded = boundedFetch(pLimitSchedule(1), noContent);
    const res = await bounded('http://x/');
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
  });
});
