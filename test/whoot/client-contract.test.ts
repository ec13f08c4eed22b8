import pLimit from 'p-limit';
import { afterEach, describe, expect, it } from 'vitest';
import { deterministicId, startSimulator, type SimSeed, type SimulatorHandle } from '../../src/sim/index.js';
import { requiredScopes } from '../../src/engine.js';
import { createWhootClient, WhootApiError, WhootScopeError, type WhootApi } from '../../src/whoot/index.js';
import { CANARY, captureLogger, failure } from './helpers.js';

const EQ = 'b2c3d4e5-f6a7-8901-bcde-f01234567891';
const FX = deterministicId('room', 'FX Desk');
const uid = (i: number) => deterministicId('user', `trader${i}@acme.com`);

function seed(users: number): SimSeed {
  return {
    users: Array.from({ length: users }, (_, i) => ({
      email: `trader${i}@acme.com`,
      display_name: `Trader ${i}`,
      active: i !== 3,
    })),
    rooms: [
      {
        id: EQ,
        name: 'Equities Desk',
        members: [{ email: 'trader0@acme.com', tx: true }, { email: 'trader1@acme.com' }],
      },
      { name: 'FX Desk', display_name: 'FX (EMEA)', external_id: 'okta-fx', members: [] },
      ...Array.from({ length: 230 }, (_, i) => ({ name: `Room ${i}` })),
    ],
    tokens: [
      { token: CANARY, scopes: ['api:users:read', 'api:users:write', 'api:rooms:read', 'api:rooms:write'] },
      { token: 'whoot_readonly', scopes: ['api:users:read', 'api:rooms:read'] },
    ],
  };
}

let sim: SimulatorHandle | undefined;
afterEach(async () => {
  await sim?.stop();
  sim = undefined;
});

async function setup(users = 5, token = CANARY, basePath?: string): Promise<{ client: WhootApi; lines: string[] }> {
  sim = await startSimulator({ seed: seed(users), basePath });
  const { logger, lines } = captureLogger();
  return { client: createWhootClient({ baseUrl: sim.url, token, logger }), lines };
}

describe('the client against the simulator: reads', () => {
  it(
    'reads every user across pages: the first page gives total, the rest are read concurrently with ' + 'limit=100',
    async () => {
      sim = await startSimulator({ seed: seed(1234), latencyMs: 10 });
      const client = createWhootClient({ baseUrl: sim.url, token: CANARY });
      const users = await client.listUsers();
      expect(users).toHaveLength(1234);
      expect(new Set(users.map((u) => u.id)).size).toBe(1234);
      expect(users[3]).toEqual({ id: uid(3), email: 'trader3@acme.com', display_name: 'Trader 3', active: false });
      const gets = sim.requestLog.filter((e) => e.path === '/users');
      expect(gets).toHaveLength(13); // the floor: ceil(1234 / 100)
      expect(gets.every((e) => e.query.startsWith('limit=100&'))).toBe(true);
      expect(sim.maxInFlight).toBeGreaterThan(1);
    },
  );

  it('reads every room with its mapping, one user, one room and the members of a room', async () => {
    const { client } = await setup();
    const rooms = await client.listRooms();
    expect(rooms).toHaveLength(232);
    expect(sim!.requestLog.filter((e) => e.path === '/rooms')).toHaveLength(3);
    expect(rooms[0]).toEqual({
      id: EQ,
      name: 'Equities Desk',
      display_name: 'Equities Desk',
      external_id: null,
      member_count: 2,
    });
    expect(await client.getRoom(FX)).toEqual({
      id: FX,
      name: 'FX Desk',
      display_name: 'FX (EMEA)',
      external_id: 'okta-fx',
      member_count: 0,
    });
    expect(await client.getUser(uid(1))).toMatchObject({ email: 'trader1@acme.com', active: true });
    expect(await client.listMembers(EQ)).toEqual([
      { user_id: uid(0), tx_permission: true, email: 'trader0@acme.com' },
      { user_id: uid(1), tx_permission: false, email: 'trader1@acme.com' },
    ]);
  });

  it('works under a path-prefixed base URL (appended, never resolved against the root)', async () => {
    const { client } = await setup(5, CANARY, '/v1/acme');
    expect(sim!.url).toMatch(/\/v1\/acme$/);
    expect(await client.listUsers()).toHaveLength(5);
    const trailing = createWhootClient({ baseUrl: `${sim!.url}/`, token: CANARY });
    expect(await trailing.listMembers(EQ)).toHaveLength(2);
    expect(sim!.requestLog.every((e) => e.path.startsWith('/v1/acme/'))).toBe(true);
  });
});

describe('the client against the simulator: writes', () => {
  it('PUT replaces a room and returns the counts; the same PUT again returns zeros', async () => {
    const { client } = await setup();
    const members = [
      { user_id: uid(0), tx_permission: false },
      { user_id: uid(2), tx_permission: true },
    ];
    expect(await client.replaceMembers(EQ, members)).toEqual({
      room_id: EQ,
      members_added: 1,
      members_updated: 1,
      members_removed: 1,
    });
    expect(await client.replaceMembers(EQ, members)).toEqual({
      room_id: EQ,
      members_added: 0,
      members_updated: 0,
      members_removed: 0,
    });
    expect(sim!.snapshot().members[EQ]).toEqual(members);
    expect(sim!.requestLog.find((e) => e.method === 'PUT')?.body).toEqual({ members });
  });

  it('POST adds one member; DELETE removes one', async () => {
    const { client } = await setup();
    expect(await client.addMember(FX, uid(4), true)).toEqual({ user_id: uid(4), room_id: FX, tx_permission: true });
    await client.removeMember(FX, uid(4));
    expect(sim!.snapshot().members[FX]).toEqual([]);
  });

  it('patches and deactivates users, patches and unmaps rooms', async () => {
    const { client } = await setup();
    expect(await client.patchUser(uid(1), { display_name: 'T. One' })).toMatchObject({ display_name: 'T. One' });
    await client.deactivateUser(uid(1));
    expect((await client.getUser(uid(1))).active).toBe(false);
    expect(await client.patchRoom(FX, { external_id: 'okta-fx-2' })).toMatchObject({
      external_id: 'okta-fx-2',
      display_name: 'FX (EMEA)',
    });
    await client.deleteRoomMapping(FX);
    expect(await client.getRoom(FX)).toMatchObject({ external_id: null, display_name: 'FX Desk' });
  });
});

describe('the client against the simulator: errors carry method, path, status, code and the server message', () => {
  it('422 unknown user on PUT', async () => {
    const { client } = await setup();
    const err = await failure(client.replaceMembers(EQ, [{ user_id: 'ghost', tx_permission: false }]));
    expect(err).toBeInstanceOf(WhootApiError);
    expect(err).toMatchObject({ method: 'PUT', path: `/rooms/${EQ}/members`, status: 422, code: 'unknown_user' });
    expect(err.message).toBe(`PUT /rooms/${EQ}/members → 422 unknown_user: user_id ghost does not exist`);
  });

  it('422 duplicate, 409 already a member, 404 unknown room and non-member, 400 wrong types', async () => {
    const { client } = await setup();
    const dup = await failure(
      client.replaceMembers(EQ, [
        { user_id: uid(0), tx_permission: false },
        { user_id: uid(0), tx_permission: true },
      ]),
    );
    expect(dup).toMatchObject({ status: 422, code: 'duplicate_user' });
    expect(await failure(client.addMember(EQ, uid(0)))).toMatchObject({
      method: 'POST',
      status: 409,
      code: 'already_member',
    });
    expect(await failure(client.listMembers('nope'))).toMatchObject({ status: 404, code: 'room_not_found' });
    expect(await failure(client.removeMember(EQ, uid(4)))).toMatchObject({
      method: 'DELETE',
      status: 404,
      code: 'member_not_found',
    });
    expect(await failure(client.getUser('nope'))).toMatchObject({ status: 404, code: 'user_not_found' });
    const wrongType = await failure(client.patchUser(uid(1), { active: 'yes' as unknown as boolean }));
    expect(wrongType).toMatchObject({ status: 400, code: 'invalid_request' });
  });

  it('413 for more than 5,000 members in one PUT', async () => {
    const { client } = await setup();
    const many = Array.from({ length: 5001 }, (_, i) => ({ user_id: `u${i}`, tx_permission: false }));
    expect(await failure(client.replaceMembers(EQ, many))).toMatchObject({ status: 413, code: 'too_many_members' });
  });

  it('401 for a revoked key names neither the key nor a stack; 403 for a missing scope names the scope', async () => {
    const { client, lines } = await setup(5, 'whoot_revoked_key');
    const e401 = await failure(client.listUsers());
    expect(e401).toMatchObject({ status: 401, code: 'invalid_token' });
    expect(e401.message).not.toContain('whoot_revoked_key');
    const readonly = createWhootClient({ baseUrl: sim!.url, token: 'whoot_readonly' });
    const e403 = await failure(readonly.replaceMembers(EQ, []));
    expect(e403).toMatchObject({ status: 403, code: 'insufficient_scope' });
    expect(e403.message).toContain('api:rooms:write');
    expect(lines.join('')).not.toContain('whoot_revoked_key');
  });
});

describe('the pre-flight scope check (GET /me)', () => {
  it('passes when the key has every scope a command needs', async () => {
    const { client } = await setup();
    await client.preflight(requiredScopes(true));
    expect(sim!.requestLog.map((e) => e.path)).toEqual(['/me']);
  });

  it('fails before any other call, naming the missing scope', async () => {
    await setup();
    const readonly = createWhootClient({ baseUrl: sim!.url, token: 'whoot_readonly' });
    await readonly.preflight(requiredScopes(false));
    const err = await failure(readonly.preflight(requiredScopes(true)));
    expect(err).toBeInstanceOf(WhootScopeError);
    expect(err.message).toContain('lacks the scope api:rooms:write');
    expect(err.message).toContain('GET /me lists: api:users:read, api:rooms:read');
    expect(sim!.requestLog.map((e) => e.path)).toEqual(['/me', '/me']);
  });

  it('returns the key metadata from me()', async () => {
    const { client } = await setup();
    const me = await client.me();
    expect(me?.key.scopes).toContain('api:rooms:write');
    expect(me?.organisation?.name).toEqual(expect.any(String));
  });
});

describe('the client under the simulator rate limit', () => {
  it('paces itself on RateLimit-Remaining and recovers from 429s with Retry-After', async () => {
    sim = await startSimulator({ seed: seed(900), rateLimit: 4 });
    const client = createWhootClient({ baseUrl: sim.url, token: CANARY, pageConcurrency: 4 });
    const users = await client.listUsers();
    expect(users).toHaveLength(900);
    const statuses = sim.requestLog.map((e) => e.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(9);
    // The gate closes when the quota runs out, so at most the requests already in flight see a 429.
    expect(statuses.filter((s) => s === 429).length).toBeLessThanOrEqual(3);
  });

  it('paces requests an injected fetch queues as if they were in flight: no 429', async () => {
    sim = await startSimulator({ seed: seed(3000), rateLimit: 20 });
    const limit = pLimit(4);
    const queued: typeof fetch = (input, init) => limit(() => fetch(input, init));
    const client = createWhootClient({ baseUrl: sim.url, token: CANARY, fetch: queued, pageConcurrency: 30 });
    expect(await client.listUsers()).toHaveLength(3000);
    // 30 pages through a bucket of 20 refilled at 20 per second: the burst, then the refill rate.
    const statuses = sim.requestLog.map((e) => e.status);
    expect(statuses.filter((s) => s === 429)).toEqual([]);
    expect(statuses).toHaveLength(30);
  });
});
