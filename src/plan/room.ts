import { entryPos } from '../desired/entry-pos.js';
import type { DesiredMember, DesiredRoom, SourceError, SourcePos } from '../desired/types.js';
import type { LiveMember, LiveRoom, LiveUser } from '../live/types.js';
import { roomFingerprint } from './fingerprint.js';
import { markExpired } from './expire.js';
import { cmp, roomLabel, type RoomMatch } from './match.js';
import type { ExpiringNotice, MemberChange, PlanOptions, PlanPerson, PlanWarning, RoomPlan } from './types.js';
import { skeleton } from './unicode.js';
import { confusableReason, emailOf, resolveMember, type UserIndex } from './users.js';

/** One matched room, planned: its entry in the plan, the warnings it raises (unsorted), the users it names. */
export interface PlannedRoom {
  room: RoomPlan;
  warnings: PlanWarning[];
  /** user id → who that is, for every member the room adds, removes or updates */
  people: Map<string, PlanPerson>;
}

interface DesiredUser {
  user: LiveUser;
  email: string;
  tx: boolean;
  /** the first entry (in file order) that brings the user */
  member: DesiredMember;
}

interface MemberDiff {
  add: MemberChange[];
  update: MemberChange[];
  remove: MemberChange[];
  put: RoomPlan['put'];
}

const at = (pos: SourcePos, message: string): SourceError => ({ ...pos, message });

function via(m: DesiredMember): string {
  return m.via.length === 0 ? '' : ` (via group ${m.via.map((g) => `"${g}"`).join(' → ')})`;
}

/** Written earlier in the room's file. */
function before(a: DesiredMember, b: DesiredMember): boolean {
  return (a.line - b.line || a.column - b.column) < 0;
}

const byEmailThenId = (a: MemberChange, b: MemberChange): number => cmp(a.email, b.email) || cmp(a.user_id, b.user_id);

const errorOrder = (a: SourceError, b: SourceError): number =>
  cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.message, b.message);

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

/** An email of the room to check for look-alikes, and the line that brings it. */
interface Suspect {
  email: string;
  pos: Pick<SourcePos, 'file' | 'line'>;
}

/**
 * Step 1: each desired member to its live user; several references to one user (email and id, groups) merge.
 * Also notes the entries whose email may deceive a reviewer: an unknown email (it may imitate a live one), or one
 * the index flagged; the lookup is done here, once per entry, because this loop sees every entry of the tree.
 */
function resolveMembers(
  desired: DesiredRoom,
  index: UserIndex,
  errors: SourceError[],
  suspects: Suspect[],
): Map<string, DesiredUser> {
  const wanted = new Map<string, DesiredUser>();
  const anyFlagged = index.flagged.size > 0;
  for (const m of desired.members) {
    const user = resolveMember(index, m);
    if (user === undefined) {
      const pos = entryPos(desired.file, m);
      errors.push(at(pos, `unknown user ${m.ref.value}${via(m)}: no whoot user has this ${m.ref.kind}`));
      if (m.ref.kind === 'email') suspects.push({ email: m.ref.value, pos });
      continue;
    }
    if (anyFlagged) {
      const email = emailOf(index, user.id);
      if (index.flagged.has(email)) suspects.push({ email, pos: entryPos(desired.file, m) });
    }
    const prev = wanted.get(user.id);
    if (prev) {
      prev.tx ||= m.tx;
      if (before(m, prev.member)) prev.member = m;
    } else {
      wanted.set(user.id, { user, email: emailOf(index, user.id), tx: m.tx, member: m });
    }
  }
  return wanted;
}

/** Step 2: who is added, removed, or changes permission, and the full member list to PUT (null: unchanged). */
function memberDiff(
  desired: DesiredRoom,
  wanted: ReadonlyMap<string, DesiredUser>,
  liveMembers: readonly LiveMember[],
  index: UserIndex,
): MemberDiff {
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
  if (add.length + remove.length + update.length === 0) return { add, update, remove, put: null };
  const next = new Map<string, boolean>();
  if (desired.mode === 'additive') for (const m of liveMembers) next.set(m.user_id, m.tx_permission);
  for (const [userId, w] of wanted) next.set(userId, w.tx);
  const put = [...next.entries()]
    .map(([user_id, tx_permission]) => ({ user_id, tx_permission }))
    .sort((a, b) => cmp(a.user_id, b.user_id));
  return { add, update, remove, put };
}

/** Step 3: the display name and SCIM mapping the file manages, where they differ from the live room. */
function metadataDiff(desired: DesiredRoom, liveRoom: LiveRoom): RoomPlan['metadata'] {
  const metadata: RoomPlan['metadata'] = {};
  if (desired.displayName !== undefined) {
    const from = liveRoom.display_name ?? null;
    if (from !== desired.displayName) metadata.display_name = { from, to: desired.displayName };
  }
  if (desired.externalId !== undefined) {
    const from = liveRoom.external_id ?? null;
    if (from !== desired.externalId) metadata.external_id = { from, to: desired.externalId };
  }
  return metadata;
}

function scimWarning(desired: DesiredRoom, liveRoom: LiveRoom, name: string): PlanWarning | null {
  const liveExternal = liveRoom.external_id ?? null;
  if (liveExternal === null || desired.externalId === null) return null;
  return {
    code: 'scim_mapped',
    message:
      `room "${name}" is mapped to identity-provider group "${liveExternal}": SCIM may push membership too, ` +
      'and it and whoot-rooms will undo each other on every sync (set `external_id: null` to remove the mapping)',
    file: desired.file,
    line: (desired.externalIdPos ?? desired.pos).line,
    room_id: liveRoom.id,
  };
}

/** Step 4: the mass-removal guard; with `force` it only warns. Returns why the room stays blocked, or null. */
function guard(
  diff: MemberDiff,
  before: number,
  desired: DesiredRoom,
  name: string,
  roomId: string,
  options: PlanOptions,
  warnings: PlanWarning[],
): string | null {
  if (diff.put === null) return null;
  const blocked = guardReason(before, diff.put.length, diff.remove.length, options.maxRemovalPercent);
  if (blocked === null) return null;
  warnings.push({
    code: 'blocked',
    message: options.force
      ? `mass-removal guard lifted by --force for room "${name}": it ${blocked}`
      : `room "${name}" is blocked by the mass-removal guard: it ${blocked}; it will not be applied without --force`,
    file: desired.file,
    line: desired.membersPos.line,
    room_id: roomId,
  });
  return options.force ? null : blocked;
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

/**
 * `confusable_email` for every email of the room a reviewer could mistake for another: the suspect entries of the
 * tree at their lines, and each removed member at the room's `members`. One warning per email and line.
 */
function confusableWarnings(
  desired: DesiredRoom,
  index: UserIndex,
  suspects: readonly Suspect[],
  remove: readonly MemberChange[],
  roomId: string,
  warnings: PlanWarning[],
): void {
  const membersAt = { file: desired.file, line: desired.membersPos.line };
  const removed = remove.filter((m) => index.flagged.has(m.email) || !index.byEmail.has(m.email));
  if (suspects.length === 0 && removed.length === 0) return;
  const all = [...suspects, ...removed.map((m) => ({ email: m.email, pos: membersAt }))];
  const seen = new Set<string>();
  for (const { email, pos } of all) {
    const key = `${email}\u0000${pos.file}\u0000${pos.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const reason = confusableReason(index, email);
    if (reason === null) continue;
    const w: PlanWarning = { code: 'confusable_email', message: reason, file: pos.file, line: pos.line };
    warnings.push(roomId === '' ? w : { ...w, room_id: roomId });
  }
}

function inactiveWarnings(
  file: string,
  wanted: ReadonlyMap<string, DesiredUser>,
  name: string,
  roomId: string,
  warnings: PlanWarning[],
): void {
  for (const w of wanted.values()) {
    if (w.user.active) continue;
    warnings.push({
      code: 'inactive_user',
      message: `${w.email} is deactivated in whoot: kept in room "${name}" but cannot sign in`,
      file,
      line: w.member.line,
      room_id: roomId,
    });
  }
}

function peopleOf(diff: MemberDiff, index: UserIndex): Map<string, PlanPerson> {
  const people = new Map<string, PlanPerson>();
  for (const m of [...diff.add, ...diff.update, ...diff.remove]) {
    const user = index.byId.get(m.user_id);
    if (user === undefined || people.has(m.user_id)) continue;
    const person: PlanPerson = { display_name: user.display_name };
    const others = index.flagged.has(m.email) ? lookAlikes(index, m.email) : [];
    people.set(m.user_id, others.length > 0 ? { ...person, looks_like: others } : person);
  }
  return people;
}

function lookAlikes(index: UserIndex, email: string): string[] {
  return (index.bySkeleton.get(skeleton(email)) ?? []).filter((e) => e !== email).sort(cmp);
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
  unread?: string,
): PlannedRoom {
  const { desired, live: liveRoom } = match;
  const warnings: PlanWarning[] = [];
  const errors = [...match.errors];
  const roomId = liveRoom?.id ?? '';
  const name = liveRoom?.name ?? roomLabel(desired);
  if (liveRoom && liveMembers === undefined) {
    const room = `whoot room "${liveRoom.name}" (${liveRoom.id})`;
    errors.push(at(desired.pos, unread === undefined ? `the members of ${room} were not read` : `${room}: ${unread}`));
  }
  const suspects: Suspect[] = [];
  const wanted = resolveMembers(desired, index, errors, suspects);
  const expiring = expiringNotices(desired, warnings, roomId);
  const base = { id: roomId, name, file: desired.file, expiring, mode: desired.mode };

  if (errors.length > 0 || liveRoom === null || liveMembers === undefined) {
    confusableWarnings(desired, index, suspects, [], roomId, warnings);
    const count = liveMembers?.length ?? 0;
    const room = {
      ...base,
      add: [],
      remove: [],
      update: [],
      metadata: {},
      members_before: count,
      members_after: count,
      blocked: null,
      errors: errors.sort(errorOrder),
      put: null,
    };
    return { room: { ...room, fingerprint: roomFingerprint(room) }, warnings, people: new Map() };
  }

  inactiveWarnings(desired.file, wanted, name, roomId, warnings);
  const diff = markExpired(memberDiff(desired, wanted, liveMembers, index), desired, index);
  confusableWarnings(desired, index, suspects, diff.remove, roomId, warnings);
  const metadata = metadataDiff(desired, liveRoom);
  const scim = scimWarning(desired, liveRoom, name);
  if (scim !== null) warnings.push(scim);
  const before = liveMembers.length;
  const blocked = guard(diff, before, desired, name, roomId, options, warnings);
  const room = {
    ...base,
    add: diff.add,
    remove: diff.remove,
    update: diff.update,
    metadata,
    members_before: before,
    members_after: diff.put === null ? before : diff.put.length,
    blocked,
    errors: [],
    put: diff.put,
  };
  const shown = acknowledged(desired, warnings);
  return { room: { ...room, fingerprint: roomFingerprint(room) }, warnings: shown, people: peopleOf(diff, index) };
}

/** The warnings whose code the room's file acknowledges, marked so (still in the JSON plan, counted in text). */
function acknowledged(desired: DesiredRoom, warnings: PlanWarning[]): PlanWarning[] {
  const codes: readonly string[] = desired.acknowledge ?? [];
  if (codes.length === 0) return warnings;
  return warnings.map((w) => (codes.includes(w.code) ? { ...w, acknowledged: true } : w));
}
