import type { Schedule } from './readLiveState.js';

/**
 * A `fetch` whose every request (list pages and retries included) runs under `schedule`, holding its slot
 * until the body has been read. Injected into the whoot client, it makes one limiter bound all requests in
 * flight at once, whichever call issued them: the whoot client pages and retries on its own, so wrapping its
 * methods instead could not bound those.
 */
export function boundedFetch(schedule: Schedule, inner: typeof fetch = globalThis.fetch.bind(globalThis)): typeof fetch {
  return (input, init) =>
    schedule(async () => {
      const res = await inner(input, init);
      const body = nullBodyStatus(res.status) ? null : await res.arrayBuffer();
      return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
    });
}

function nullBodyStatus(status: number): boolean {
  return status === 101 || status === 204 || status === 205 || status === 304;
}
