import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWhootClient, WhootApiError } from '../../src/whoot/index.js';

/**
 * Property: whatever a server does with offset pagination (its own page size, echoing or not the limit,
 * users inserted or removed mid-scan), listUsers either returns every user that was there for the whole scan,
 * each exactly once and nobody who never existed, or fails with a clear inconsistent_pagination error, in a
 * bounded number of requests. With a stable list it must always return exactly that list.
 */

interface Scenario {
  initial: number;
  pageSize: number;
  echoLimit: boolean;
  /** at request index `at`, insert `insert` users at position `pos` and remove `remove` from there */
  changes: Array<{ at: number; pos: number; insert: number; remove: number }>;
}

const scenario = fc.record({
  initial: fc.integer({ min: 0, max: 350 }),
  pageSize: fc.integer({ min: 1, max: 100 }),
  echoLimit: fc.boolean(),
  // One change per request index: removals and insertions that cancel out between two page reads leave every
  // count intact, which no offset-paginated reader can detect (see docs/api-client.md); whoot never removes
  // users from the list (DELETE deactivates), so in practice the list only grows.
  changes: fc.uniqueArray(
    fc.record({
      at: fc.integer({ min: 0, max: 6 }),
      pos: fc.nat(),
      insert: fc.integer({ min: 0, max: 30 }),
      remove: fc.integer({ min: 0, max: 30 }),
    }),
    {
      maxLength: 3,
      selector: (c) => c.at,
    },
  ),
});

function run(s: Scenario) {
  let list = Array.from({ length: s.initial }, (_, i) => `u${i}`);
  let fresh = 0;
  const everSeen = new Set(list);
  const removed = new Set<string>();
  let requests = 0;
  const fakeFetch = (input: string | URL | Request): Promise<Response> => {
    for (const c of s.changes.filter((ch) => ch.at === requests)) {
      const pos = list.length ? c.pos % (list.length + 1) : 0;
      const added = Array.from({ length: c.insert }, () => `new${fresh++}`);
      added.forEach((id) => everSeen.add(id));
      list.slice(pos, pos + c.remove).forEach((id) => removed.add(id));
      list = [...list.slice(0, pos), ...added, ...list.slice(pos + c.remove)];
    }
    requests++;
    const url = new URL(String(input instanceof Request ? input.url : input));
    const limit = Number(url.searchParams.get('limit') ?? 20);
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const size = Math.min(limit, 100, s.pageSize);
    const users = list
      .slice(offset, offset + size)
      .map((id) => ({ id, email: `${id}@acme.com`, display_name: id, active: true }));
    const body = { users, total: list.length, limit: s.echoLimit ? Math.min(limit, 100) : size, offset };
    return Promise.resolve(
      new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } }),
    );
  };
  const client = createWhootClient({ baseUrl: 'https://api.whoot.test', token: 't', fetch: fakeFetch, maxPages: 2000 });
  return {
    client,
    everSeen,
    removed,
    initial: () => Array.from({ length: s.initial }, (_, i) => `u${i}`),
    requestsMade: () => requests,
  };
}

describe('listUsers under misbehaving pagination (property)', () => {
  it('never drops, duplicates or invents a user silently, and always terminates', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const { client, everSeen, removed, initial, requestsMade } = run(s);
        let result: string[] | null = null;
        try {
          result = (await client.listUsers()).map((u) => u.id);
        } catch (err) {
          expect(err).toBeInstanceOf(WhootApiError);
          expect((err as WhootApiError).code).toBe('inconsistent_pagination');
        }
        expect(requestsMade()).toBeLessThan(2000);
        const mutated = s.changes.some((c) => c.insert + c.remove > 0);
        if (!mutated) {
          expect(result).toEqual(initial());
          return;
        }
        if (result === null) return;
        expect(new Set(result).size).toBe(result.length);
        for (const id of result) expect(everSeen.has(id)).toBe(true);
        for (const id of initial()) if (!removed.has(id)) expect(result).toContain(id);
      }),
      { numRuns: 300 },
    );
  });
});
