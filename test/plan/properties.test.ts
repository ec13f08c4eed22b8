import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plan } from '../../src/plan/plan.js';
import { renderJson } from '../../src/render/json.js';
import type { DesiredMember, DesiredRoom, DesiredState } from '../../src/desired/types.js';
import type { LiveRoom, LiveState, LiveUser } from '../../src/live/types.js';
import type { Plan, PlanOptions } from '../../src/plan/types.js';

const NAMES = ['Trading', 'Rates', 'Equities', 'FX', 'Credit'];
const LOCALS = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank'];

const users: LiveUser[] = LOCALS.map((l, i) => ({
  id: `0000000${i}-user`,
  email: `${l}@acme.com`,
  display_name: l,
  active: i !== 3,
}));

/** Random case, so matching must be case-insensitive. */
const anyCase = (s: string) =>
  fc
    .array(fc.boolean(), { minLength: s.length, maxLength: s.length })
    .map((flags) => [...s].map((c, i) => (flags[i] ? c.toUpperCase() : c)).join(''));

const desiredMember = (_file: string) =>
  fc
    .record({
      user: fc.integer({ min: 0, max: LOCALS.length - 1 }),
      byId: fc.boolean(),
      tx: fc.boolean(),
      line: fc.nat(40),
    })
    .chain(({ user, byId, tx, line }) => {
      const u = users[user] as LiveUser;
      const ref = byId
        ? fc.constant({ kind: 'id' as const, value: u.id })
        : anyCase(u.email).map((value) => ({ kind: 'email' as const, value }));
      return ref.map((r): DesiredMember => ({ ref: r, tx, line: line + 1, column: 5, via: [] }));
    });

const liveMembers = fc.uniqueArray(
  fc.record({ user: fc.integer({ min: 0, max: LOCALS.length - 1 }), tx: fc.boolean() }),
  { selector: (m) => m.user, maxLength: LOCALS.length },
);

const metaValue = fc.constantFrom<string | null>(null, 'okta-1', 'okta-2');

/** A random world: live rooms with members, and room files managing a subset of them. */
const world = fc
  .record({
    rooms: fc.uniqueArray(fc.integer({ min: 0, max: NAMES.length - 1 }), { minLength: 1, maxLength: NAMES.length }),
    seed: fc.array(
      fc.record({
        members: liveMembers,
        display: fc.constantFrom<string | null>(null, 'Desk A', 'Desk B'),
        external: metaValue,
        managed: fc.boolean(),
        byId: fc.boolean(),
        mode: fc.constantFrom<'authoritative' | 'additive'>('authoritative', 'authoritative', 'additive'),
        displayName: fc.option(fc.constantFrom('Desk A', 'Desk B'), { nil: undefined }),
        externalId: fc.option(metaValue, { nil: undefined }),
      }),
      { minLength: NAMES.length, maxLength: NAMES.length },
    ),
  })
  .chain(({ rooms, seed }) => {
    const liveRooms: LiveRoom[] = [];
    const members: LiveState['members'] = {};
    const specs: Array<{ idx: number; s: (typeof seed)[number] }> = [];
    for (const idx of rooms) {
      const s = seed[idx] as (typeof seed)[number];
      const id = `room-${idx}`;
      liveRooms.push({ id, name: NAMES[idx] as string, display_name: s.display, external_id: s.external });
      members[id] = s.members.map((m) => ({ user_id: (users[m.user] as LiveUser).id, tx_permission: m.tx }));
      if (s.managed) specs.push({ idx, s });
    }
    return fc
      .tuple(...specs.map(({ idx }) => fc.array(desiredMember(`rooms/${idx}.yaml`), { maxLength: 8 })))
      .map((memberLists): [DesiredState, LiveState] => {
        const desiredRooms: DesiredRoom[] = specs.map(({ idx, s }, i) => {
          const file = `rooms/${idx}.yaml`;
          const room: DesiredRoom = {
            file,
            pos: { file, line: 1, column: 1 },
            mode: s.mode,
            members: memberLists[i] ?? [],
            expiring: [],
            membersPos: { file, line: 4, column: 1 },
          };
          if (s.byId) room.id = `room-${idx}`;
          else room.name = NAMES[idx] ?? `Room ${idx}`;
          if (s.displayName !== undefined) room.displayName = s.displayName;
          if (s.externalId !== undefined) room.externalId = s.externalId;
          return room;
        });
        return [
          { rooms: desiredRooms, groups: [], today: '2026-11-27' },
          { users: [...users], rooms: liveRooms, members },
        ];
      });
  });

const FORCE: PlanOptions = { maxRemovalPercent: 25, force: true };

/** What the apply step does with a plan: each PUT body replaces the room, metadata is patched. */
function applyPlan(p: Plan, l: LiveState): LiveState {
  const members = { ...l.members };
  const rooms = l.rooms.map((r) => ({ ...r }));
  for (const room of p.rooms) {
    if (room.errors.length > 0 || room.blocked !== null) continue;
    if (room.put !== null) members[room.id] = room.put.map((m) => ({ ...m }));
    const live = rooms.find((r) => r.id === room.id) as LiveRoom;
    if (room.metadata.display_name) live.display_name = room.metadata.display_name.to;
    if (room.metadata.external_id) live.external_id = room.metadata.external_id.to;
  }
  return { users: l.users, rooms, members };
}

function shuffled<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items
    .map((item, i) => ({ item, k: keys[i % Math.max(1, keys.length)] ?? 0, i }))
    .sort((a, b) => a.k - b.k || b.i - a.i)
    .map((x) => x.item);
}

describe('planner properties', () => {
  it('applying the PUT bodies and metadata yields the desired state, and re-planning is empty', () => {
    fc.assert(
      fc.property(world, ([d, l]) => {
        const p = plan(d, l, FORCE);
        expect(p.summary.errored).toBe(0);
        const after = applyPlan(p, l);
        for (const room of d.rooms) {
          const liveRoom = l.rooms.find((r) => r.id === room.id || r.name === room.name) as LiveRoom;
          const want = new Map<string, boolean>();
          for (const m of room.members) {
            const u = users.find((x) =>
              m.ref.kind === 'id' ? x.id === m.ref.value : x.email === m.ref.value.toLowerCase(),
            ) as LiveUser;
            want.set(u.id, (want.get(u.id) ?? false) || m.tx);
          }
          const got = new Map((after.members[liveRoom.id] ?? []).map((m) => [m.user_id, m.tx_permission]));
          if (room.mode === 'authoritative') {
            expect(got).toEqual(want);
          } else {
            for (const [id, tx] of want) expect(got.get(id)).toBe(tx);
            for (const m of l.members[liveRoom.id] ?? []) expect(got.has(m.user_id)).toBe(true);
          }
          const afterRoom = after.rooms.find((r) => r.id === liveRoom.id) as LiveRoom;
          if (room.displayName !== undefined) expect(afterRoom.display_name).toBe(room.displayName);
          if (room.externalId !== undefined) expect(afterRoom.external_id).toBe(room.externalId);
        }
        const again = plan(d, after, FORCE);
        expect(again.rooms).toEqual([]);
        expect(again.summary.rooms_changed).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same bytes whatever the input order', () => {
    fc.assert(
      fc.property(world, fc.array(fc.integer(), { minLength: 1, maxLength: 12 }), ([d, l], keys) => {
        const reordered: DesiredState = {
          ...d,
          rooms: shuffled(d.rooms, keys).map((r) => ({ ...r, members: shuffled(r.members, keys) })),
        };
        const members: LiveState['members'] = {};
        for (const id of shuffled(Object.keys(l.members), keys)) members[id] = shuffled(l.members[id] ?? [], keys);
        const relive: LiveState = { users: shuffled(l.users, keys), rooms: shuffled(l.rooms, keys), members };
        for (const options of [FORCE, { maxRemovalPercent: 25 }]) {
          expect(renderJson(plan(reordered, relive, options))).toBe(renderJson(plan(d, l, options)));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the fingerprint changes if and only if the changes change', () => {
    const changes = (p: Plan) =>
      JSON.stringify(
        p.rooms.map((r) => [
          r.id,
          r.add.map((m) => [m.user_id, m.tx_permission]),
          r.remove.map((m) => m.user_id),
          r.update.map((m) => [m.user_id, m.tx_permission]),
          r.metadata.display_name ?? null,
          r.metadata.external_id ?? null,
        ]),
      );
    let equalPairs = 0;
    fc.assert(
      fc.property(world, world, ([d1, l1], [d2, l2]) => {
        const a = plan(d1, l1, FORCE);
        const b = plan(d2, l2, FORCE);
        const same = changes(a) === changes(b);
        if (same) equalPairs++;
        expect(a.fingerprint === b.fingerprint).toBe(same);
        for (const ra of a.rooms) {
          const rb = b.rooms.find((r) => r.id === ra.id);
          if (rb)
            expect(ra.fingerprint === rb.fingerprint).toBe(
              changes({ ...a, rooms: [ra] }) === changes({ ...b, rooms: [rb] }),
            );
        }
      }),
      { numRuns: 300 },
    );
    // The property must actually see equal pairs (for example two empty plans), or the "if" half is untested.
    expect(equalPairs).toBeGreaterThan(0);
  });

  it('an unknown user errors only its own room: every other room plans exactly as before', () => {
    fc.assert(
      fc.property(world, fc.nat(), ([d, l], pick) => {
        fc.pre(d.rooms.length > 0);
        const target = pick % d.rooms.length;
        const broken: DesiredState = {
          ...d,
          rooms: d.rooms.map((r, i) =>
            i === target
              ? {
                  ...r,
                  members: [
                    ...r.members,
                    {
                      ref: { kind: 'email', value: 'ghost@acme.com' },
                      tx: false,
                      line: 99,
                      column: 5,
                      via: [],
                    },
                  ],
                }
              : r,
          ),
        };
        const before = plan(d, l, FORCE);
        const after = plan(broken, l, FORCE);
        const file = d.rooms[target]?.file;
        const errored = after.rooms.filter((r) => r.errors.length > 0);
        expect(errored.map((r) => r.file)).toEqual([file]);
        expect(errored[0]?.put).toBeNull();
        expect(errored[0]?.errors.map((e) => e.line)).toEqual([99]);
        const others = (p: Plan) => p.rooms.filter((r) => r.file !== file);
        expect(others(after)).toEqual(others(before));
      }),
      { numRuns: 200 },
    );
  });
});
