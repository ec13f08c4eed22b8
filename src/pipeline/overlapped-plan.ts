import { setImmediate as afterIoTurn } from 'node:timers/promises';
import { loadDesiredStateLazily } from '../desired/load-lazily.js';
import type { DesiredState, LoadResult } from '../desired/types.js';
import type { ReadLiveOptions } from '../live/readLiveState.js';
import type { LiveMember, LiveRoom, LiveState } from '../live/types.js';
import type { Logger } from '../log.js';
import { matchRooms } from '../plan/match.js';
import type { Plan, PlanOptions } from '../plan/types.js';
import { EarlyRoomPlanner } from './early-planner.js';
import { ManagedRoomFeed } from './managed-room-feed.js';

/** How the pipeline reads live state: the engine's `readLive`, bound to a connection and the required scopes. */
export type LiveReader = (
  signal: AbortSignal,
  select: (rooms: LiveRoom[]) => AsyncIterable<string>,
  observe: Pick<ReadLiveOptions, 'onUsers' | 'onMembers'>,
) => Promise<LiveState>;

export interface OverlappedPlanOptions {
  dir: string;
  /** the tree already loaded and validated: not loaded again */
  desired?: DesiredState;
  planOptions: PlanOptions;
  today?: string;
  signal?: AbortSignal;
  logger: Logger;
}

/** A plan whose tree load and live reads run at the same time; the caller awaits `tree`, then plans or cancels. */
export interface OverlappedPlan {
  /** the tree as it loads; each room file, as it parses, names the live room whose members to read */
  tree: Promise<LoadResult>;
  /** the tree is invalid (or its load threw): name no more rooms, abort the reads, let those in flight settle */
  cancel(reason: unknown): Promise<void>;
  /** the tree is valid: the managed rooms' reads finish, and the rooms not planned early yet are planned */
  plan(desired: DesiredState): Promise<{ plan: Plan; live: LiveState }>;
}

/**
 * Start the load and the reads together. The network does not wait for the tree: member reads of a room start
 * as soon as the room list is in and the room's file has parsed (`ManagedRoomFeed`), and rooms are planned as
 * their member lists arrive (`EarlyRoomPlanner`), so only assembly is left after the last answer. Both use the
 * planner's own matching rule, so a room read early is exactly a room the plan manages.
 */
export function startOverlappedPlan(opts: OverlappedPlanOptions, read: LiveReader): OverlappedPlan {
  const only = opts.planOptions.only;
  const invalidTree = new AbortController();
  const signal = opts.signal === undefined ? invalidTree.signal : AbortSignal.any([opts.signal, invalidTree.signal]);
  const feed = new ManagedRoomFeed(only);
  // Rooms whose members arrived before the match was known are planned in 1 ms stretches: hundreds at once
  // would hold up every answer in flight.
  const early = new EarlyRoomPlanner(opts.planOptions, {
    now: () => performance.now(),
    defer: (step) => setImmediate(step),
    sliceMs: 1,
  });
  const network = read(
    signal,
    (rooms) => {
      early.roomsRead(rooms);
      return feed.start(rooms);
    },
    { onUsers: (users) => early.usersRead(users), onMembers: (id, list) => early.membersRead(id, list) },
  );
  // Observed now: when the tree turns out invalid the network's (aborted) failure is not the story.
  const networkSettled = network.then(
    () => undefined,
    () => undefined,
  );
  // The loader starts one event-loop turn later, once the pre-flight request is on the wire; it does not wait
  // for the answer, so a broken tree is reported at once even when the API is slow or unreachable.
  const tree: Promise<LoadResult> = opts.desired
    ? Promise.resolve({ ok: true, desired: opts.desired })
    : afterIoTurn().then(() =>
        loadDesiredStateLazily(opts.dir, {
          ...(opts.today === undefined ? {} : { today: opts.today }),
          onRoomFile: (room) => feed.fileParsed(room),
          onFirstError: () => {
            opts.logger.debug('the tree is invalid: cancelling live reads');
            feed.cancel();
            invalidTree.abort(new Error('the tree is invalid: live reads cancelled'));
          },
        }),
      );
  const managedIds = (desired: DesiredState, rooms: LiveRoom[]) => matchRooms(desired, rooms, only).managedRoomIds;

  return {
    tree,
    async cancel(reason) {
      feed.cancel();
      invalidTree.abort(reason);
      await networkSettled;
    },
    async plan(desired) {
      early.treeLoaded(desired);
      feed.finish((rooms) => managedIds(desired, rooms));
      const got = await network;
      const managed = feed.managed ?? new Set(managedIds(desired, got.rooms));
      // Reads made for a room that turned out not to be managed (e.g. scoped out) are dropped: the contract is
      // "members of managed rooms only".
      const members: Record<string, LiveMember[]> = {};
      for (const id of Object.keys(got.members)) if (managed.has(id)) members[id] = got.members[id] as LiveMember[];
      const live: LiveState = { users: got.users, rooms: got.rooms, members };
      if (got.unread !== undefined) live.unread = got.unread;
      const started = Date.now();
      const plan = early.finish(desired, live);
      opts.logger.debug(
        { ms: Date.now() - started, early: early.plannedEarly, fingerprint: plan.fingerprint },
        'planned',
      );
      return { plan, live };
    },
  };
}
