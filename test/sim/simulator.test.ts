import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deterministicId, startSimulator, type SimSeed, type SimulatorHandle } from '../../src/sim/index.js';

const READ_ONLY = 'ro-token';
const USERS_ONLY = 'users-token';
const EXPIRED = 'expired-token';

function seed(users = 5): SimSeed {
  return {
    users: Array.from({ length: users }, (_, i) => ({
      email: `user${i}@acme.com`,
      ...(i === users - 1 ? { active: false } : {}),
    })),
    rooms: [
      {
        name: 'Equities Desk',
        id: 'b2c3d4e5-f6a7-8901-bcde-f01234567891',
        members: [{ email: 'user0@acme.com', tx: true }, { email: 'user1@acme.com' }],
      },
      { name: 'FX Desk', display_name: 'FX (EMEA)', external_id: 'okta-fx', members: [] },
    ],
    tokens: [
      { token: 'full-token', scopes: ['api:users:read', 'api:users:write', 'api:rooms:read', 'api:rooms:write'] },
      { token: READ_ONLY, scopes: ['api:users:read', 'api:rooms:read'] },
      { token: USERS_ONLY, scopes: ['api:users:read'] },
      { token: EXPIRED, scopes: ['api:users:read'], expires_at: '2020-01-01T00:00:00Z' },
    ],
  };
}

let sim: SimulatorHandle | undefined;
afterEach(async () => {
  await sim?.stop();
  sim = undefined;
});

async function api(method: string, path: string, opts: { body?: unknown; raw?: string; token?: string | null } = {}) {
  const headers: Record<string, string> = {};
  const token = opts.token === undefined ? sim!.token : opts.token;
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  let body: string | undefined;
  if (opts.raw !== undefined) body = opts.raw;
  else if (opts.body !== undefined) body = JSON.stringify(opts.body);
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(sim!.url + path, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? (JSON.parse(text) as Body) : undefined };
}

/** The fields these tests read from answers (each answer has some of them). */
interface Body {
  error: { code: string; message: string };
  users: Array<Record<string, unknown>>;
  rooms: Array<Record<string, unknown>>;
  key: { scopes: string[] };
  [field: string]: unknown;
}

/** vitest's asymmetric matcher is typed any; give it a type once. */
const ANY_STRING: unknown = expect.any(String);
const eq = 'b2c3d4e5-f6a7-8901-bcde-f01234567891';
const uid = (i: number) => deterministicId('user', `user${i}@acme.com`);

describe('the simulator: authentication and scopes', () => {
  it(
    'answers 401 for a missing, unknown or expired key, with the documented error body and without echoing the ' +
      'key',
    async () => {
      sim = await startSimulator({ seed: seed() });
      const missing = await api('GET', '/users', { token: null });
      expect(missing.status).toBe(401);
      expect(missing.json).toEqual({ error: { code: 'unauthorized', message: ANY_STRING } });
      const unknown = await api('GET', '/users', { token: 'whoot_canary_7f3a9c' });
      expect(unknown.status).toBe(401);
      expect(JSON.stringify(unknown.json)).not.toContain('whoot_canary_7f3a9c');
      expect((await api('GET', '/users', { token: EXPIRED })).json?.error.code).toBe('token_expired');
    },
  );

  it('answers 403 naming the missing scope', async () => {
    sim = await startSimulator({ seed: seed() });
    const r = await api('GET', '/rooms', { token: USERS_ONLY });
    expect(r.status).toBe(403);
    expect(r.json?.error.message).toContain('api:rooms:read');
    const w = await api('PUT', `/rooms/${eq}/members`, { token: READ_ONLY, body: { members: [] } });
    expect(w.status).toBe(403);
    expect(w.json?.error.message).toContain('api:rooms:write');
    expect(
      (await api('PATCH', `/users/${uid(0)}`, { token: READ_ONLY, body: { active: false } })).json?.error.message,
    ).toContain('api:users:write');
    // A refused write changes nothing.
    expect(sim.snapshot().members[eq]).toHaveLength(2);
  });

  it('serves GET /me without any scope, describing the key', async () => {
    sim = await startSimulator({ seed: { tokens: [{ token: 'noscope', scopes: [], description: 'bare' }] } });
    const r = await api('GET', '/me', { token: 'noscope' });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({
      key: { scopes: [], description: 'bare', expires_at: null },
      organisation: { id: ANY_STRING, name: ANY_STRING },
    });
  });

  it('sends RateLimit-Limit, -Remaining and -Reset on every response, a large limit when none is set', async () => {
    sim = await startSimulator({ seed: seed() });
    for (const r of [await api('GET', '/me'), await api('GET', '/users'), await api('GET', '/me', { token: null })]) {
      expect(r.headers.get('ratelimit-limit')).toBe('1000000');
      expect(r.headers.get('ratelimit-remaining')).toBe('1000000');
      expect(r.headers.get('ratelimit-reset')).toBe('0');
    }
  });

  it('uses the default token sim-token with every scope when the seed has none', async () => {
    sim = await startSimulator({});
    expect(sim.token).toBe('sim-token');
    expect((await api('GET', '/me')).json?.key.scopes).toEqual([
      'api:users:read',
      'api:users:write',
      'api:rooms:read',
      'api:rooms:write',
    ]);
  });
});

describe('the simulator: users', () => {
  it('pages users with limit default 20, clamps limit to 100 and echoes it, and reports the full total', async () => {
    sim = await startSimulator({ seed: seed(250) });
    const first = await api('GET', '/users');
    expect(first.json).toMatchObject({ total: 250, limit: 20, offset: 0 });
    expect(first.json?.users).toHaveLength(20);
    expect(first.json?.users[0]).toEqual({
      id: uid(0),
      email: 'user0@acme.com',
      display_name: 'User0',
      active: true,
      created_at: ANY_STRING,
    });
    const clamped = await api('GET', '/users?limit=500&offset=200');
    expect(clamped.json).toMatchObject({ total: 250, limit: 100, offset: 200 });
    expect(clamped.json?.users).toHaveLength(50);
    expect((await api('GET', '/users?offset=300')).json?.users).toEqual([]);
    expect((await api('GET', '/users?limit=abc')).status).toBe(400);
    expect((await api('GET', '/users?limit=0')).status).toBe(400);
  });

  it('gets, patches and soft-deactivates a user (the record stays)', async () => {
    sim = await startSimulator({ seed: seed() });
    expect((await api('GET', `/users/${uid(1)}`)).json?.email).toBe('user1@acme.com');
    expect((await api('GET', '/users/nope')).status).toBe(404);
    const patched = await api('PATCH', `/users/${uid(1)}`, { body: { display_name: 'Bob B.' } });
    expect(patched.json).toMatchObject({ id: uid(1), display_name: 'Bob B.', active: true });
    expect((await api('PATCH', `/users/${uid(1)}`, { body: { active: 'no' } })).status).toBe(400);
    expect((await api('PATCH', `/users/${uid(1)}`, { raw: '{nope' })).json?.error.code).toBe('invalid_json');
    expect((await api('DELETE', `/users/${uid(1)}`)).status).toBe(204);
    const after = await api('GET', `/users/${uid(1)}`);
    expect(after.json).toMatchObject({ active: false, email: 'user1@acme.com' });
    expect((await api('DELETE', '/users/nope')).status).toBe(404);
  });
});

describe('the simulator: rooms and their SCIM mapping', () => {
  it('lists rooms in the users envelope; an unmapped room has external_id null and display_name = name', async () => {
    sim = await startSimulator({ seed: seed() });
    const r = await api('GET', '/rooms');
    expect(r.json).toMatchObject({ total: 2, limit: 20, offset: 0 });
    expect(r.json?.rooms[0]).toEqual({
      id: eq,
      name: 'Equities Desk',
      display_name: 'Equities Desk',
      external_id: null,
      member_count: 2,
      created_at: ANY_STRING,
    });
    expect(r.json?.rooms[1]).toMatchObject({
      name: 'FX Desk',
      display_name: 'FX (EMEA)',
      external_id: 'okta-fx',
      id: deterministicId('room', 'FX Desk'),
    });
  });

  it('patches display_name/external_id and DELETE removes only the mapping', async () => {
    sim = await startSimulator({ seed: seed() });
    const fx = deterministicId('room', 'FX Desk');
    expect(
      (await api('PATCH', `/rooms/${fx}`, { body: { display_name: 'FX', external_id: 'okta-fx-2' } })).json,
    ).toMatchObject({ display_name: 'FX', external_id: 'okta-fx-2' });
    expect((await api('PATCH', `/rooms/${fx}`, { body: { external_id: 5 } })).status).toBe(400);
    expect((await api('PATCH', `/rooms/${fx}`, { body: { name: 'x' } })).status).toBe(400);
    expect((await api('DELETE', `/rooms/${fx}`)).status).toBe(204);
    expect((await api('GET', `/rooms/${fx}`)).json).toMatchObject({
      name: 'FX Desk',
      display_name: 'FX Desk',
      external_id: null,
    });
    expect((await api('GET', '/rooms/nope')).status).toBe(404);
    expect((await api('POST', '/rooms', { body: {} })).status).toBe(405);
  });
});

describe('the simulator: members', () => {
  it('lists members with email, display name and transmit', async () => {
    sim = await startSimulator({ seed: seed() });
    const r = await api('GET', `/rooms/${eq}/members`);
    expect(r.json).toEqual({
      room_id: eq,
      total: 2,
      members: [
        { user_id: uid(0), email: 'user0@acme.com', display_name: 'User0', tx_permission: true },
        { user_id: uid(1), email: 'user1@acme.com', display_name: 'User1', tx_permission: false },
      ],
    });
    expect((await api('GET', '/rooms/nope/members')).status).toBe(404);
  });

  it('POST adds one user (201, tx defaults to false), 409 when already a member, 422 for an unknown user', async () => {
    sim = await startSimulator({ seed: seed() });
    const added = await api('POST', `/rooms/${eq}/members`, { body: { user_id: uid(2) } });
    expect(added.status).toBe(201);
    expect(added.json).toEqual({ user_id: uid(2), room_id: eq, tx_permission: false });
    expect((await api('POST', `/rooms/${eq}/members`, { body: { user_id: uid(2) } })).status).toBe(409);
    expect((await api('POST', `/rooms/${eq}/members`, { body: { user_id: 'ghost' } })).status).toBe(422);
    expect((await api('POST', `/rooms/${eq}/members`, { body: { user_id: 7 } })).status).toBe(400);
  });

  it('PUT replaces the list and reports added/updated/removed; the same list again reports all zeros', async () => {
    sim = await startSimulator({ seed: seed() });
    const body = {
      members: [
        { user_id: uid(0), tx_permission: false },
        { user_id: uid(2), tx_permission: true },
        { user_id: uid(4), tx_permission: false },
      ],
    };
    const r = await api('PUT', `/rooms/${eq}/members`, { body });
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ room_id: eq, members_added: 2, members_updated: 1, members_removed: 1 });
    expect(sim.snapshot().members[eq]).toEqual(body.members);
    expect((await api('PUT', `/rooms/${eq}/members`, { body })).json).toEqual({
      room_id: eq,
      members_added: 0,
      members_updated: 0,
      members_removed: 0,
    });
    // Deactivated users (user4) may be added: they simply cannot sign in.
    expect(sim.snapshot().users[4]?.active).toBe(false);
  });

  it('PUT is validated first and atomic: an unknown or duplicate user_id is a 422 and nothing changes', async () => {
    sim = await startSimulator({ seed: seed() });
    const before = sim.snapshot().members[eq];
    const unknown = await api('PUT', `/rooms/${eq}/members`, {
      body: {
        members: [
          { user_id: uid(3), tx_permission: true },
          { user_id: 'ghost', tx_permission: false },
        ],
      },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.json?.error).toEqual({ code: 'unknown_user', message: 'user_id ghost does not exist' });
    const dup = await api('PUT', `/rooms/${eq}/members`, {
      body: {
        members: [
          { user_id: uid(3), tx_permission: true },
          { user_id: uid(3), tx_permission: false },
        ],
      },
    });
    expect(dup.json?.error.code).toBe('duplicate_user');
    expect(sim.snapshot().members[eq]).toEqual(before);
  });

  it('PUT answers 400 for malformed JSON or wrong types and 413 above 1 MiB or 5,000 members', async () => {
    sim = await startSimulator({ seed: seed() });
    expect((await api('PUT', `/rooms/${eq}/members`, { raw: '{"members": [' })).json?.error.code).toBe('invalid_json');
    expect((await api('PUT', `/rooms/${eq}/members`, { body: { members: {} } })).status).toBe(400);
    expect(
      (await api('PUT', `/rooms/${eq}/members`, { body: { members: [{ user_id: uid(0), tx_permission: 'yes' }] } }))
        .status,
    ).toBe(400);
    const many = { members: Array.from({ length: 5001 }, (_, i) => ({ user_id: `u${i}`, tx_permission: false })) };
    const tooMany = await api('PUT', `/rooms/${eq}/members`, { body: many });
    expect(tooMany.status).toBe(413);
    expect(tooMany.json?.error.code).toBe('too_many_members');
    const huge = await api('PUT', `/rooms/${eq}/members`, {
      raw: JSON.stringify({ members: [], pad: 'x'.repeat(1024 * 1024) }),
    });
    expect(huge.status).toBe(413);
    expect(sim.snapshot().members[eq]).toHaveLength(2);
  });

  it('DELETE removes one member (204) and answers 404 for a non-member', async () => {
    sim = await startSimulator({ seed: seed() });
    expect((await api('DELETE', `/rooms/${eq}/members/${uid(1)}`)).status).toBe(204);
    const again = await api('DELETE', `/rooms/${eq}/members/${uid(1)}`);
    expect(again.status).toBe(404);
    expect(again.json?.error.code).toBe('member_not_found');
  });
});

describe('the simulator: rate limiting', () => {
  it('enforces a token bucket per key: 429 with Retry-After, RateLimit-* headers on every answer', async () => {
    sim = await startSimulator({ seed: seed(), rateLimit: 5 });
    const statuses: number[] = [];
    let last: Headers | undefined;
    for (let i = 0; i < 8; i++) {
      const r = await api('GET', '/me');
      statuses.push(r.status);
      last = r.headers;
      expect(r.headers.get('ratelimit-limit')).toBe('5');
      expect(r.headers.get('ratelimit-remaining')).toMatch(/^\d+$/);
      expect(r.headers.get('ratelimit-reset')).toMatch(/^\d+$/);
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses).toContain(429);
    expect(last?.get('retry-after')).toBe('1');
    // another key has its own bucket
    expect((await api('GET', '/me', { token: READ_ONLY })).status).toBe(200);
    expect(sim.stats().status429).toBeGreaterThan(0);
  });
});

describe('the simulator: faults, latency, request log and stats', () => {
  it('injects 503s and 429s with Retry-After, flags them in the log, and is reproducible from randomSeed', async () => {
    const run = async () => {
      sim = await startSimulator({
        seed: seed(),
        randomSeed: 42,
        faults: { p503: 0.3, p429: 0.3, retryAfterSeconds: 2 },
      });
      const out: number[] = [];
      for (let i = 0; i < 30; i++) {
        const r = await api('GET', '/me');
        out.push(r.status);
        if (r.status === 429) expect(r.headers.get('retry-after')).toBe('2');
      }
      const injected = sim.requestLog.filter((e) => e.injected).map((e) => e.status);
      await sim.stop();
      sim = undefined;
      return { out, injected };
    };
    const a = await run();
    const b = await run();
    expect(a.out).toEqual(b.out);
    expect(a.out).toContain(503);
    expect(a.out).toContain(429);
    expect(a.injected.length).toBe(a.out.filter((s) => s !== 200).length);
  });

  it('applies targeted fault rules by method and path: a forced answer, a limited count, a delay only', async () => {
    sim = await startSimulator({
      seed: seed(),
      faults: {
        rules: [
          { method: 'PUT', path: `/rooms/${eq}/members`, status: 403, message: 'room locked by compliance' },
          { path: '/rooms*', status: 503, times: 1, retryAfterSeconds: 3 },
          { method: 'GET', path: '/me', delayMs: 40 },
        ],
      },
    });
    const locked = await api('PUT', `/rooms/${eq}/members`, { body: { members: [] } });
    expect(locked.status).toBe(403);
    expect(locked.json?.error).toEqual({ code: 'insufficient_scope', message: 'room locked by compliance' });
    const once = await api('GET', '/rooms');
    expect(once.status).toBe(503);
    expect(once.headers.get('retry-after')).toBe('3');
    expect((await api('GET', '/rooms')).status).toBe(200);
    expect((await api('GET', '/me')).status).toBe(200);
    expect(sim.requestLog.find((e) => e.path === '/me')!.durationMs).toBeGreaterThanOrEqual(35);
    expect(sim.requestLog.filter((e) => e.injected).map((e) => e.status)).toEqual([403, 503]);
    expect(sim.snapshot().members[eq]).toHaveLength(2);
  });

  it('drops connections when told to, and setFaults changes injection at run time', async () => {
    sim = await startSimulator({ seed: seed(), faults: { pDrop: 1 } });
    await expect(fetch(`${sim.url}/me`, { headers: { Authorization: `Bearer ${sim.token}` } })).rejects.toThrow();
    expect(sim.requestLog[0]).toMatchObject({ injected: true, status: 0 });
    sim.setFaults({});
    expect((await api('GET', '/me')).status).toBe(200);
  });

  it(
    'logs method, path, query, status, timing and the parsed body of writes; tracks max in flight; resetStats ' +
      'clears',
    async () => {
      sim = await startSimulator({ seed: seed(), latencyMs: 30 });
      await Promise.all([
        api('GET', '/users?limit=2'),
        api('GET', '/rooms'),
        api('PUT', `/rooms/${eq}/members`, { body: { members: [] } }),
      ]);
      expect(sim.maxInFlight).toBe(3);
      const put = sim.requestLog.find((e) => e.method === 'PUT');
      expect(put).toMatchObject({ path: `/rooms/${eq}/members`, status: 200, body: { members: [] } });
      expect(put!.durationMs).toBeGreaterThanOrEqual(25);
      expect(sim.requestLog.find((e) => e.path === '/users')?.query).toBe('limit=2');
      expect(sim.stats()).toMatchObject({ requests: 3, byMethod: { GET: 2, PUT: 1 }, maxInFlight: 3 });
      sim.resetStats();
      expect(sim.requestLog).toHaveLength(0);
      expect(sim.maxInFlight).toBe(0);
    },
  );

  it(
    'answers after exactly the configured latency, never earlier (Node timers alone fire up to a millisecond ' +
      'early)',
    async () => {
      sim = await startSimulator({ seed: seed(), latencyMs: 12 });
      const elapsed: number[] = [];
      for (let i = 0; i < 20; i++) {
        const started = performance.now();
        await api('GET', `/users?offset=${i}`);
        elapsed.push(performance.now() - started);
      }
      expect(Math.min(...elapsed)).toBeGreaterThanOrEqual(12);
      // The simulator's own view: from the request's arrival to the end of the answer, never under the latency.
      expect(Math.min(...sim.requestLog.map((e) => e.durationMs))).toBeGreaterThanOrEqual(12);
    },
  );

  it('bounds the request log when asked, keeping the newest entries and the full counters', async () => {
    sim = await startSimulator({ seed: seed(), maxLogEntries: 4 });
    for (let i = 0; i < 9; i++) await api('GET', `/users?offset=${i}`);
    expect(sim.requestLog.length).toBeLessThanOrEqual(5);
    expect(sim.requestLog.at(-1)?.query).toBe('offset=8');
    expect(sim.stats().requests).toBe(9);
  });

  it('serves simulator-only admin endpoints without auth, outside the request log', async () => {
    sim = await startSimulator({ seed: seed() });
    await api('GET', '/me');
    const stats = (await (await fetch(`${sim.url}/_sim/stats`)).json()) as { requests: number };
    expect(stats.requests).toBe(1);
    await fetch(`${sim.url}/_sim/faults`, { method: 'PUT', body: JSON.stringify({ p503: 1 }) });
    expect((await api('GET', '/me')).status).toBe(503);
    await fetch(`${sim.url}/_sim/faults`, { method: 'PUT', body: '{}' });
    await fetch(`${sim.url}/_sim/console-edit`, {
      method: 'POST',
      body: JSON.stringify({ room: 'FX Desk', members: [{ email: 'user2@acme.com', tx: true }] }),
    });
    expect(sim.snapshot().members[deterministicId('room', 'FX Desk')]).toEqual([
      { user_id: uid(2), tx_permission: true },
    ]);
    expect((await fetch(`${sim.url}/_sim/reset-stats`, { method: 'POST' })).status).toBe(204);
    expect(sim.stats().requests).toBe(0);
  });
});

describe('the simulator: base path, console edits and persistence', () => {
  it('serves the API under a path prefix', async () => {
    sim = await startSimulator({ seed: seed(), basePath: '/v1/acme' });
    expect(sim.url).toMatch(/\/v1\/acme$/);
    expect((await api('GET', '/users')).status).toBe(200);
    const root = await fetch(sim.url.replace('/v1/acme', '') + '/users', {
      headers: { Authorization: `Bearer ${sim.token}` },
    });
    expect(root.status).toBe(404);
    expect((await fetch(`${sim.url}/_sim/stats`)).status).toBe(200);
  });

  it('consoleEdit replaces a room by name, by email', async () => {
    sim = await startSimulator({ seed: seed() });
    sim.consoleEdit('Equities Desk', [{ email: 'USER3@acme.com', tx: true }]);
    expect(sim.snapshot().members[eq]).toEqual([{ user_id: uid(3), tx_permission: true }]);
    expect(() => sim!.consoleEdit('Nope', [])).toThrow(/no room named "Nope"/);
  });

  it('persists state as JSON after every write and loads it at the next start (instead of the seed)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'whoot-sim-'));
    try {
      const statePath = join(dir, 'state.json');
      sim = await startSimulator({ seed: seed(), statePath });
      await api('PUT', `/rooms/${eq}/members`, { body: { members: [{ user_id: uid(3), tx_permission: true }] } });
      await api('DELETE', `/users/${uid(2)}`);
      const saved = JSON.parse(readFileSync(statePath, 'utf8')) as { members: Record<string, unknown> };
      expect(saved.members[eq]).toEqual([{ user_id: uid(3), tx_permission: true }]);
      await sim.stop();
      sim = await startSimulator({ seed: seed(), statePath });
      expect(sim.snapshot().members[eq]).toEqual([{ user_id: uid(3), tx_permission: true }]);
      expect(sim.snapshot().users[2]?.active).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a seed naming a member who is not a user', async () => {
    await expect(
      startSimulator({ seed: { rooms: [{ name: 'X', members: [{ email: 'ghost@acme.com' }] }] } }),
    ).rejects.toThrow(/no user with email ghost@acme.com/);
  });
});
