/** Small builders for DesiredState / LiveState test data, in the exact shapes the loader and reader produce. */
import type { DesiredMember, DesiredRoom, DesiredState, ExpiringEntry, SourcePos } from '../../src/desired/types.js';
import type { LiveMember, LiveRoom, LiveState, LiveUser } from '../../src/live/types.js';
import type { PlanOptions } from '../../src/plan/types.js';

export const TODAY = '2026-11-27';
export const DEFAULTS: PlanOptions = { maxRemovalPercent: 25 };

export function pos(file: string, line: number, column = 3): SourcePos {
  return { file, line, column };
}

/** A user in whoot: id derived from the local part, so tests read by name. */
export function user(local: string, extra: Partial<LiveUser> = {}): LiveUser {
  return { id: `u-${local}`, email: `${local}@acme.com`, display_name: local, active: true, ...extra };
}

export function liveRoom(name: string, extra: Partial<LiveRoom> = {}): LiveRoom {
  return { id: `r-${name.toLowerCase().replace(/\W+/g, '-')}`, name, display_name: name, external_id: null, ...extra };
}

export interface MemberSpec {
  email?: string;
  id?: string;
  tx?: boolean;
  line?: number;
  via?: string[];
}

/** A desired member written by email (`alice` → alice@acme.com) or by id. */
// `_file`: the room the member is in (an entry is always in its room's own file, so the member does not hold it)
export function member(_file: string, spec: MemberSpec | string, line = 5): DesiredMember {
  const s: MemberSpec = typeof spec === 'string' ? { email: spec.includes('@') ? spec : `${spec}@acme.com` } : spec;
  const ref =
    s.id !== undefined
      ? { kind: 'id' as const, value: s.id }
      : { kind: 'email' as const, value: (s.email ?? '').toLowerCase() };
  return { ref, tx: s.tx ?? false, line: s.line ?? line, column: 5, via: s.via ?? [] };
}

export interface RoomSpec {
  name?: string;
  id?: string;
  file?: string;
  mode?: 'authoritative' | 'additive';
  displayName?: string;
  externalId?: string | null;
  members?: Array<MemberSpec | string>;
  expiring?: ExpiringEntry[];
}

export function desiredRoom(spec: RoomSpec): DesiredRoom {
  const file = spec.file ?? `rooms/${(spec.name ?? spec.id ?? 'room').toLowerCase().replace(/\W+/g, '-')}.yaml`;
  const room: DesiredRoom = {
    file,
    pos: pos(file, 1, 1),
    mode: spec.mode ?? 'authoritative',
    members: (spec.members ?? []).map((m, i) => member(file, m, 6 + i)),
    expiring: spec.expiring ?? [],
    membersPos: pos(file, 5, 1),
  };
  if (spec.name !== undefined) {
    room.name = spec.name;
    room.namePos = pos(file, 2, 7);
  }
  if (spec.id !== undefined) {
    room.id = spec.id;
    room.idPos = pos(file, 3, 5);
  }
  if (spec.displayName !== undefined) {
    room.displayName = spec.displayName;
    room.displayNamePos = pos(file, 4, 15);
  }
  if (spec.externalId !== undefined) {
    room.externalId = spec.externalId;
    room.externalIdPos = pos(file, 4, 14);
  }
  return room;
}

export function desired(...rooms: RoomSpec[]): DesiredState {
  return { rooms: rooms.map(desiredRoom).sort((a, b) => (a.file < b.file ? -1 : 1)), groups: [], today: TODAY };
}

/** Live state: users, rooms, and the members of each room given as `local` or `local:tx`. */
export function live(users: LiveUser[], rooms: Array<[LiveRoom, string[]]>): LiveState {
  const members: Record<string, LiveMember[]> = {};
  for (const [room, list] of rooms) {
    members[room.id] = list.map((spec) => {
      const [local, tx] = spec.split(':');
      return { user_id: `u-${local}`, tx_permission: tx === 'tx', email: `${local}@acme.com` };
    });
  }
  return { users, rooms: rooms.map(([r]) => r), members };
}
