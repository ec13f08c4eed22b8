import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { deterministicId, startSimulator, type SimSeed, type SimulatorHandle } from '../../src/sim/index.js';

/** Hooks for clients that must notice a console edit or a reshaped list: consoleEditAfterRead, truncate, bareArray. */

const EQ = 'b2c3d4e5-f6a7-8901-bcde-f01234567891';
const FX = deterministicId('room', 'FX Desk');
const uid = (i: number): string => deterministicId('user', `user${i}@acme.com`);
const member = (i: number, tx: boolean) => ({ user_id: uid(i), tx_permission: tx });

function seed(): SimSeed {
  return {
    users: Array.from({ length: 30 }, (_, i) => ({ email: `user${i}@acme.com` })),
    rooms: [
      { name: 'Equities Desk', id: EQ, members: [{ email: 'user0@acme.com', tx: true }, { email: 'user1@acme.com' }] },
      { name: 'FX Desk', members: [{ email: 'user2@acme.com' }] },
    ],
    tokens: [
      { token: 'full-token', scopes: ['api:users:read', 'api:users:write', 'api:rooms:read', 'api:rooms:write'] },
      { token: 'users-only', scopes: ['api:users:read'] },
    ],
  };
}

let sim: SimulatorHandle | undefined;
afterEach(async () => {
  await sim?.stop();
  sim = undefined;
});

async function get(path: string, token = sim!.token): Promise<{ status: number; body: unknown }> {
  const res = await fetch(sim!.url + path, { headers: { Authorization: `Bearer ${token}` } });
  return { status: res.status, body: await res.json() };
}

/** The member ids and transmit flags a GET of the room's members answered. */
async function readMembers(roomId: string): Promise<Array<{ user_id: string; tx_permission: boolean }>> {
  const { body } = await get(`/rooms/${roomId}/members`);
  return (body as { members: Array<{ user_id: string; tx_permission: boolean }> }).members.map((m) => ({
    user_id: m.user_id,
    tx_permission: m.tx_permission,
  }));
}

async function admin(method: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${sim!.url}/_sim/${path}`, { method, body: JSON.stringify(body) });
}

const ORIGINAL_EQ = [member(0, true), member(1, false)];
const EDITED_EQ = [member(5, true)];

describe('consoleEditAfterRead: a console edit between a client read and its write', () => {
  it('edits right after the first complete read: that read sees the old list, the next one the edit', async () => {
    sim = await startSimulator({ seed: seed() });
    sim.consoleEditAfterRead('Equities Desk', [{ email: 'user5@acme.com', tx: true }]);
    expect(sim.snapshot().members[EQ]).toEqual(ORIGINAL_EQ);
    expect(await readMembers(EQ)).toEqual(ORIGINAL_EQ);
    expect(sim.snapshot().members[EQ]).toEqual(EDITED_EQ);
    expect(await readMembers(EQ)).toEqual(EDITED_EQ);
  });

  it('fires once: a later write is not undone by further reads', async () => {
    sim = await startSimulator({ seed: seed() });
    sim.consoleEditAfterRead('Equities Desk', [{ email: 'user5@acme.com', tx: true }]);
    await readMembers(EQ);
    const put = await fetch(`${sim.url}/rooms/${EQ}/members`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${sim.token}` },
      body: JSON.stringify({ members: [member(7, false)] }),
    });
    expect(put.status).toBe(200);
    await readMembers(EQ);
    await readMembers(EQ);
    expect(sim.snapshot().members[EQ]).toEqual([member(7, false)]);
  });

  it('counts afterReads from arming, only complete 200 reads of that room', async () => {
    sim = await startSimulator({ seed: seed() });
    await readMembers(EQ); // before arming: not counted
    sim.consoleEditAfterRead('Equities Desk', [{ email: 'user5@acme.com', tx: true }], { afterReads: 2 });
    await readMembers(FX); // another room
    expect((await get(`/rooms/${EQ}/members`, 'users-only')).status).toBe(403);
    expect(await readMembers(EQ)).toEqual(ORIGINAL_EQ);
    expect(sim.snapshot().members[EQ]).toEqual(ORIGINAL_EQ);
    expect(await readMembers(EQ)).toEqual(ORIGINAL_EQ);
    expect(sim.snapshot().members[EQ]).toEqual(EDITED_EQ);
  });

  it('does not count a truncated member list: the client has not read the whole list yet', async () => {
    sim = await startSimulator({
      seed: seed(),
      faults: { rules: [{ method: 'GET', path: `/rooms/${EQ}/members`, truncate: 1, times: 1 }] },
    });
    sim.consoleEditAfterRead('Equities Desk', [{ email: 'user5@acme.com', tx: true }]);
    expect(await readMembers(EQ)).toEqual([member(0, true)]);
    expect(sim.snapshot().members[EQ]).toEqual(ORIGINAL_EQ);
    expect(await readMembers(EQ)).toEqual(ORIGINAL_EQ);
    expect(sim.snapshot().members[EQ]).toEqual(EDITED_EQ);
  });

  it('counts a bare-array member list as complete: it carries no total to say otherwise', async () => {
    sim = await startSimulator({
      seed: seed(),
      faults: { rules: [{ method: 'GET', path: `/rooms/${EQ}/members`, bareArray: true }] },
    });
    sim.consoleEditAfterRead('Equities Desk', [{ email: 'user5@acme.com', tx: true }]);
    const { body } = await get(`/rooms/${EQ}/members`);
    expect(body).toHaveLength(2);
    expect(sim.snapshot().members[EQ]).toEqual(EDITED_EQ);
  });

  it('refuses an unknown room, an unknown email or a bad afterReads when armed, not later', async () => {
    sim = await startSimulator({ seed: seed() });
    expect(() => sim!.consoleEditAfterRead('Nope', [])).toThrow(/consoleEditAfterRead: no room named "Nope"/);
    expect(() => sim!.consoleEditAfterRead('FX Desk', [{ email: 'ghost@acme.com' }])).toThrow(/ghost@acme.com/);
    expect(() => sim!.consoleEditAfterRead('FX Desk', [], { afterReads: 0 })).toThrow(/afterReads/);
    expect(() => sim!.consoleEditAfterRead('FX Desk', [], { afterReads: 1.5 })).toThrow(/afterReads/);
    await readMembers(FX);
    expect(sim.snapshot().members[FX]).toEqual([member(2, false)]);
  });

  it('over HTTP: POST /_sim/console-edit with after_reads arms the edit (202); without, edits now (204)', async () => {
    sim = await startSimulator({ seed: seed() });
    const edit = { room: 'Equities Desk', members: [{ email: 'user5@acme.com', tx: true }] };
    const armed = await admin('POST', 'console-edit', { ...edit, after_reads: 1 });
    expect(armed.status).toBe(202);
    expect(sim.snapshot().members[EQ]).toEqual(ORIGINAL_EQ);
    expect(await readMembers(EQ)).toEqual(ORIGINAL_EQ);
    expect(sim.snapshot().members[EQ]).toEqual(EDITED_EQ);

    const bad = await admin('POST', 'console-edit', { room: 'FX Desk', members: [], after_reads: 0 });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain('afterReads');
    const now = await admin('POST', 'console-edit', { room: 'FX Desk', members: [{ email: 'user3@acme.com' }] });
    expect(now.status).toBe(204);
    expect(sim.snapshot().members[FX]).toEqual([member(3, false)]);
  });
});

interface UsersEnvelope {
  users: Array<{ id: string }>;
  total: number;
  limit: number;
  offset: number;
}

describe('fault rules that reshape list answers: truncate and bareArray', () => {
  it('truncate keeps the first N items and leaves total, limit and offset as they were; times holds', async () => {
    const rules = [{ method: 'GET', path: '/users', truncate: 3, times: 1 }];
    sim = await startSimulator({ seed: seed(), faults: { rules } });
    const truncated = (await get('/users?limit=10&offset=5')).body as UsersEnvelope;
    expect(truncated).toMatchObject({ total: 30, limit: 10, offset: 5 });
    expect(truncated.users.map((u) => u.id)).toEqual([uid(5), uid(6), uid(7)]);
    const whole = (await get('/users?limit=10&offset=5')).body as UsersEnvelope;
    expect(whole.users).toHaveLength(10);
    expect(sim.requestLog.map((e) => e.injected ?? false)).toEqual([true, false]);
  });

  it('bareArray answers the items alone, for rooms and for members, and combines with truncate', async () => {
    sim = await startSimulator({
      seed: seed(),
      faults: {
        rules: [
          { method: 'GET', path: '/rooms', bareArray: true },
          { method: 'GET', path: `/rooms/${EQ}/members`, bareArray: true, truncate: 1 },
        ],
      },
    });
    const rooms = (await get('/rooms')).body as Array<{ id: string; member_count: number }>;
    expect(Array.isArray(rooms)).toBe(true);
    expect(rooms.map((r) => [r.id, r.member_count])).toEqual([
      [EQ, 2],
      [FX, 1],
    ]);
    const members = (await get(`/rooms/${EQ}/members`)).body;
    expect(members).toEqual([{ user_id: uid(0), email: 'user0@acme.com', display_name: 'User0', tx_permission: true }]);
    // Paths are matched exactly unless they end in `*`: another room's list keeps its envelope.
    expect((await get(`/rooms/${FX}/members`)).body).toMatchObject({ room_id: FX, total: 1 });
  });

  it('fires on every matching request, as other rules do, but reshapes only successful list answers', async () => {
    sim = await startSimulator({ seed: seed(), faults: { rules: [{ path: '/rooms*', bareArray: true, times: 3 }] } });
    expect((await get(`/rooms/${EQ}`)).body).toMatchObject({ id: EQ, name: 'Equities Desk' });
    expect((await get('/rooms', 'users-only')).body).toMatchObject({ error: { code: 'insufficient_scope' } });
    expect(Array.isArray((await get('/rooms')).body)).toBe(true);
    expect((await get('/rooms')).body).toMatchObject({ total: 2 });
  });

  it('obeys the rule method: a PUT rule leaves reads alone', async () => {
    sim = await startSimulator({ seed: seed(), faults: { rules: [{ method: 'PUT', path: '/users', truncate: 0 }] } });
    expect(((await get('/users')).body as UsersEnvelope).users).toHaveLength(20);
  });

  it('works through setFaults and PUT /_sim/faults, and refuses a truncate or bareArray it cannot mean', async () => {
    sim = await startSimulator({ seed: seed() });
    sim.setFaults({ rules: [{ path: '/users', truncate: 2 }] });
    expect(((await get('/users')).body as UsersEnvelope).users).toHaveLength(2);
    expect(() => sim!.setFaults({ rules: [{ path: '/users', truncate: -1 }] })).toThrow(/rules\[0\]\.truncate/);

    const put = await admin('PUT', 'faults', { rules: [{ method: 'GET', path: '/users', bareArray: true }] });
    expect(put.status).toBe(200);
    expect(Array.isArray((await get('/users')).body)).toBe(true);
    const refused = await admin('PUT', 'faults', { rules: [{ path: '/users', bareArray: 'yes' }] });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain('bareArray');
    // A refused setting leaves the previous one in force.
    expect(Array.isArray((await get('/users')).body)).toBe(true);
  });
});

describe('whoot-rooms sim --faults FILE with list-shaping rules', () => {
  let child: ChildProcessWithoutNullStreams | undefined;
  afterEach(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    child = undefined;
  });

  it('truncates and strips envelopes as the file says', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'whoot-sim-faults-'));
    try {
      const file = join(dir, 'faults.json');
      const rules = [
        { method: 'GET', path: '/users', truncate: 1, times: 1 },
        { method: 'GET', path: '/rooms', bareArray: true },
      ];
      writeFileSync(file, JSON.stringify({ rules }));
      const root = fileURLToPath(new URL('../..', import.meta.url));
      const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
      const args = ['sim', '--seed', 'examples/acme/sim-seed.yaml', '--port', '0', '--faults', file];
      child = spawn(process.execPath, [bin, ...args], { cwd: root });
      const ready = await new Promise<{ url: string; token: string }>((resolve, reject) => {
        let out = '';
        child!.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const m = /^WHOOT_SIM_READY (.+)$/m.exec(out);
          if (m) resolve(JSON.parse(m[1]!) as { url: string; token: string });
        });
        child!.on('exit', (code) => reject(new Error(`sim exited ${code}`)));
      });
      const headers = { Authorization: `Bearer ${ready.token}` };
      const first = (await (await fetch(`${ready.url}/users?limit=5`, { headers })).json()) as UsersEnvelope;
      expect(first.users).toHaveLength(1);
      expect(first).toMatchObject({ total: 25, limit: 5 });
      const second = (await (await fetch(`${ready.url}/users?limit=5`, { headers })).json()) as UsersEnvelope;
      expect(second.users).toHaveLength(5);
      expect(Array.isArray(await (await fetch(`${ready.url}/rooms`, { headers })).json())).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
