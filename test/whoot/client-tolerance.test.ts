import { afterEach, describe, expect, it } from 'vitest';
import { createWhootClient, WhootApiError, type WhootClientOptions } from '../../src/whoot/index.js';
import {
  CANARY,
  captureLogger,
  failure,
  startScriptedServer,
  type ScriptedAnswer,
  type SeenRequest,
} from './helpers.js';

/** Shapes and behaviours the simulator never produces but a real deployment might ("client must also tolerate"). */

type Server = Awaited<ReturnType<typeof startScriptedServer>>;
let server: Server | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function serve(
  answer: (req: SeenRequest, index: number) => ScriptedAnswer,
  opts: Partial<WhootClientOptions> = {},
) {
  server = await startScriptedServer(answer);
  const { logger, lines } = captureLogger();
  const client = createWhootClient({
    baseUrl: server.url,
    token: CANARY,
    logger,
    retryBaseMs: 1,
    retryMaxDelayMs: 5,
    ...opts,
  });
  return { client, lines, seen: server.seen };
}

function query(req: SeenRequest): { limit: number; offset: number } {
  const u = new URL(req.url, 'http://x');
  return { limit: Number(u.searchParams.get('limit') ?? 20), offset: Number(u.searchParams.get('offset') ?? 0) };
}

const user = (i: number | string) => ({
  id: `u-${i}`,
  email: `u${i}@acme.com`,
  display_name: `U ${i}`,
  active: true,
  created_at: '2026-01-01T00:00:00Z',
});
const users = (n: number, from = 0) => Array.from({ length: n }, (_, i) => user(from + i));
const room = (i: number) => ({ id: `r-${i}`, name: `Room ${i}` });

/** An offset-paginated users endpoint over a list that may change between requests. */
function usersEndpoint(list: () => unknown[], pageSize = 100) {
  return (req: SeenRequest): ScriptedAnswer => {
    const { limit, offset } = query(req);
    const all = list();
    const size = Math.min(limit, pageSize);
    return {
      status: 200,
      body: { users: all.slice(offset, offset + size), total: all.length, limit: Math.min(limit, 100), offset },
    };
  };
}

describe('list shapes', () => {
  it(
    'accepts a bare JSON array for GET /rooms from a server that ignores limit/offset (stops when nothing is ' + 'new)',
    async () => {
      const all = Array.from({ length: 130 }, (_, i) => room(i));
      const { client, seen } = await serve(() => ({ status: 200, body: all }));
      const rooms = await client.listRooms();
      expect(rooms).toHaveLength(130);
      expect(rooms[0]).toEqual({ id: 'r-0', name: 'Room 0', display_name: null, external_id: null });
      expect(seen).toHaveLength(2);
    },
  );

  it('pages a bare array that honours limit/offset until an empty page', async () => {
    const all = Array.from({ length: 250 }, (_, i) => room(i));
    const { client, seen } = await serve((req) => {
      const { limit, offset } = query(req);
      return { status: 200, body: all.slice(offset, offset + limit) };
    });
    expect(await client.listRooms()).toHaveLength(250);
    expect(seen.map((r) => query(r).offset)).toEqual([0, 100, 200, 250]);
  });

  it('uses the real page size when the server returns fewer items than limit on a non-final page', async () => {
    const all = users(95);
    const { client, seen } = await serve(usersEndpoint(() => all, 30));
    const got = await client.listUsers();
    expect(got.map((u) => u.id)).toEqual(all.map((u) => u.id));
    expect(seen.map((r) => query(r).offset)).toEqual([0, 30, 60, 90]);
  });

  it('re-reads sequentially when one page comes back short, and misses nobody', async () => {
    const all = users(250);
    let glitched = false;
    const { client, lines } = await serve((req) => {
      const { offset } = query(req);
      if (offset === 100 && !glitched) {
        glitched = true;
        return { status: 200, body: { users: all.slice(100, 160), total: 250, limit: 100, offset } };
      }
      return usersEndpoint(() => all)(req);
    });
    const got = await client.listUsers();
    expect(new Set(got.map((u) => u.id))).toEqual(new Set(all.map((u) => u.id)));
    expect(lines.join('')).toContain('inconsistent pagination');
  });

  it(
    're-reads when total grows mid-scan (users inserted at the front) and returns every user exactly ' + 'once',
    async () => {
      let all = users(250);
      const { client } = await serve((req, index) => {
        if (index === 1) all = [...users(10, 1000), ...all];
        return usersEndpoint(() => all)(req);
      });
      const got = await client.listUsers();
      expect(got).toHaveLength(260);
      expect(new Set(got.map((u) => u.id))).toEqual(new Set(all.map((u) => u.id)));
    },
  );

  it('re-reads when total shrinks mid-scan and returns only users still there', async () => {
    let all = users(250);
    const { client } = await serve((req, index) => {
      if (index === 1) all = all.slice(20);
      return usersEndpoint(() => all)(req);
    });
    const got = await client.listUsers();
    expect(new Set(got.map((u) => u.id))).toEqual(new Set(all.map((u) => u.id)));
  });

  it('recovers from a page served twice (a repeated page) without duplicating anyone', async () => {
    const all = users(300);
    let repeated = false;
    const { client } = await serve((req) => {
      const { offset } = query(req);
      if (offset === 200 && !repeated) {
        repeated = true;
        return { status: 200, body: { users: all.slice(100, 200), total: 300, limit: 100, offset } };
      }
      return usersEndpoint(() => all)(req);
    });
    const got = await client.listUsers();
    expect(got).toHaveLength(300);
    expect(new Set(got.map((u) => u.id)).size).toBe(300);
  });

  it('fails clearly, never loops, when a server keeps returning the same page for every offset', async () => {
    const page = users(100);
    const { client, seen } = await serve(() => ({
      status: 200,
      body: { users: page, total: 250, limit: 100, offset: 0 },
    }));
    const err = await failure(client.listUsers());
    expect(err).toBeInstanceOf(WhootApiError);
    expect(err.code).toBe('inconsistent_pagination');
    expect(err.message).toMatch(
      /^GET \/users → 200 inconsistent_pagination: the list of users kept changing while it was read \(5 reads, last: .*\), so it cannot be trusted to be complete: re-run$/,
    );
    expect(seen.length).toBeLessThan(20);
  });

  it('bounds the number of pages for an endless list without total', async () => {
    let next = 0;
    const { client, seen } = await serve(() => ({ status: 200, body: users(10, (next += 10)) }), { maxPages: 20 });
    const err = await failure(client.listUsers());
    expect(err.message).toContain('pagination did not end after 20 pages');
    expect(seen).toHaveLength(20);
  });

  it(
    'reads members from a bare array, and pages members with limit/offset when total exceeds what was ' + 'returned',
    async () => {
      const member = (i: number) => ({ user_id: `u-${i}`, tx_permission: i % 2 === 0 });
      const { client, seen } = await serve((req) => {
        if (req.url.startsWith('/rooms/bare/members')) return { status: 200, body: [member(1), member(2)] };
        const { offset } = query(req);
        const all = Array.from({ length: 130 }, (_, i) => member(i));
        return { status: 200, body: { room_id: 'big', members: all.slice(offset, offset + 50), total: 130 } };
      });
      expect(await client.listMembers('bare')).toEqual([
        { user_id: 'u-1', tx_permission: false },
        { user_id: 'u-2', tx_permission: true },
      ]);
      const big = await client.listMembers('big');
      expect(big).toHaveLength(130);
      expect(seen.filter((r) => r.url.startsWith('/rooms/big')).map((r) => query(r).offset)).toEqual([0, 50, 100]);
    },
  );

  it('fails clearly when members total exceeds what a server that ignores offset returns', async () => {
    const { client, seen } = await serve(() => ({
      status: 200,
      body: { room_id: 'x', members: [{ user_id: 'a', tx_permission: false }], total: 5 },
    }));
    const err = await failure(client.listMembers('x'));
    expect(err.code).toBe('inconsistent_pagination');
    expect(seen).toHaveLength(2);
  });

  it('tolerates a room without display_name and external_id fields', async () => {
    const { client } = await serve(() => ({ status: 200, body: { id: 'r1', name: 'Board Room' } }));
    expect(await client.getRoom('r1')).toEqual({ id: 'r1', name: 'Board Room', display_name: null, external_id: null });
  });

  it('rejects an answer of the wrong shape with a clear error', async () => {
    const { client } = await serve(() => ({ status: 200, body: { people: [] } }));
    const err = await failure(client.listUsers());
    expect(err.message).toContain('GET /users?limit=100&offset=0 → 200 invalid_response');
  });
});

describe('error bodies', () => {
  const cases: Array<[string, ScriptedAnswer, string]> = [
    [
      'our {"error":{code,message}}',
      { status: 422, body: { error: { code: 'unknown_user', message: 'user_id x does not exist' } } },
      '→ 422 unknown_user: user_id x does not exist',
    ],
    [
      'a top-level message',
      { status: 400, body: { message: 'members must be an array' } },
      '→ 400 bad_request: members must be an array',
    ],
    [
      'a top-level message with a code',
      { status: 409, body: { code: 'conflict_x', message: 'already there' } },
      '→ 409 conflict_x: already there',
    ],
    [
      'a string error',
      { status: 403, body: { error: 'forbidden for this key' } },
      '→ 403 forbidden: forbidden for this key',
    ],
    [
      'an OAuth-style error',
      { status: 401, body: { error: 'invalid_token', error_description: 'expired' } },
      '→ 401 invalid_token: expired',
    ],
    ['a non-JSON text body', { status: 404, body: 'no such room' }, '→ 404 not_found: Not Found (no such room)'],
    ['an HTML error page', { status: 400, body: '<html><body>Bad</body></html>' }, '→ 400 bad_request: Bad Request'],
  ];
  for (const [name, answer, expected] of cases) {
    it(`shows the server's message from ${name}`, async () => {
      const { client } = await serve(() => answer);
      const err = await failure(client.getRoom('abc'));
      expect(err).toBeInstanceOf(WhootApiError);
      expect(err.message).toBe(`GET /rooms/abc ${expected}`);
    });
  }
});

describe('GET /me on older deployments', () => {
  it('404 skips the pre-flight check with a debug log, and me() returns null', async () => {
    const { client, lines, seen } = await serve(() => ({ status: 404, body: 'Not Found' }));
    await client.preflight(['api:rooms:write']);
    expect(await client.me()).toBeNull();
    expect(lines.join('')).toContain('skipping the pre-flight scope check');
    expect(seen).toHaveLength(2);
  });

  it('other failures of /me are errors, not a silent skip', async () => {
    const { client } = await serve(() => ({
      status: 401,
      body: { error: { code: 'invalid_token', message: 'bad key' } },
    }));
    expect(await failure(client.preflight(['api:rooms:read']))).toMatchObject({ status: 401, path: '/me' });
  });
});
