import { addDays } from './dates.js';
import { detach } from './detach.js';
import { didYouMean } from './did-you-mean.js';
import { LIMITS } from './limits.js';
import { entryPos, entryValuePos } from './entry-pos.js';
import type { GroupFile, MemberEntry, RoomFile } from './model.js';
import type {
  DesiredGroup,
  DesiredMember,
  DesiredRoom,
  DesiredState,
  ExpiredGrant,
  ExpiringEntry,
  SourceError,
  SourcePos,
  UserRef,
} from './types.js';

const at = (p: SourcePos) => `${p.file}:${p.line}:${p.column}`;
const describeEntry = (e: MemberEntry) => (e.kind === 'group' ? `group "${e.value}"` : `user "${e.value}"`);

/** Entries listed twice in one members list of `file` (emails compared case-insensitively, ids too). */
function duplicateEntryErrors(file: string, entries: readonly MemberEntry[], where: string): SourceError[] {
  const errors: SourceError[] = [];
  const first = new Map<string, MemberEntry>();
  for (const e of entries) {
    const key = `${e.kind === 'group' ? 'group' : 'user'}:${e.value.toLowerCase()}`;
    const prev = first.get(key);
    if (prev)
      errors.push({
        ...entryPos(file, e),
        message: `${describeEntry(e)} is listed twice in ${where} (first at line ${prev.line}); list each once`,
      });
    else first.set(key, e);
  }
  return errors;
}

function unknownGroupErrors(
  file: string,
  entries: readonly MemberEntry[],
  groups: ReadonlyMap<string, GroupFile>,
): SourceError[] {
  return entries
    .filter((e) => e.kind === 'group' && !groups.has(e.value))
    .map((e) => ({
      ...entryValuePos(file, e),
      message: `unknown group "${e.value}"${didYouMean(e.value, groups.keys())}`,
    }));
}

/** Every cycle among groups, once each, reported at the entry that closes it: `group cycle: a → b → a`. */
function cycleErrors(groups: ReadonlyMap<string, GroupFile>): SourceError[] {
  const errors: SourceError[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const reported = new Set<string>();
  const stack: string[] = [];
  const visit = (name: string): void => {
    state.set(name, 'open');
    stack.push(name);
    const group = groups.get(name);
    for (const e of group?.entries ?? []) {
      if (e.kind !== 'group' || !groups.has(e.value)) continue;
      const s = state.get(e.value);
      if (s === 'open') {
        const cycle = stack.slice(stack.indexOf(e.value));
        const key = [...cycle].sort().join('\0');
        if (!reported.has(key)) {
          reported.add(key);
          errors.push({
            ...entryValuePos(group?.file ?? '', e),
            message: `group cycle: ${[...cycle, e.value].join(' → ')}; a group cannot include itself`,
          });
        }
      } else if (s === undefined) visit(e.value);
    }
    stack.pop();
    state.set(name, 'done');
  };
  for (const name of [...groups.keys()].sort()) if (!state.has(name)) visit(name);
  return errors;
}

/** Two files managing the same room (same id, or same name): name both files. */
export function roomClashErrors(rooms: readonly RoomFile[]): SourceError[] {
  const errors: SourceError[] = [];
  const byId = new Map<string, RoomFile>();
  const byName = new Map<string, RoomFile>();
  for (const r of rooms) {
    if (r.id !== undefined) {
      const prev = byId.get(r.id.toLowerCase());
      if (prev)
        errors.push({
          ...(r.idPos ?? r.pos),
          message: `room id ${r.id} is also managed by ${prev.file} (${at(prev.idPos ?? prev.pos)}); one file per room`,
        });
      else byId.set(r.id.toLowerCase(), r);
    }
    if (r.name !== undefined) {
      const prev = byName.get(r.name);
      if (prev)
        errors.push({
          ...(r.namePos ?? r.pos),
          message:
            `room "${r.name}" is also managed by ${prev.file} (${at(prev.namePos ?? prev.pos)}); one ` +
            `file per room`,
        });
      else byName.set(r.name, r);
    }
  }
  return errors;
}

/** The group files by name (two files of one name are an error of their own; the last one is kept here). */
export function groupsByName(groupFiles: readonly GroupFile[]): Map<string, GroupFile> {
  return new Map(groupFiles.map((g) => [g.name, g] as const));
}

/**
 * Every check among the group files: two files defining one group, an entry listed twice, an unknown group
 * (left out when `withUnknown` is false: a group file that did not parse may be the one it names), cycles.
 */
export function groupErrors(groupFiles: readonly GroupFile[], withUnknown = true): SourceError[] {
  const errors: SourceError[] = [];
  const first = new Map<string, GroupFile>();
  for (const g of groupFiles) {
    const prev = first.get(g.name);
    if (prev)
      errors.push({
        ...g.namePos,
        message: `group "${g.name}" is also defined by ${prev.file} (${at(prev.namePos)}); group names must be unique`,
      });
    else first.set(g.name, g);
  }
  const groups = groupsByName(groupFiles);
  for (const g of groupFiles) {
    errors.push(...duplicateEntryErrors(g.file, g.entries, `group "${g.name}"`));
    if (withUnknown) errors.push(...unknownGroupErrors(g.file, g.entries, groups));
  }
  errors.push(...cycleErrors(groups));
  return errors;
}

/** The checks of one room file's own entries: listed twice, unknown group (unless `withUnknown` is false). */
export function roomEntryErrors(
  room: RoomFile,
  groups: ReadonlyMap<string, GroupFile>,
  withUnknown = true,
): SourceError[] {
  return entryErrors(room.file, room.entries, groups, withUnknown, 'this room');
}

/** The same checks on any list of entries of `file` (also the readable entries of a file with schema errors). */
export function entryErrors(
  file: string,
  entries: readonly MemberEntry[],
  groups: ReadonlyMap<string, GroupFile>,
  withUnknown: boolean,
  where: string,
): SourceError[] {
  const errors = duplicateEntryErrors(file, entries, where);
  if (withUnknown) errors.push(...unknownGroupErrors(file, entries, groups));
  return errors;
}

/** Said when group references could not be checked: a group file they may name did not parse. */
export function deferredGroupNote(unread: ReadonlySet<string>): string {
  const files = [...unread].sort();
  const list = files.length <= 3 ? files.join(', ') : `${files.slice(0, 3).join(', ')} and ${files.length - 3} more`;
  return (
    `group references were not checked: ${list} could not be read (a reference may name a group defined there); ` +
    'fix that first, then validate again'
  );
}

interface GroupUser {
  ref: UserRef;
  /** group names from the outer group inwards */
  via: string[];
}

/** The users a group brings, recursively, first path in file order. The tree must be cycle-free (checked before). */
function expandGroup(
  name: string,
  groups: ReadonlyMap<string, GroupFile>,
  memo: Map<string, GroupUser[]>,
  refs: RefTable,
): GroupUser[] {
  const cached = memo.get(name);
  if (cached) return cached;
  const out: GroupUser[] = [];
  const seen = new Set<UserRef | string>();
  for (const e of groups.get(name)?.entries ?? []) {
    const brought: GroupUser[] =
      e.kind === 'group'
        ? expandGroup(e.value, groups, memo, refs).map((u) => ({ ref: u.ref, via: [name, ...u.via] }))
        : [{ ref: internRef(refs, e.kind, e.value), via: [name] }];
    for (const u of brought) {
      const key = memberKey(u.ref);
      if (!seen.has(key)) {
        seen.add(key);
        out.push(u);
      }
    }
  }
  memo.set(name, out);
  return out;
}

/**
 * An entry counts while `today < expires`: from the `expires` date (UTC) on it no longer counts.
 * It is "expiring" (a notice) when it still counts and expires within LIMITS.expiringWithinDays days,
 * i.e. `today < expires <= today + 7`.
 */
export function entryStatus(expires: string | undefined, today: string): 'active' | 'expiring' | 'expired' {
  if (expires === undefined) return 'active';
  if (expires <= today) return 'expired';
  return expires <= addDays(today, LIMITS.expiringWithinDays) ? 'expiring' : 'active';
}

/** The `via` of every direct entry: one shared empty list (a tree at bank scale has a quarter million). */
const DIRECT: string[] = [];

/**
 * One UserRef per user for the whole tree: the same person is listed in many rooms, and the desired state is held
 * for the whole run (at 250,000 memberships a copy per membership is ~20 MB). Refs are never mutated.
 */
interface RefTable {
  email: Map<string, UserRef>;
  id: Map<string, UserRef>;
}

function internRef(refs: RefTable, kind: UserRef['kind'], value: string): UserRef {
  const table = refs[kind];
  let ref = table.get(value);
  if (!ref) table.set(value, (ref = { kind, value: detach(value) }));
  return ref;
}

/**
 * Who a ref is within a room: an email ref is its interned object (emails are stored lower-cased), an id is
 * compared without case.
 */
const memberKey = (ref: UserRef): UserRef | string => (ref.kind === 'email' ? ref : `id:${ref.value.toLowerCase()}`);

function effectiveRoom(
  r: RoomFile,
  groups: ReadonlyMap<string, GroupFile>,
  memo: Map<string, GroupUser[]>,
  refs: RefTable,
  today: string,
  keepMembers: boolean,
): DesiredRoom {
  const members = new Map<UserRef | string, DesiredMember>();
  const expiring: ExpiringEntry[] = [];
  const expired: ExpiredGrant[] = [];
  for (const e of r.entries) {
    const status = entryStatus(e.expires, today);
    if (status === 'expiring') {
      expiring.push({
        ref: { kind: e.kind, value: detach(e.value) },
        expires: e.expires as string,
        pos: entryPos(r.file, e),
      });
    }
    // Without the members only the expired entries need what they bring: the rest is not looked at.
    if (!keepMembers && status !== 'expired') continue;
    const brought: GroupUser[] =
      e.kind === 'group'
        ? expandGroup(e.value, groups, memo, refs)
        : [{ ref: internRef(refs, e.kind, e.value), via: DIRECT }];
    if (status === 'expired') {
      // Not effective, but remembered: `expire` removes exactly this access, and plans say why it goes.
      const expires = e.expires as string;
      const pos = entryPos(r.file, e);
      for (const u of brought) expired.push({ ref: u.ref, tx: e.tx, expires, pos, via: u.via });
      continue;
    }
    for (const u of brought) {
      const key = memberKey(u.ref);
      const prev = members.get(key);
      if (prev) prev.tx ||= e.tx;
      else members.set(key, { ref: u.ref, tx: e.tx, line: e.line, column: e.column, via: u.via });
    }
  }
  const room: DesiredRoom = {
    file: r.file,
    pos: r.pos,
    mode: r.mode,
    members: [...members.values()].sort((a, b) => (a.ref.value < b.ref.value ? -1 : a.ref.value > b.ref.value ? 1 : 0)),
    expiring,
    membersPos: r.membersPos,
  };
  if (expired.length > 0) room.expired = expired;
  if (r.name !== undefined) room.name = r.name;
  if (r.namePos) room.namePos = r.namePos;
  if (r.id !== undefined) room.id = r.id;
  if (r.idPos) room.idPos = r.idPos;
  if (r.displayName !== undefined) room.displayName = r.displayName;
  if (r.displayNamePos) room.displayNamePos = r.displayNamePos;
  if (r.externalId !== undefined) room.externalId = r.externalId;
  if (r.externalIdPos) room.externalIdPos = r.externalIdPos;
  if (r.acknowledge) room.acknowledge = [...r.acknowledge];
  return room;
}

/**
 * The effective room of each room file, one at a time (so a caller can interleave other work), for a tree
 * without semantic errors. Rooms come back unsorted: `assembleDesiredState` sorts them by file. Without
 * `keepMembers` every room's `members` is empty (expiry notices and expired grants are still worked out).
 */
export function roomResolver(
  groupFiles: readonly GroupFile[],
  today: string,
  keepMembers = true,
): (room: RoomFile) => DesiredRoom {
  const groups = groupsByName(groupFiles);
  const memo = new Map<string, GroupUser[]>();
  const refs: RefTable = { email: new Map(), id: new Map() };
  return (r) => effectiveRoom(r, groups, memo, refs, today, keepMembers);
}

const byFile = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** The desired state from effective rooms (any order) and the group files: sorted as the contract says. */
export function assembleDesiredState(
  rooms: DesiredRoom[],
  groupFiles: readonly GroupFile[],
  today: string,
): DesiredState {
  return {
    rooms: rooms.sort(byFile),
    groups: groupFiles.map((g): DesiredGroup => ({ name: g.name, file: g.file, pos: g.pos })).sort(byFile),
    today,
  };
}
