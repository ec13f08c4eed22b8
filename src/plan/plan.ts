import type { DesiredState } from '../desired/types.js';
import type { LiveState } from '../live/types.js';
import type { Plan, PlanOptions, PlanPerson, PlanSummary, PlanWarning, RoomPlan } from './types.js';
import { cmp, matchRooms, type RoomMatchResult } from './match.js';
import { planFingerprint } from './fingerprint.js';
import { planRoom, type PlannedRoom } from './room.js';
import { indexLiveUsers } from './users.js';

function noRoomChanges(room: Pick<RoomPlan, 'add' | 'remove' | 'update' | 'metadata'>): boolean {
  return (
    room.add.length === 0 &&
    room.remove.length === 0 &&
    room.update.length === 0 &&
    room.metadata.display_name === undefined &&
    room.metadata.external_id === undefined
  );
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
    match.matches.map((m) =>
      planRoom(
        m,
        m.live ? live.members[m.live.id] : undefined,
        index,
        options,
        m.live ? live.unread?.[m.live.id] : undefined,
      ),
    ),
  );
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
  const rooms = planned.map((p) => p.room);
  const listed = rooms.filter((r) => r.errors.length > 0 || !noRoomChanges(r)).sort(roomOrder);
  const changed = listed.filter((r) => r.errors.length === 0);
  const summary: PlanSummary = {
    rooms_managed: rooms.length,
    rooms_changed: changed.length,
    rooms_unchanged: rooms.length - listed.length,
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
    people: peopleOf(planned),
  };
}

/** Who each user the listed changes name is, in user-id order (the same object whatever order rooms came in). */
function peopleOf(planned: readonly PlannedRoom[]): Record<string, PlanPerson> {
  const all = new Map<string, PlanPerson>();
  for (const p of planned) for (const [id, person] of p.people) all.set(id, person);
  const people: Record<string, PlanPerson> = {};
  for (const id of [...all.keys()].sort(cmp)) people[id] = all.get(id) as PlanPerson;
  return people;
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
