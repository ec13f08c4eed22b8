import { setImmediate as nextTurn } from 'node:timers/promises';
import { bidiInPath } from './bidi.js';
import { isCalendarDate, utcToday } from './dates.js';
import { sortErrors } from './format.js';
import type { GroupFile, RoomFile } from './model.js';
import {
  assembleDesiredState,
  deferredGroupNote,
  entryErrors,
  groupErrors,
  groupsByName,
  roomClashErrors,
  roomEntryErrors,
  roomResolver,
} from './resolve.js';
import { listTree } from './tree.js';
import { readChecked } from './check-file.js';
import { evaluatePolicy, readPolicyFile } from '../policy/index.js';
import type { DesiredRoom, LoadResult, SourceError } from './types.js';

export interface LoadOptions {
  /** YYYY-MM-DD (UTC): entries with `expires` on or before it are dropped. Defaults to the current UTC date. */
  today?: string;
  /**
   * Called as each room file parses and passes its schema check, before the rest of the tree is loaded, so a
   * caller can start work on it (reading the room's live members) while loading goes on. The room may still
   * turn out invalid (a semantic error elsewhere): only the final result says what the tree is.
   * When this or `onFirstError` is given, loading yields to the event loop between files, about every 0.25 ms, so
   * the caller's answers are handled while the tree loads.
   */
  onRoomFile?: (room: RoomFileSeen) => void;
  /**
   * Check policy.yaml's rules (default true). `expire` turns this off: removing expired access must never wait for
   * a policy violation to be fixed (the recorder's own entry expiring breaks required-members, for example).
   * policy.yaml itself is still read and validated.
   */
  policyRules?: boolean;
  /**
   * Called once, as soon as the tree is known to be invalid (the first error found); loading goes on to list every
   * error.
   */
  onFirstError?: () => void;
  /**
   * Keep each room's effective members (default true). `validate` reports errors and expiry notices only: at bank
   * scale the members are ~30 MB held to the end of the load for nothing. When false, every `members` is empty.
   */
  effectiveMembers?: boolean;
  /** Called with the room and group files as read, once the tree is known valid (the access-review report). */
  onTreeFiles?: (files: { rooms: readonly RoomFile[]; groups: readonly GroupFile[] }) => void;
}

/** What a caller learns about a room file as soon as it has parsed: how it names its whoot room. */
export interface RoomFileSeen {
  file: string;
  name?: string;
  id?: string;
}

/** How long loading runs before letting pending I/O callbacks in, when a caller overlaps it with I/O. */
const SLICE_MS = 0.25;

/**
 * Load the desired-state tree under `dir` (rooms/ and groups/), validate it (YAML, JSON Schemas, references,
 * clashes) and compute each room's effective members. Reports every error of every file, sorted by position.
 */
export async function loadDesiredState(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const today = options.today ?? utcToday();
  if (!isCalendarDate(today)) throw new Error(`today must be a YYYY-MM-DD date, got "${today}"`);
  const { onRoomFile, onFirstError } = options;
  const cooperative = onRoomFile !== undefined || onFirstError !== undefined;
  let sliceStart = performance.now();
  // Between files only: a file parses in well under a millisecond, so answers wait at most about that long.
  // Checked without suspending: a turn is given up only once the slice is used up.
  const timeToYield = (): boolean => cooperative && performance.now() - sliceStart >= SLICE_MS;
  const yieldNow = async (): Promise<void> => {
    await nextTurn();
    sliceStart = performance.now();
  };
  const errors: SourceError[] = [];
  let reported = false;
  const addErrors = (found: readonly SourceError[]): void => {
    if (found.length === 0) return;
    errors.push(...found);
    if (!reported) {
      reported = true;
      onFirstError?.();
    }
  };
  const listing = listTree(dir);
  addErrors(listing.errors);
  const policy = readPolicyFile(dir);
  addErrors(policy.errors);
  for (const f of [...listing.groups, ...listing.rooms]) {
    const bidi = bidiInPath(f.rel);
    if (bidi !== null) addErrors([bidi]);
  }
  // Groups first (a few files): then each room is checked and resolved as it is read, so no pass over the whole
  // tree is left for the end, when the caller's answers would wait for it.
  const groups: GroupFile[] = [];
  // Group files with schema errors whose name is certain: their names count when checking references.
  const partialGroups: GroupFile[] = [];
  const unreadGroups = new Set(errors.filter((e) => e.file.startsWith('groups/')).map((e) => e.file));
  for (const f of listing.groups) {
    if (timeToYield()) await yieldNow();
    const r = readChecked('group', f);
    if (!r.ok) {
      addErrors(r.errors);
      if (r.partial?.group) partialGroups.push(r.partial.group);
      else unreadGroups.add(f.rel);
    } else if (r.group) groups.push(r.group);
  }
  // Unknown-group errors are only trustworthy when every group file's name is known.
  const groupsComplete = unreadGroups.size === 0;
  addErrors(groupErrors([...groups, ...partialGroups], groupsComplete));
  const byName = groupsByName([...groups, ...partialGroups]);
  const resolveRoom = roomResolver(groups, today, options.effectiveMembers !== false);
  const rooms: RoomFile[] = [];
  // The clash checks need a room's name, id and positions only: its entries are kept for the policy rules and the
  // access report alone (at bank scale they are tens of megabytes held to the end of the load for nothing).
  const keepEntries =
    options.onTreeFiles !== undefined || (policy.policy !== undefined && options.policyRules !== false);
  // Effective rooms are worth computing only while the tree is still valid (they are dropped otherwise); they
  // are resolved only after the group checks passed, so the groups are known to be cycle-free.
  const effective: DesiredRoom[] = [];
  for (const f of listing.rooms) {
    if (timeToYield()) await yieldNow();
    const r = readChecked('room', f);
    if (!r.ok) {
      addErrors(r.errors);
      if (r.partial) addErrors(entryErrors(f.rel, r.partial.entries, byName, groupsComplete, 'this room'));
    } else if (r.room) {
      // Cross-file checks run on the files that parsed, so one broken file does not hide other problems.
      addErrors(roomEntryErrors(r.room, byName, groupsComplete));
      if (errors.length === 0) effective.push(resolveRoom(r.room));
      rooms.push(keepEntries ? r.room : { ...r.room, entries: [] });
      if (onRoomFile) {
        const seen: RoomFileSeen = { file: r.room.file };
        if (r.room.name !== undefined) seen.name = r.room.name;
        if (r.room.id !== undefined) seen.id = r.room.id;
        onRoomFile(seen);
      }
    }
  }
  if (timeToYield()) await yieldNow();
  addErrors(roomClashErrors(rooms));
  // policy.yaml's rules need a valid tree (groups resolved, no clashes): checked only then, every violation at once.
  if (errors.length === 0 && policy.policy && options.policyRules !== false)
    addErrors(evaluatePolicy(policy.policy, rooms, groups, today));
  if (errors.length > 0) {
    const deferred = groupsComplete ? [] : [deferredGroupNote(unreadGroups)];
    return { ok: false, errors: sortErrors(errors), ...(deferred.length > 0 ? { deferred } : {}) };
  }
  options.onTreeFiles?.({ rooms, groups });
  return { ok: true, desired: assembleDesiredState(effective, groups, today) };
}
