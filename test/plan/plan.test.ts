import { describe, expect, it } from 'vitest';
import { plan } from '../../src/plan/plan.js';
import { roomDigest } from '../../src/plan/fingerprint.js';
import type { DesiredState } from '../../src/desired/types.js';
import type { LiveState } from '../../src/live/types.js';
import { DEFAULTS, desired, live, liveRoom, user, type MemberSpec } from './builders.js';

const users = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'ken', 'leo'].map(
  (n) => user(n),
);
const trading = liveRoom('Trading');

function planOne(members: Array<string | MemberSpec>, liveMembers: string[], extra = {}) {
  return plan(desired({ name: 'Trading', members, ...extra }), live(users, [[trading, liveMembers]]), DEFAULTS);
}

describe('planning membership', () => {
  it('adds, removes and updates transmit, sorted by email, with a complete sorted PUT body', () => {
    const p = planOne(
      [{ email: 'carol@acme.com', tx: true }, 'alice', { email: 'dave@acme.com', tx: false }],
      ['bob', 'carol', 'dave:tx'],
    );
    const [room] = p.rooms;
    expect(room?.add).toEqual([{ user_id: 'u-alice', email: 'alice@acme.com', tx_permission: false }]);
    expect(room?.remove).toEqual([{ user_id: 'u-bob', email: 'bob@acme.com', tx_permission: false }]);
    expect(room?.update).toEqual([
      { user_id: 'u-carol', email: 'carol@acme.com', tx_permission: true },
      { user_id: 'u-dave', email: 'dave@acme.com', tx_permission: false },
    ]);
    expect(room?.put).toEqual([
      { user_id: 'u-alice', tx_permission: false },
      { user_id: 'u-carol', tx_permission: true },
      { user_id: 'u-dave', tx_permission: false },
    ]);
    expect(room).toMatchObject({ members_before: 3, members_after: 3, blocked: null, errors: [] });
    expect(p.summary).toEqual({
      rooms_managed: 1,
      rooms_changed: 1,
      rooms_unchanged: 0,
      rooms_unmanaged: 0,
      add: 1,
      remove: 1,
      update: 2,
      metadata: 0,
      blocked: 0,
      errored: 0,
    });
  });

  it('lists nothing and counts the room unchanged when whoot already matches', () => {
    const p = planOne(['alice', { email: 'bob@acme.com', tx: true }], ['bob:tx', 'alice']);
    expect(p.rooms).toEqual([]);
    expect(p.summary.rooms_unchanged).toBe(1);
    expect(p.summary.rooms_changed).toBe(0);
  });

  it('matches emails case-insensitively and shows the live (lower-case) email', () => {
    const mixed = [user('alice', { email: 'Alice@ACME.com' }), ...users.slice(1)];
    const p = plan(
      desired({ name: 'Trading', members: [{ email: 'ALICE@acme.COM' }] }),
      live(mixed, [[trading, []]]),
      DEFAULTS,
    );
    expect(p.rooms[0]?.add).toEqual([{ user_id: 'u-alice', email: 'alice@acme.com', tx_permission: false }]);
  });

  it('merges an id reference and an email reference to the same user, transmit if either grants it', () => {
    const p = planOne([{ email: 'alice@acme.com' }, { id: 'u-alice', tx: true }], []);
    expect(p.rooms[0]?.add).toEqual([{ user_id: 'u-alice', email: 'alice@acme.com', tx_permission: true }]);
    expect(p.rooms[0]?.put).toHaveLength(1);
  });

  it('merges users brought in by groups (already expanded by the loader) with direct entries', () => {
    const p = planOne(
      [
        { email: 'bob@acme.com', via: ['desk'] },
        { email: 'bob@acme.com', tx: true },
      ],
      ['bob'],
    );
    expect(p.rooms[0]?.update).toEqual([{ user_id: 'u-bob', email: 'bob@acme.com', tx_permission: true }]);
  });

  it('errors at the entry naming an unknown user, and still plans the other rooms', () => {
    const d = desired(
      { name: 'Trading', members: ['alice', { email: 'zed@acme.com', via: ['desk'] }] },
      { name: 'Rates', members: ['bob'] },
    );
    const rates = liveRoom('Rates');
    const p = plan(
      d,
      live(users, [
        [trading, ['carol']],
        [rates, []],
      ]),
      DEFAULTS,
    );
    const errored = p.rooms.find((r) => r.name === 'Trading');
    expect(errored?.errors).toEqual([
      {
        file: 'rooms/trading.yaml',
        line: 7,
        column: 5,
        message: 'unknown user zed@acme.com (via group "desk"): no whoot user has this email',
      },
    ]);
    expect(errored).toMatchObject({ put: null, add: [], remove: [], update: [] });
    expect(p.rooms.find((r) => r.name === 'Rates')?.add).toHaveLength(1);
    expect(p.summary).toMatchObject({ rooms_managed: 2, rooms_changed: 1, errored: 1, rooms_unchanged: 0 });
    // Errored rooms are listed after blocked ones and before the rest.
    expect(p.rooms.map((r) => r.name)).toEqual(['Trading', 'Rates']);
  });

  it('errors on an unknown user id', () => {
    const p = planOne([{ id: 'u-nobody' }], []);
    expect(p.rooms[0]?.errors[0]?.message).toBe('unknown user u-nobody: no whoot user has this id');
  });

  it('an unmatched room is errored with id "" and never written', () => {
    const p = plan(desired({ name: 'Nowhere', members: ['alice'] }), live(users, [[trading, []]]), DEFAULTS);
    expect(p.rooms[0]).toMatchObject({ id: '', name: 'Nowhere', put: null });
    expect(p.summary).toMatchObject({ errored: 1, rooms_unmanaged: 1 });
  });

  it('keeps a deactivated user as desired, with an inactive_user warning at the entry', () => {
    const p = plan(
      desired({ name: 'Trading', members: ['alice'] }),
      live([user('alice', { active: false })], [[trading, []]]),
      DEFAULTS,
    );
    expect(p.rooms[0]?.add).toHaveLength(1);
    expect(p.warnings).toEqual([
      {
        code: 'inactive_user',
        message: 'alice@acme.com is deactivated in whoot: kept in room "Trading" but cannot sign in',
        file: 'rooms/trading.yaml',
        line: 6,
        room_id: trading.id,
      },
    ]);
  });
});

describe('additive rooms', () => {
  it('never removes; the PUT body is the live list plus the desired changes', () => {
    const p = planOne([{ email: 'alice@acme.com', tx: true }, 'bob'], ['bob:tx', 'carol', 'dave'], {
      mode: 'additive',
    });
    const [room] = p.rooms;
    expect(room?.remove).toEqual([]);
    expect(room?.add.map((m) => m.email)).toEqual(['alice@acme.com']);
    expect(room?.update).toEqual([{ user_id: 'u-bob', email: 'bob@acme.com', tx_permission: false }]);
    expect(room?.put).toEqual([
      { user_id: 'u-alice', tx_permission: true },
      { user_id: 'u-bob', tx_permission: false },
      { user_id: 'u-carol', tx_permission: false },
      { user_id: 'u-dave', tx_permission: false },
    ]);
    expect(room).toMatchObject({ members_before: 3, members_after: 4, mode: 'additive' });
  });

  it('an additive room whose desired members are all present is unchanged even with extra live members', () => {
    const p = planOne(['bob'], ['bob', 'carol', 'dave', 'erin'], { mode: 'additive' });
    expect(p.rooms).toEqual([]);
  });
});

describe('metadata', () => {
  it('changes display_name only when the file sets it', () => {
    const unset = planOne([], [], {});
    expect(unset.rooms).toEqual([]);
    const set = planOne([], [], { displayName: 'Trading Desk' });
    expect(set.rooms[0]?.metadata).toEqual({ display_name: { from: 'Trading', to: 'Trading Desk' } });
    expect(set.rooms[0]?.put).toBeNull();
    expect(set.summary.metadata).toBe(1);
  });

  it('external_id: null removes a mapping; no warning since the mapping is going away', () => {
    const mapped = liveRoom('Trading', { external_id: 'okta-grp-1' });
    const p = plan(desired({ name: 'Trading', externalId: null }), live(users, [[mapped, []]]), DEFAULTS);
    expect(p.rooms[0]?.metadata).toEqual({ external_id: { from: 'okta-grp-1', to: null } });
    expect(p.warnings.filter((w) => w.code === 'scim_mapped')).toEqual([]);
  });

  it('a live room missing display_name/external_id counts them as null', () => {
    const bare = { id: 'r-trading', name: 'Trading' } as unknown as ReturnType<typeof liveRoom>;
    const p = plan(
      desired({ name: 'Trading', displayName: 'T', externalId: null }),
      live(users, [[bare, []]]),
      DEFAULTS,
    );
    expect(p.rooms[0]?.metadata).toEqual({ display_name: { from: null, to: 'T' } });
  });

  it('warns scim_mapped for a managed room with a live SCIM mapping that stays', () => {
    const mapped = liveRoom('Trading', { external_id: 'okta-grp-1' });
    const p = plan(desired({ name: 'Trading', members: ['alice'] }), live(users, [[mapped, ['alice']]]), DEFAULTS);
    expect(p.rooms).toEqual([]);
    expect(p.warnings).toEqual([
      expect.objectContaining({ code: 'scim_mapped', room_id: mapped.id, file: 'rooms/trading.yaml' }),
    ]);
  });
});

describe('expiring entries', () => {
  it('become notices on the room and expiring warnings', () => {
    const p = planOne(['alice'], [], {
      expiring: [
        {
          ref: { kind: 'email', value: 'alice@acme.com' },
          expires: '2026-12-01',
          pos: { file: 'rooms/trading.yaml', line: 6, column: 5 },
        },
        {
          ref: { kind: 'group', value: 'contractors' },
          expires: '2026-11-30',
          pos: { file: 'rooms/trading.yaml', line: 9, column: 5 },
        },
      ],
    });
    expect(p.rooms[0]?.expiring).toEqual([
      { email: 'group:contractors', expires: '2026-11-30', file: 'rooms/trading.yaml', line: 9 },
      { email: 'alice@acme.com', expires: '2026-12-01', file: 'rooms/trading.yaml', line: 6 },
    ]);
    expect(p.warnings.map((w) => w.code)).toEqual(['expiring', 'expiring']);
  });
});

describe('mass-removal guard', () => {
  const names = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'ken', 'leo'];
  const keep = (n: number) => names.slice(0, n);

  it('allows removing exactly 25% (3 of 12)', () => {
    const p = planOne(keep(9), names);
    expect(p.rooms[0]).toMatchObject({ blocked: null, members_before: 12, members_after: 9 });
  });

  it('blocks removing just over 25% when at least 3 go (4 of 12)', () => {
    const p = planOne(keep(8), names);
    expect(p.rooms[0]?.blocked).toBe('would remove 4 of 12 members (33% > 25%)');
    expect(p.summary.blocked).toBe(1);
    expect(p.warnings).toEqual([expect.objectContaining({ code: 'blocked', room_id: trading.id, line: 5 })]);
  });

  it('allows removing 2 members even when that is most of the room', () => {
    const p = planOne(keep(1), keep(3));
    expect(p.rooms[0]?.blocked).toBeNull();
  });

  it('blocks 3 removals above the threshold (3 of 4) but not 3 of 12', () => {
    expect(planOne(keep(1), keep(4)).rooms[0]?.blocked).toBe('would remove 3 of 4 members (75% > 25%)');
    expect(planOne(keep(9), keep(12)).rooms[0]?.blocked).toBeNull();
  });

  it('blocks emptying a room that has members, even a single one', () => {
    expect(planOne([], ['alice']).rooms[0]?.blocked).toBe('would remove its only member (the room would become empty)');
  });

  it('honours a different --max-removal-percent', () => {
    const p = plan(desired({ name: 'Trading', members: keep(8) }), live(users, [[trading, names]]), {
      maxRemovalPercent: 40,
    });
    expect(p.rooms[0]?.blocked).toBeNull();
  });

  it('--force lifts the guard but says so in a warning', () => {
    const p = plan(desired({ name: 'Trading', members: [] }), live(users, [[trading, names]]), {
      ...DEFAULTS,
      force: true,
    });
    expect(p.rooms[0]?.blocked).toBeNull();
    expect(p.rooms[0]?.put).toEqual([]);
    expect(p.warnings[0]?.message).toContain('mass-removal guard lifted by --force');
  });

  it('sorts blocked rooms first, then errored, then by name', () => {
    const d = desired(
      { name: 'Alpha', members: ['alice'] },
      { name: 'Zulu', members: [] },
      { name: 'Mike', members: ['nobody'] },
    );
    const p = plan(
      d,
      live(users, [
        [liveRoom('Alpha'), []],
        [liveRoom('Zulu'), ['alice']],
        [liveRoom('Mike'), []],
      ]),
      DEFAULTS,
    );
    expect(p.rooms.map((r) => r.name)).toEqual(['Zulu', 'Mike', 'Alpha']);
  });
});

describe('scope (--room)', () => {
  it('plans only the named rooms; the others are neither listed nor counted as managed', () => {
    const d = desired({ name: 'Trading', members: ['alice'] }, { name: 'Rates', members: ['bob'] });
    const l = live(users, [
      [trading, []],
      [liveRoom('Rates'), []],
      [liveRoom('Other'), []],
    ]);
    const p = plan(d, l, { ...DEFAULTS, only: ['Rates'] });
    expect(p.rooms.map((r) => r.name)).toEqual(['Rates']);
    expect(p.summary).toMatchObject({ rooms_managed: 1, rooms_unmanaged: 1 });
  });
});

describe('fingerprints', () => {
  const base = (): [DesiredState, LiveState] => [
    desired({ name: 'Trading', members: ['alice', 'bob'] }, { name: 'Rates', members: ['carol'] }),
    live(users, [
      [trading, ['bob']],
      [liveRoom('Rates'), []],
    ]),
  ];

  it('are sha256, identical across runs, and per room', () => {
    const a = plan(...base(), DEFAULTS);
    const b = plan(...base(), DEFAULTS);
    expect(a.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.rooms.map((r) => r.fingerprint)).toEqual(b.rooms.map((r) => r.fingerprint));
    expect(new Set(a.rooms.map((r) => r.fingerprint)).size).toBe(2);
  });

  it('change when any change differs, and only that room changes fingerprint', () => {
    const a = plan(...base(), DEFAULTS);
    const [d, l] = base();
    (d.rooms.find((r) => r.name === 'Rates')?.members[0] as { tx: boolean }).tx = true;
    const b = plan(d, l, DEFAULTS);
    expect(b.fingerprint).not.toBe(a.fingerprint);
    expect(b.rooms.find((r) => r.name === 'Trading')?.fingerprint).toBe(
      a.rooms.find((r) => r.name === 'Trading')?.fingerprint,
    );
    expect(b.rooms.find((r) => r.name === 'Rates')?.fingerprint).not.toBe(
      a.rooms.find((r) => r.name === 'Rates')?.fingerprint,
    );
  });

  it('do not depend on unchanged rooms, warnings or live ordering', () => {
    const a = plan(...base(), DEFAULTS);
    const [d, l] = base();
    l.users.reverse();
    l.rooms.reverse();
    l.rooms.push(liveRoom('Unmanaged'));
    const b = plan(d, l, DEFAULTS);
    expect(b.fingerprint).toBe(a.fingerprint);
  });

  it('do not change when a room file is renamed but does the same thing', () => {
    const a = plan(...base(), DEFAULTS);
    const [d, l] = base();
    for (const r of d.rooms) r.file = `renamed/${r.file}`;
    expect(plan(d, l, DEFAULTS).fingerprint).toBe(a.fingerprint);
  });

  it('the empty plan has a stable fingerprint of its own', () => {
    const [d] = base();
    const l = live(users, [
      [trading, ['alice', 'bob']],
      [liveRoom('Rates'), ['carol']],
    ]);
    const p = plan(d, l, DEFAULTS);
    expect(p.rooms).toEqual([]);
    expect(p.fingerprint).toBe(plan(d, l, DEFAULTS).fingerprint);
    expect(p.fingerprint).not.toBe(plan(...base(), DEFAULTS).fingerprint);
  });

  it('roomDigest is the first 12 hex chars of sha256(roomId:fingerprint)', () => {
    const d = roomDigest('r-1', 'sha256:abc');
    expect(d).toMatch(/^[0-9a-f]{12}$/);
    expect(roomDigest('r-2', 'sha256:abc')).not.toBe(d);
    expect(roomDigest('r-1', 'sha256:abd')).not.toBe(d);
  });
});

describe('live data problems', () => {
  it('a managed room whose members were not read is errored, not emptied', () => {
    const l = live(users, []);
    l.rooms.push(trading);
    const p = plan(desired({ name: 'Trading', members: ['alice'] }), l, DEFAULTS);
    expect(p.rooms[0]?.errors[0]?.message).toContain('were not read');
    expect(p.rooms[0]?.put).toBeNull();
  });
});
