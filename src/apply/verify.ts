// Verify before write: a full-replace PUT removes whoever is not in its body, so the body may only be built
// from the member list the reviewer saw. Pure: the executor reads the fresh list and asks these functions.
import type { RoomPlan } from '../plan/types.js';
import type { LiveMember } from '../live/types.js';

type Member = { user_id: string; tx_permission: boolean };

/** Who changed in a room between the plan's read and the read just before its write (emails where known). */
export interface MemberDrift {
  appeared: string[];
  disappeared: string[];
  /** transmit permission flipped: `bob@acme.com (listen → transmit)` */
  changed: string[];
}

export type WriteDecision =
  | { kind: 'write'; put: Member[]; expected: { added: number; updated: number; removed: number }; drift?: MemberDrift }
  | { kind: 'skip'; drift: MemberDrift; message: string };

/**
 * The member list the plan was computed from, rebuilt from the plan itself: the PUT body without the adds, with
 * the permission changes undone, plus the removals. Needs no extra state, so a plan built anywhere can be checked.
 */
export function planBasis(room: RoomPlan): Map<string, boolean> {
  const basis = new Map<string, boolean>();
  for (const m of room.put ?? []) basis.set(m.user_id, m.tx_permission);
  for (const m of room.add) basis.delete(m.user_id);
  for (const m of room.update) basis.set(m.user_id, !m.tx_permission);
  for (const m of room.remove) basis.set(m.user_id, m.tx_permission);
  return basis;
}

const perm = (tx: boolean): string => (tx ? 'transmit' : 'listen');

/** The differences between the plan's basis and a fresh member list, or null when they are the same. */
export function memberDrift(
  basis: Map<string, boolean>,
  fresh: readonly LiveMember[],
  emailOf: (userId: string) => string | undefined,
): MemberDrift | null {
  const name = (id: string, email?: string): string => email ?? emailOf(id) ?? id;
  const drift: MemberDrift = { appeared: [], disappeared: [], changed: [] };
  const seen = new Set<string>();
  for (const m of fresh) {
    seen.add(m.user_id);
    const before = basis.get(m.user_id);
    if (before === undefined) drift.appeared.push(`${name(m.user_id, m.email)} (${perm(m.tx_permission)})`);
    else if (before !== m.tx_permission) {
      drift.changed.push(`${name(m.user_id, m.email)} (${perm(before)} → ${perm(m.tx_permission)})`);
    }
  }
  for (const id of basis.keys()) if (!seen.has(id)) drift.disappeared.push(name(id));
  for (const list of [drift.appeared, drift.disappeared, drift.changed]) list.sort();
  return drift.appeared.length + drift.disappeared.length + drift.changed.length === 0 ? null : drift;
}

/** `eve@acme.com (listen) appeared; carol@acme.com disappeared`: the drift in one clause. */
export function describeDrift(d: MemberDrift): string {
  const parts: string[] = [];
  if (d.appeared.length > 0) parts.push(`${d.appeared.join(', ')} appeared`);
  if (d.disappeared.length > 0) parts.push(`${d.disappeared.join(', ')} disappeared`);
  if (d.changed.length > 0) parts.push(`${d.changed.join(', ')} changed permission`);
  return parts.join('; ');
}

/**
 * An additive room re-planned from the fresh list: everyone in it stays (additive never removes), and exactly
 * the reviewed adds and permission changes are made on top. Nothing the reviewer did not see is written.
 */
export function replanAdditive(
  room: RoomPlan,
  fresh: readonly LiveMember[],
): Extract<WriteDecision, { kind: 'write' }> {
  const next = new Map<string, boolean>();
  for (const m of fresh) next.set(m.user_id, m.tx_permission);
  const expected = { added: 0, updated: 0, removed: 0 };
  for (const m of [...room.add, ...room.update]) {
    const now = next.get(m.user_id);
    if (now === undefined) expected.added += 1;
    else if (now !== m.tx_permission) expected.updated += 1;
    next.set(m.user_id, m.tx_permission);
  }
  const put = [...next].map(([user_id, tx_permission]) => ({ user_id, tx_permission }));
  return { kind: 'write', put, expected };
}

/**
 * What to write to a room whose members were just read again: the planned body when nothing changed; for an
 * additive room that changed, the re-planned body; for an authoritative room that changed, nothing, because
 * whatever the PUT would now remove or keep was never shown to anyone.
 */
export function decideWrite(
  room: RoomPlan,
  fresh: readonly LiveMember[],
  emailOf: (userId: string) => string | undefined,
): WriteDecision {
  const drift = memberDrift(planBasis(room), fresh, emailOf);
  const planned = { added: room.add.length, updated: room.update.length, removed: room.remove.length };
  if (drift === null) return { kind: 'write', put: room.put ?? [], expected: planned };
  if (room.mode === 'additive') return { ...replanAdditive(room, fresh), drift };
  return {
    kind: 'skip',
    drift,
    message:
      `changed since plan: ${describeDrift(drift)} after the plan read it; the write would act on a list ` +
      'nobody reviewed, so nothing was written (re-run plan and review again)',
  };
}
