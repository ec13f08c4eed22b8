import { planBasis } from '../../src/apply/verify.js';
import { planFingerprint, roomFingerprint } from '../../src/plan/fingerprint.js';
import type { MemberChange, Plan, RoomPlan } from '../../src/plan/types.js';

const member = (user: string, tx = false): MemberChange => ({
  user_id: `u-${user}`,
  email: `${user}@acme.com`,
  tx_permission: tx,
});

/** A hand-built changed room: `before` is the live list, `after` the desired one (user → tx). */
export function roomPlan(
  id: string,
  before: Record<string, boolean>,
  after: Record<string, boolean>,
  extra: Partial<RoomPlan> = {},
): RoomPlan {
  const add = Object.keys(after)
    .filter((u) => !(u in before))
    .map((u) => member(u, after[u]));
  const remove = Object.keys(before)
    .filter((u) => !(u in after))
    .map((u) => member(u, before[u]));
  const update = Object.keys(after)
    .filter((u) => u in before && before[u] !== after[u])
    .map((u) => member(u, after[u]));
  const changed = add.length + remove.length + update.length > 0;
  const room: RoomPlan = {
    id,
    name: extra.name ?? `Room ${id}`,
    file: `rooms/${id}.yaml`,
    fingerprint: '',
    add,
    remove,
    update,
    metadata: {},
    members_before: Object.keys(before).length,
    members_after: Object.keys(after).length,
    blocked: null,
    errors: [],
    expiring: [],
    mode: 'authoritative',
    put: changed ? Object.entries(after).map(([u, tx]) => ({ user_id: `u-${u}`, tx_permission: tx })) : null,
    ...extra,
  };
  room.fingerprint = roomFingerprint(room);
  return room;
}

/** A plan over hand-built rooms, with a real fingerprint. */
export function planOf(rooms: RoomPlan[], unchanged = 0): Plan {
  return {
    format_version: 1,
    fingerprint: planFingerprint(rooms),
    summary: {
      rooms_managed: rooms.length + unchanged,
      rooms_changed: rooms.filter((r) => r.errors.length === 0).length,
      rooms_unchanged: unchanged,
      rooms_unmanaged: 0,
      add: rooms.reduce((n, r) => n + r.add.length, 0),
      remove: rooms.reduce((n, r) => n + r.remove.length, 0),
      update: rooms.reduce((n, r) => n + r.update.length, 0),
      metadata: rooms.reduce((n, r) => n + Object.keys(r.metadata).length, 0),
      blocked: rooms.filter((r) => r.blocked !== null).length,
      errored: rooms.filter((r) => r.errors.length > 0).length,
    },
    rooms,
    warnings: [],
  };
}

/** The live member list a room plan was computed from, for the fake API. */
export function liveMembers(before: Record<string, boolean>) {
  return Object.entries(before).map(([u, tx]) => ({ user_id: `u-${u}`, tx_permission: tx }));
}

/** The live lists the hand-built rooms were planned from (what a whoot that nobody touched since holds). */
export function liveOf(rooms: RoomPlan[]): Record<string, Array<{ user_id: string; tx_permission: boolean }>> {
  return Object.fromEntries(
    rooms.map((r) => [r.id, [...planBasis(r)].map(([user_id, tx]) => ({ user_id, tx_permission: tx }))]),
  );
}
