import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { deterministicId, loadSeedFile, parseSeed } from '../../src/sim/index.js';
import { SimState } from '../../src/sim/state.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe('seed files', () => {
  it('reads YAML and JSON alike', () => {
    const yaml = parseSeed(
      'users:\n  - email: a@acme.com\nrooms:\n  - name: Desk\n    members: [{ email: a@acme.com, tx: true }]\n',
    );
    const json = parseSeed(
      JSON.stringify({
        users: [{ email: 'a@acme.com' }],
        rooms: [{ name: 'Desk', members: [{ email: 'a@acme.com', tx: true }] }],
      }),
    );
    expect(yaml).toEqual(json);
  });

  it('reports YAML syntax errors with file:line:col', () => {
    expect(() => parseSeed('users:\n  - email: a@acme.com\n    display_name: [unclosed\n', 'seed.yaml')).toThrow(
      /^seed\.yaml:\d+:\d+: /,
    );
  });

  it('names the offending entry for wrong types, unknown keys and unknown scopes', () => {
    expect(() => parseSeed('users:\n  - email: a@acme.com\n    active: "yes"\n', 's.yaml')).toThrow(
      's.yaml: users[0].active: must be true or false',
    );
    expect(() => parseSeed('rooms:\n  - name: X\n    memebers: []\n', 's.yaml')).toThrow(
      's.yaml: rooms[0]: unknown key "memebers"',
    );
    expect(() => parseSeed('tokens:\n  - token: t\n    scopes: [api:all]\n', 's.yaml')).toThrow(
      'unknown scope "api:all"',
    );
    expect(() => parseSeed('rooms:\n  - name: X\n    members: [{ email: a@acme.com, tx: 1 }]\n')).toThrow(
      'rooms[0].members[0].tx: must be true or false',
    );
  });

  it('derives stable UUID-shaped ids from emails (case-insensitively) and names', () => {
    const state = SimState.fromSeed({ users: [{ email: 'Alice@Acme.com' }], rooms: [{ name: 'Rates Desk' }] });
    const id = deterministicId('user', 'alice@acme.com');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(state.userOrder[0]?.id).toBe(id);
    expect(state.roomOrder[0]?.id).toBe(deterministicId('room', 'Rates Desk'));
    expect(() => SimState.fromSeed({ users: [{ email: 'a@acme.com' }, { email: 'A@acme.com' }] })).toThrow(
      /duplicate user email/,
    );
  });
});

describe('examples/acme/sim-seed.yaml', () => {
  const seed = loadSeedFile(join(root, 'examples/acme/sim-seed.yaml'));
  const liveEmails = new Set((seed.users ?? []).map((u) => u.email.toLowerCase()));

  it('provisions every user the acme tree names, so the demo can resolve them all', () => {
    const treeFiles = filesUnder(join(root, 'examples/acme')).filter((f) => /\/(rooms|groups)\/.*\.ya?ml$/.test(f));
    const named = new Set(
      treeFiles
        .flatMap((f) => readFileSync(f, 'utf8').match(/[a-z0-9._-]+@acme\.com/gi) ?? [])
        .map((e) => e.toLowerCase()),
    );
    expect(named.size).toBeGreaterThan(10);
    expect([...named].filter((e) => !liveEmails.has(e))).toEqual([]);
  });

  it(
    'keeps the pinned Equities Desk id, a SCIM-mapped room, unmanaged rooms, a deactivated user and users in ' +
      'no room',
    () => {
      const rooms = seed.rooms ?? [];
      expect(rooms.find((r) => r.id === 'b2c3d4e5-f6a7-8901-bcde-f01234567891')).toBeDefined();
      expect(rooms.some((r) => r.external_id)).toBe(true);
      expect(rooms.map((r) => r.name)).toEqual(expect.arrayContaining(['Board Room', 'Ops Bridge']));
      expect(seed.users?.some((u) => u.active === false)).toBe(true);
      const inRooms = new Set(rooms.flatMap((r) => (r.members ?? []).map((m) => m.email)));
      expect([...liveEmails].filter((e) => !inRooms.has(e)).length).toBeGreaterThanOrEqual(2);
    },
  );
});
