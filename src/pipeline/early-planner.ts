import type { DesiredState } from '../desired/types.js';
import type { LiveMember, LiveRoom, LiveState, LiveUser } from '../live/types.js';
import { matchRooms, type RoomMatchResult } from '../plan/match.js';
import { assemblePlan } from '../plan/plan.js';
import { planRoom, type PlannedRoom } from '../plan/room.js';
import { indexLiveUsers, type UserIndex } from '../plan/users.js';
import type { Plan, PlanOptions } from '../plan/types.js';

/**
 * How catching up shares its caller's thread: a clock, a way to continue later, and how long one stretch may
 * run. Without one (tests, library use) the rooms that arrived early are planned in one go.
 */
export interface CatchUpScheduler {
  now(): number;
  defer(step: () => void): void;
  sliceMs: number;
}

/**
 * Plans each managed room as soon as everything it depends on is in (the valid tree, the room list, the users and
 * its member list), while the other reads are still in flight, so that only assembly is left after the last
 * answer. The result is `plan(desired, live, options)` exactly: `finish` is `assemblePlan` over `planRoom` of every
 * match, and reuses a room planned early only when it was planned from the very member list `live` holds.
 */
export class EarlyRoomPlanner {
  private desired: DesiredState | undefined;
  private rooms: LiveRoom[] | undefined;
  private users: LiveUser[] | undefined;
  private match: RoomMatchResult | undefined;
  private index: UserIndex | undefined;
  /** live room id → index of its match, for the matches whose members are read */
  private matchOf = new Map<string, number>();
  private readonly arrived = new Map<string, LiveMember[]>();
  private readonly planned = new Map<number, { members: LiveMember[]; result: PlannedRoom }>();
  private disabled = false;
  plannedEarly = 0;

  constructor(
    private readonly options: PlanOptions,
    private readonly scheduler?: CatchUpScheduler,
  ) {}

  roomsRead(rooms: LiveRoom[]): void {
    this.rooms = rooms;
    this.bestEffort(() => this.ready());
  }

  usersRead(users: LiveUser[]): void {
    this.users = users;
    this.bestEffort(() => {
      // Indexed now, while the tree may still be loading, rather than in one stretch with everything else.
      this.index = indexLiveUsers(users);
      this.ready();
    });
  }

  treeLoaded(desired: DesiredState): void {
    this.desired = desired;
    this.bestEffort(() => this.ready());
  }

  membersRead(roomId: string, members: LiveMember[]): void {
    if (this.disabled) return;
    if (this.match === undefined || this.arrived.size > 0) this.arrived.set(roomId, members);
    else this.bestEffort(() => this.planEarly(roomId, members));
  }

  /** The plan of `desired` against `live`, reusing the rooms planned early. */
  finish(desired: DesiredState, live: LiveState): Plan {
    // Whatever is still waiting to be caught up is planned below, on the main path.
    this.arrived.clear();
    const match =
      this.match !== undefined && this.desired === desired && this.rooms === live.rooms
        ? this.match
        : matchRooms(desired, live.rooms, this.options.only);
    const index = this.index !== undefined && this.users === live.users ? this.index : indexLiveUsers(live.users);
    const reuse = match === this.match && index === this.index;
    return assemblePlan(
      match,
      match.matches.map((m, i) => {
        const members = m.live ? live.members[m.live.id] : undefined;
        const early = reuse ? this.planned.get(i) : undefined;
        if (early !== undefined && early.members === members) return early.result;
        return planRoom(m, members, index, this.options, m.live ? live.unread?.[m.live.id] : undefined);
      }),
    );
  }

  /**
   * Planning early is an optimisation only: it must never fail a read. Whatever it could not do, `finish` does
   * again, on the main path (where the same failure surfaces as it would without this class).
   */
  private bestEffort(step: () => void): void {
    try {
      step();
    } catch {
      this.disabled = true;
      this.match = undefined;
      this.index = undefined;
      this.planned.clear();
      this.arrived.clear();
    }
  }

  private ready(): void {
    if (this.disabled) return;
    if (this.match !== undefined || this.desired === undefined || this.rooms === undefined || this.users === undefined)
      return;
    const match = matchRooms(this.desired, this.rooms, this.options.only);
    this.index ??= indexLiveUsers(this.users);
    match.matches.forEach((m, i) => {
      if (m.live !== null && m.errors.length === 0) this.matchOf.set(m.live.id, i);
    });
    this.match = match;
    this.catchUp();
  }

  /**
   * The member lists that arrived before the match was known are planned a slice at a time, giving the event
   * loop back in between: hundreds of rooms in one go would hold up every answer in flight meanwhile.
   */
  private catchUp(): void {
    const s = this.scheduler;
    const sliceStart = s?.now() ?? 0;
    for (const [id, members] of this.arrived) {
      if (this.disabled) return;
      this.arrived.delete(id);
      this.planEarly(id, members);
      if (s && this.arrived.size > 0 && s.now() - sliceStart >= s.sliceMs) {
        s.defer(() => this.bestEffort(() => this.catchUp()));
        return;
      }
    }
  }

  private planEarly(roomId: string, members: LiveMember[]): void {
    const i = this.matchOf.get(roomId);
    const m = i === undefined ? undefined : this.match?.matches[i];
    if (i === undefined || m === undefined || this.index === undefined) return;
    this.planned.set(i, { members, result: planRoom(m, members, this.index, this.options) });
    this.plannedEarly += 1;
  }
}
