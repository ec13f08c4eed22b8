// Expiry, enforced on its date: which live access is gone *only* because entries expired. Pure. `plan` uses the
// causes to say why a removal or a downgrade happens; `expire` plans against `expiryTarget`, so that it writes that
// access away and nothing else (no drift, no console addition, no pending merge).
import type { DesiredMember, DesiredRoom, DesiredState, ExpiredGrant } from '../desired/types.js';
import type { LiveMember, LiveState } from '../live/types.js';
import { matchRooms } from './match.js';
import type { ExpiredCause, MemberChange } from './types.js';
import { indexLiveUsers, resolveMember, type UserIndex } from './users.js';

/** Per live user id, the expired entry to cite: for any access at all, and for transmit. */
export interface ExpiryCauses {
  access: Map<string, ExpiredCause>;
  transmit: Map<string, ExpiredCause>;
}

export type ExpiryChange = 'remove' | 'downgrade';

/** One entry of `expire`'s report: a change due to expiry, with the entry it comes from. */
export interface ExpiredEntryChange {
  email: string;
  user_id: string;
  expired: string;
  file: string;
  line: number;
  change: ExpiryChange;
}

const cause = (g: ExpiredGrant): ExpiredCause => ({ date: g.expires, file: g.pos.file, line: g.pos.line });

/**
 * The expired entry each user's access came through. With several, the latest date is cited (access lasted until
 * then), the first in file order among equal dates. Entries naming no live user are left out.
 */
export function expiryCauses(room: DesiredRoom, index: UserIndex): ExpiryCauses {
  const causes: ExpiryCauses = { access: new Map(), transmit: new Map() };
  const keep = (into: Map<string, ExpiredCause>, id: string, g: ExpiredGrant): void => {
    const prev = into.get(id);
    if (prev === undefined || g.expires > prev.date) into.set(id, cause(g));
  };
  for (const g of room.expired ?? []) {
    const user = resolveMember(index, g);
    if (user === undefined) continue;
    keep(causes.access, user.id, g);
    if (g.tx) keep(causes.transmit, user.id, g);
  }
  return causes;
}

/**
 * The planned changes with the removals and transmit → listen downgrades an expired entry explains marked
 * `expired` (the renderers say so). Only the planner's own changes are asked about, so the user is known not to be
 * brought (or not to transmit) through any entry that still counts.
 */
export function markExpired<D extends { remove: MemberChange[]; update: MemberChange[] }>(
  diff: D,
  room: DesiredRoom,
  index: UserIndex,
): D {
  if (room.expired === undefined) return diff;
  const causes = expiryCauses(room, index);
  const mark = (m: MemberChange, c: ExpiredCause | undefined): MemberChange =>
    c === undefined ? m : { ...m, expired: c };
  return {
    ...diff,
    remove: diff.remove.map((m) => mark(m, causes.access.get(m.user_id))),
    update: diff.update.map((m) => mark(m, m.tx_permission ? undefined : causes.transmit.get(m.user_id))),
  };
}

/** Who the room's effective (unexpired) entries bring, by live user id, with transmit ORed across entries. */
function wantedToday(room: DesiredRoom, index: UserIndex): Map<string, { tx: boolean; at: DesiredMember }> {
  const wanted = new Map<string, { tx: boolean; at: DesiredMember }>();
  for (const m of room.members) {
    const user = resolveMember(index, m);
    if (user === undefined) continue;
    const prev = wanted.get(user.id);
    if (prev) prev.tx ||= m.tx;
    else wanted.set(user.id, { tx: m.tx, at: m });
  }
  return wanted;
}

/**
 * What expiry takes from a room's live members, by user id: `remove` when no unexpired entry brings the user but an
 * expired one did; `downgrade` when the user transmits, keeps listen through an entry that counts, and transmit
 * came through an expired entry. Live members no expired entry brought are not touched, whatever the file says.
 */
export function dueToExpiry(
  room: DesiredRoom,
  live: readonly LiveMember[],
  index: UserIndex,
): Map<string, ExpiryChange> {
  const due = new Map<string, ExpiryChange>();
  if (room.expired === undefined) return due;
  const causes = expiryCauses(room, index);
  const wanted = wantedToday(room, index);
  for (const m of live) {
    const w = wanted.get(m.user_id);
    if (w === undefined) {
      if (causes.access.has(m.user_id)) due.set(m.user_id, 'remove');
    } else if (m.tx_permission && !w.tx && causes.transmit.has(m.user_id)) {
      due.set(m.user_id, 'downgrade');
    }
  }
  return due;
}

/**
 * A room as `expire` wants it: exactly its live members, each by user id, minus what expiry takes. Authoritative
 * whatever the file's mode (the expired access was reviewed, so it goes from an additive room too, and a changed
 * room is then skipped by verify-before-write rather than re-planned without the removals); metadata unmanaged.
 */
function expiryRoom(room: DesiredRoom, live: readonly LiveMember[], index: UserIndex): DesiredRoom {
  const due = dueToExpiry(room, live, index);
  const wanted = wantedToday(room, index);
  const members: DesiredMember[] = [];
  for (const m of live) {
    const change = due.get(m.user_id);
    if (change === 'remove') continue;
    // Where a kept member is written, so a warning about them (inactive user) points at their entry.
    const { line, column } = wanted.get(m.user_id)?.at ?? room.membersPos;
    const tx = change === 'downgrade' ? false : m.tx_permission;
    members.push({ ref: { kind: 'id', value: m.user_id }, tx, line, column, via: [] });
  }
  const { displayName: _d, displayNamePos: _dp, externalId: _e, externalIdPos: _ep, ...kept } = room;
  return { ...kept, mode: 'authoritative', members, expiring: [] };
}

/**
 * The desired state `expire` plans with: every room whose live members were read becomes its live list minus the
 * access due to expiry. A room that could not be matched stays as it is when it has expired entries (the planner
 * reports it as errored, never written: something may be due there) and is left out otherwise (nothing is due, so
 * it must not fail the run; leaving out an unmatched room changes no other room's match). Planning `live` against
 * it gives exactly expiry's removals and downgrades, each PUT body the live list without them.
 */
export function expiryTarget(desired: DesiredState, live: LiveState): DesiredState {
  const index = indexLiveUsers(live.users);
  const matched = new Map(matchRooms(desired, live.rooms).matches.map((m) => [m.desired, m] as const));
  const rooms = desired.rooms.flatMap((room) => {
    const m = matched.get(room);
    const members = m?.live && m.errors.length === 0 ? live.members[m.live.id] : undefined;
    if (members !== undefined) return [expiryRoom(room, members, index)];
    return room.expired === undefined ? [] : [room];
  });
  return { ...desired, rooms };
}

/** The report's `expired` list of one planned room: its removals and downgrades that cite an expired entry. */
export function expiredChangesOf(room: { remove: MemberChange[]; update: MemberChange[] }): ExpiredEntryChange[] {
  const entry = (m: MemberChange, change: ExpiryChange): ExpiredEntryChange[] =>
    m.expired === undefined
      ? []
      : [
          {
            email: m.email,
            user_id: m.user_id,
            expired: m.expired.date,
            file: m.expired.file,
            line: m.expired.line,
            change,
          },
        ];
  return [...room.remove.flatMap((m) => entry(m, 'remove')), ...room.update.flatMap((m) => entry(m, 'downgrade'))];
}
