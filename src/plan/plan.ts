import type { DesiredMember, DesiredRoom, DesiredState, SourceError, SourcePos } from '../desired/types.js';
import type { LiveMember, LiveState, LiveUser } from '../live/types.js';
import type {
  ExpiringNotice,
  MemberChange,
  Plan,
  PlanOptions,
  PlanSummary,
  PlanWarning,
  RoomPlan,
} from './types.js';
import { cmp, matchRooms, roomLabel, type RoomMatch, type RoomMatchResult } from './match.js';
import { planFingerprint, roomFingerprint } from './fingerprint.js';

/** Looks users up by lower-cased email and by id in O(1); built once per plan. */
export interface UserIndex {
  byEmail: Map<string, LiveUser>;
  byId: Map<string, LiveUser>;
  /** user id → lower-cased email, computed once */
  emailOf: Map<string, string>;
}

/** Index live users by lower-cased email and by id (ids also lower-cased: UUIDs compare case-insensitively). */
export function indexUsers(users: readonly LiveUser[]): UserIndex {
  const byEmail = new Map<string, LiveUser>();
  const byId = new Map<string, LiveUser>();
  const emailOf = new Map<string, string>();
  for (const u of users) {
    const email = u.email.toLowerCase();
    emailOf.set(u.id, email);
    byEmail.set(email, u);
    byId.set(u.id, u);
    byId.set(u.id.toLowerCase(), u);
  }
  return { byEmail, byId, emailOf };
}

function resolve(index: UserIndex, m: DesiredMember): LiveUser | undefined {
  return m.ref.kind === 'email'
    ? index.byEmail.get(m.ref.value.toLowerCase())
    : (index.byId.get(m.ref.value) ?? index.byId.get(m.ref.value.toLowerCase()));
}

function at(pos: SourcePos, message: string): SourceError {
  return { file: pos.file, line: pos.line, column: pos.column, message };
}

function via(m: DesiredMember): string {
  return m.via.length === 0 ? '' : ` (via group ${m.via.map((g) => `"${g}"`).join(' → ')})`;
}

/** The user the plan shows for a member: the live email (lower-case), else what the live member list said, else the id. */
function emailOf(index: UserIndex, userId: string, fallback?: string): string {
  return index.emailOf.get(userId) ?? (fallback ?? userId).toLowerCase();
}

function posBefore(a: SourcePos, b: SourcePos): boolean {
  return (cmp(a.file, b.file) || a.line - b.line || a.column - b.column) < 0;
}

const byEmailThenId = (a: MemberChange, b: MemberChange): number =>
  cmp(a.email, b.email) || cmp(a.user_id, b.user_id);

interface DesiredUser {
  user: LiveUser;
  email: string;
  tx: boolean;
  pos: SourcePos;
}

/** Mass-removal guard: why the room is blocked, or null. Exactly at the threshold percentage is allowed. */
export function guardReason(before: number, after: number, removed: number, maxRemovalPercent: number): string | null {
  if (before > 0 && after === 0) {
    const who = before === 1 ? 'its only member' : `all ${before} members`;
    return `would remove ${who} (the room would become empty)`;
  }
  if (removed >= 3 && removed * 100 > maxRemovalPercent * before) {
    const pct = Math.round((removed * 100) / before);
    return `would remove ${removed} of ${before} members (${pct}% > ${maxRemovalPercent}%)`;
  }
  return null;
}

function noRoomChanges(room: Pick<RoomPlan, 'add' | 'remove' | 'update' | 'metadata'>): boolean {
  return (
    room.add.length === 0 &&
    room.remove.length === 0 &&
    room.update.length === 0 &&
    room.metadata.display_name === undefined &&
    room.metadata.external_id === undefined
  );
}

function expiringNotices(room: DesiredRoom, warnings: PlanWarning[], roomId: string): ExpiringNotice[] {
  const notices = room.expiring
    .map((e) => ({
      email: e.ref.kind === 'group' ? `group:${e.ref.value}` : e.ref.value.toLowerCase(),
      expires: e.expires,
      file: e.pos.file,
      line: e.pos.line,
    }))
    .sort((a, b) => cmp(a.expires, b.expires) || cmp(a.email, b.email) || a.line - b.line);
  for (const n of notices) {
    warnings.push({
      code: 'expiring',
      message: `${n.email} leaves room "${roomLabel(room)}" on ${n.expires} (entry expires)`,
      file: n.file,
      line: n.line,
      ...(roomId === '' ? {} : { room_id: roomId }),
    });
  }
  return notices;
}

/** One matched room, planned: its entry in the plan and the warnings it raises (unsorted). */
export interface PlannedRoom {
  room: RoomPlan;
  warnings: PlanWarning[];
}

/**
 * Plan one matched room against its live member list (`undefined` when it was not read). Pure, and
 * independent of every other room: a caller may plan rooms as their member lists arrive, then `assemblePlan`.
 */
export function planRoom(
  match: RoomMatch,
  liveMembers: LiveMember[] | undefined,
  index: UserIndex,
  options: PlanOptions,
): PlannedRoom {
  const warnings: PlanWarning[] = [];
  return { room: planRoomInto(match, liveMembers, index, options, warnings), warnings };
}

function planRoomInto(
  match: RoomMatch,
  liveMembers: LiveMember[] | undefined,
  index: UserIndex,
  options: PlanOptions,
  warnings: PlanWarning[],
): RoomPlan {
  const { desired } = match;
  const errors = [...match.errors];
  const liveRoom = match.live;
  const roomId = liveRoom?.id ?? '';
  const name = liveRoom?.name ?? roomLabel(desired);
  if (liveRoom && liveMembers === undefined) {
    errors.push(at(desired.pos, `the members of whoot room "${liveRoom.name}" (${liveRoom.id}) were not read`));
  }

  // Resolve and merge: several references to one user (email and id, or through groups) are one member.
  const wanted = new Map<string, DesiredUser>();
  for (const m of desired.members) {
    const user = resolve(index, m);
    if (user === undefined) {
      errors.push(at(m.pos, `unknown user ${m.ref.value}${via(m)}: no whoot user has this ${m.ref.kind}`));
      continue;
    }
    const prev = wanted.get(user.id);
    if (prev) {
      prev.tx ||= m.tx;
      if (posBefore(m.pos, prev.pos)) prev.pos = m.pos;
    } else {
      wanted.set(user.id, { user, email: emailOf(index, user.id), tx: m.tx, pos: m.pos });
    }
  }

  const expiring = expiringNotices(desired, warnings, roomId);
  const base = {
    id: roomId,
    name,
    file: desired.file,
    expiring,
    mode: desired.mode,
  };

  if (errors.length > 0 || liveRoom === null || liveMembers === undefined) {
    errors.sort((a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.message, b.message));
    const room = {
      ...base,
      add: [],
      remove: [],
      update: [],
      metadata: {},
      members_before: liveMembers?.length ?? 0,
      members_after: liveMembers?.length ?? 0,
      blocked: null,
      errors,
      put: null,
    };
    return { ...room, fingerprint: roomFingerprint(room) };
  }

  for (const w of wanted.values()) {
    if (!w.user.active) {
      warnings.push({
        code: 'inactive_user',
        message: `${w.email} is deactivated in whoot: kept in room "${name}" but cannot sign in`,
        file: w.pos.file,
        line: w.pos.line,
        room_id: roomId,
      });
    }
  }

  const current = new Map<string, LiveMember>();
  for (const m of liveMembers) current.set(m.user_id, m);

  const add: MemberChange[] = [];
  const update: MemberChange[] = [];
  const remove: MemberChange[] = [];
  for (const [userId, w] of wanted) {
    const had = current.get(userId);
    const change = { user_id: userId, email: w.email, tx_permission: w.tx };
    if (had === undefined) add.push(change);
    else if (had.tx_permission !== w.tx) update.push(change);
  }
  if (desired.mode === 'authoritative') {
    for (const m of liveMembers) {
      if (!wanted.has(m.user_id)) {
        remove.push({ user_id: m.user_id, email: emailOf(index, m.user_id, m.email), tx_permission: m.tx_permission });
      }
    }
  }
  add.sort(byEmailThenId);
  update.sort(byEmailThenId);
  remove.sort(byEmailThenId);

  const metadata: RoomPlan['metadata'] = {};
  if (desired.displayName !== undefined) {
    const from = liveRoom.display_name ?? null;
    if (from !== desired.displayName) metadata.display_name = { from, to: desired.displayName };
  }
  if (desired.externalId !== undefined) {
    const from = liveRoom.external_id ?? null;
    if (from !== desired.externalId) metadata.external_id = { from, to: desired.externalId };
  }
  const liveExternal = liveRoom.external_id ?? null;
  if (liveExternal !== null && desired.externalId !== null) {
    warnings.push({
      code: 'scim_mapped',
      message:
        `room "${name}" is mapped to identity-provider group "${liveExternal}": SCIM may push membership too, ` +
        'and it and whoot-rooms will undo each other on every sync (set `external_id: null` to remove the mapping)',
      file: desired.file,
      line: (desired.externalIdPos ?? desired.pos).line,
      room_id: roomId,
    });
  }

  const membershipChanges = add.length + remove.length + update.length > 0;
  let put: RoomPlan['put'] = null;
  if (membershipChanges) {
    const next = new Map<string, boolean>();
    if (desired.mode === 'additive') for (const m of liveMembers) next.set(m.user_id, m.tx_permission);
    for (const [userId, w] of wanted) next.set(userId, w.tx);
    put = [...next.entries()]
      .map(([user_id, tx_permission]) => ({ user_id, tx_permission }))
      .sort((a, b) => cmp(a.user_id, b.user_id));
  }
  const before = liveMembers.length;
  const after = put === null ? before : put.length;

  let blocked = membershipChanges ? guardReason(before, after, remove.length, options.maxRemovalPercent) : null;
  if (blocked !== null) {
    warnings.push({
      code: 'blocked',
      message: options.force
        ? `mass-removal guard lifted by --force for room "${name}": it ${blocked}`
        : `room "${name}" is blocked by the mass-removal guard: it ${blocked}; it will not be applied without --force`,
      file: desired.file,
      line: desired.membersPos.line,
      room_id: roomId,
    });
    if (options.force) blocked = null;
  }

  const room = {
    ...base,
    add,
    remove,
    update,
    metadata,
    members_before: before,
    members_after: after,
    blocked,
    errors: [],
    put,
  };
  return { ...room, fingerprint: roomFingerprint(room) };
}

function roomOrder(a: RoomPlan, b: RoomPlan): number {
  const rank = (r: RoomPlan): number => (r.blocked !== null ? 0 : r.errors.length > 0 ? 1 : 2);
  return rank(a) - rank(b) || cmp(a.name, b.name) || cmp(a.id, b.id) || cmp(a.file, b.file);
}

function warningOrder(a: PlanWarning, b: PlanWarning): number {
  return (
    cmp(a.file ?? '', b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    cmp(a.code, b.code) ||
    cmp(a.message, b.message) ||
    cmp(a.room_id ?? '', b.room_id ?? '')
  );
}

/**
 * Compare the desired tree with live whoot state and decide, per managed room, what to add, remove,
 * update and which metadata to change. Pure: no I/O, no clock; the same inputs give the same plan
 * (and the same bytes once rendered) whatever order the inputs arrive in.
 *
 * Errors are per room (unknown user, unknown or ambiguous room): an errored room is listed with its
 * errors and never written (`put: null`); every other room is still planned.
 */
export function plan(desired: DesiredState, live: LiveState, options: PlanOptions): Plan {
  const match = matchRooms(desired, live.rooms, options.only);
  const index = indexLiveUsers(live.users);
  return assemblePlan(
    match,
    match.matches.map((m) => planRoom(m, m.live ? live.members[m.live.id] : undefined, index, options)),
  );
}

/** The user index `plan` uses: users in id order, so a duplicate email resolves the same whatever the read order. */
export function indexLiveUsers(users: readonly LiveUser[]): UserIndex {
  return indexUsers([...users].sort((a, b) => cmp(a.id, b.id)));
}

/**
 * Build the plan from every matched room planned (`planned[i]` is `planRoom` of `match.matches[i]`): lists the
 * rooms with changes or errors in a fixed order, sums them up, fingerprints them and sorts the warnings. Pure.
 */
export function assemblePlan(match: RoomMatchResult, planned: readonly PlannedRoom[]): Plan {
  const warnings: PlanWarning[] = [];
  for (const o of match.unknownScope) {
    warnings.push({ code: 'unmanaged_scope', message: `--room "${o}" matches no room file in the tree` });
  }
  for (const p of planned) for (const w of p.warnings) warnings.push(w);
  return assembleRooms(match, planned.map((p) => p.room), warnings);
}

function assembleRooms(match: RoomMatchResult, planned: RoomPlan[], warnings: PlanWarning[]): Plan {
  const listed = planned.filter((r) => r.errors.length > 0 || !noRoomChanges(r)).sort(roomOrder);
  const changed = listed.filter((r) => r.errors.length === 0);
  const summary: PlanSummary = {
    rooms_managed: planned.length,
    rooms_changed: changed.length,
    rooms_unchanged: planned.length - listed.length,
    rooms_unmanaged: match.unmanaged,
    add: sum(changed, (r) => r.add.length),
    remove: sum(changed, (r) => r.remove.length),
    update: sum(changed, (r) => r.update.length),
    metadata: sum(changed, (r) => Object.keys(r.metadata).length),
    blocked: changed.filter((r) => r.blocked !== null).length,
    errored: listed.length - changed.length,
  };
  return {
    format_version: 1,
    fingerprint: planFingerprint(listed),
    summary,
    rooms: listed,
    warnings: warnings.sort(warningOrder),
  };
}

function sum<T>(items: readonly T[], f: (item: T) => number): number {
  let total = 0;
  for (const i of items) total += f(i);
  return total;
}

/** True when applying the plan would write nothing (errors may still be present). */
export function hasChanges(p: Plan): boolean {
  return p.summary.rooms_changed > 0;
}
