import pLimit from 'p-limit';
import type { WhootApi } from '../whoot/types.js';
import type { LiveMember, LiveRoom, LiveState } from './types.js';
import { proveComplete } from './complete.js';

/** Runs one API call under the shared concurrency bound. */
export type Schedule = <T>(task: () => Promise<T>) => Promise<T>;

export interface ReadLiveOptions {
  /**
   * The ids of the live rooms whose members must be read (the managed ones). Called once, as soon as the room
   * list arrives; every other room is never read beyond the list. An async iterable lets the caller name rooms
   * as it learns them (the tree still loading): reads start as ids arrive and the read ends when it does.
   * Ids not in the room list, and ids named twice, are skipped.
   */
  selectRooms: (rooms: LiveRoom[]) => Iterable<string> | AsyncIterable<string>;
  /** maximum API calls in flight (ignored when `schedule` is given); member lists are read by twice as many workers */
  concurrency: number;
  /**
   * The one limiter every call goes through. Pass an unbounded `(t) => t()` when the client already bounds each
   * HTTP request itself with the same limiter: wrapping twice with one p-limit would deadlock.
   */
  schedule?: Schedule | undefined;
  /**
   * called after each member list arrives; `totalKnown` is false while an async selection is still naming rooms
   * (the total so far would only grow), so a progress line shows the total only once it is final
   */
  onProgress?: (roomsRead: number, roomsTotal: number, totalKnown: boolean) => void;
  signal?: AbortSignal;
  /** called once with the full user list as soon as it is in (the same array the result holds) */
  onUsers?: (users: LiveState['users']) => void;
  /** called as each member list arrives (the same array the result holds), before the next read of its worker */
  onMembers?: (roomId: string, members: LiveMember[]) => void;
}

function isAsyncIterable<T>(x: Iterable<T> | AsyncIterable<T>): x is AsyncIterable<T> {
  return typeof (x as Partial<AsyncIterable<T>>)[Symbol.asyncIterator] === 'function';
}

/**
 * Read the live state plan needs, on the shortest critical path: users and rooms start together; member reads
 * of managed rooms start as soon as the room list is in (they do not wait for the users). Request count is the
 * floor: the users pages, the rooms pages, one member list per managed room.
 *
 * Member lists are read by 2 × `concurrency` workers pulling room ids, not by one promise per room created up
 * front: at bank scale (5,000 rooms) that keeps only a handful of reads and their garbage alive at once.
 */
export async function readLiveState(api: WhootApi, opts: ReadLiveOptions): Promise<LiveState> {
  const limit: Schedule = opts.schedule ?? pLimitSchedule(opts.concurrency);
  const { signal } = opts;
  // After the first failure nothing new starts: the read is lost anyway, and queued calls finish at once.
  let failure: { error: unknown } | undefined;
  let stop: () => void = () => undefined;
  const stopped = new Promise<{ done: true; value: undefined }>((resolve) => {
    stop = () => resolve({ done: true, value: undefined });
  });
  const onAbort = (): void => stop();
  signal?.addEventListener('abort', onAbort, { once: true });
  const call = <T>(task: () => Promise<T>): Promise<T> =>
    limit(async () => {
      signal?.throwIfAborted();
      if (failure) throw failure.error;
      try {
        return await task();
      } catch (error) {
        failure ??= { error };
        stop();
        throw error;
      }
    });

  const unread: Record<string, string> = {};
  const readMembers = async (rooms: LiveRoom[]): Promise<Record<string, LiveMember[]>> => {
    const known = new Map<string, LiveRoom>();
    for (const r of rooms) known.set(r.id, r);
    /**
     * A member list is complete when it agrees with the room's member_count (a truncating proxy, a lost page or
     * a bare array cut short all give fewer). One that disagrees is read again with the room itself (an edit
     * between the room list and this read is the innocent cause); still disagreeing, it is never used.
     */
    const readComplete = async (id: string): Promise<LiveMember[] | string> => {
      const list = await call(() => api.listMembers(id));
      const proved = await proveComplete(list, known.get(id)?.member_count, () =>
        Promise.all([call(() => api.listMembers(id)), call(() => api.getRoom(id)).then((r) => r.member_count)]),
      );
      return proved.ok ? proved.members : proved.message;
    };
    const selection = opts.selectRooms(rooms);
    const taken = new Set<string>();
    let total = 0;
    let nextId: () => Promise<string | undefined>;
    let finish: () => void = () => undefined;
    let totalKnown = true;
    let done = 0;
    if (isAsyncIterable(selection)) {
      totalKnown = false;
      const iterator = selection[Symbol.asyncIterator]();
      finish = () => void iterator.return?.();
      nextId = async () => {
        for (;;) {
          // A worker waiting for the next id wakes up on a failure or an abort instead of waiting for the caller.
          const r = await Promise.race([iterator.next(), stopped]);
          if (r.done === true) {
            // The last room is named: the total is final (said at once when every read has already come back).
            if (!totalKnown && done === total) opts.onProgress?.(done, total, true);
            totalKnown = true;
            return undefined;
          }
          if (!known.has(r.value) || taken.has(r.value)) continue;
          taken.add(r.value);
          total += 1;
          return r.value;
        }
      };
    } else {
      const ids: string[] = [];
      for (const id of selection) {
        if (!known.has(id) || taken.has(id)) continue;
        taken.add(id);
        ids.push(id);
      }
      total = ids.length;
      let at = 0;
      nextId = () => Promise.resolve(ids[at++]);
    }
    const read = new Map<string, LiveMember[]>();
    const worker = async (): Promise<void> => {
      for (;;) {
        if (failure || signal?.aborted) return;
        const id = await nextId();
        if (id === undefined) return;
        const list = await readComplete(id);
        if (typeof list === 'string') unread[id] = list;
        else {
          read.set(id, list);
          opts.onMembers?.(id, list);
        }
        done += 1;
        opts.onProgress?.(done, total, totalKnown);
      }
    };
    // Twice as many readers as slots: when an answer frees a slot, the next read is already queued for it and
    // starts at once, instead of after this answer's JSON has been parsed and handed back.
    const workers = await Promise.allSettled(Array.from({ length: 2 * Math.max(1, opts.concurrency) }, worker));
    finish();
    for (const w of workers) if (w.status === 'rejected') throw failure ? failure.error : w.reason;
    signal?.throwIfAborted();
    // In the order the rooms were named, not the order the answers came in: the result does not depend on timing.
    const members: Record<string, LiveMember[]> = {};
    for (const id of taken) {
      const list = read.get(id);
      if (list !== undefined) members[id] = list;
    }
    return members;
  };

  const usersPromise = call(() => api.listUsers()).then((users) => {
    opts.onUsers?.(users);
    return users;
  });
  const roomsAndMembers = (async () => {
    const rooms = await call(() => api.listRooms());
    const members = await readMembers(rooms);
    return { rooms, members };
  })();

  try {
    // Settle both before reporting, so no request is left running behind a thrown error.
    const [users, rest] = await Promise.allSettled([usersPromise, roomsAndMembers]);
    if (users.status === 'rejected') throw users.reason;
    if (rest.status === 'rejected') throw rest.reason;
    const live: LiveState = { users: users.value, rooms: rest.value.rooms, members: rest.value.members };
    if (Object.keys(unread).length > 0) live.unread = unread;
    return live;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

/** A p-limit limiter as a Schedule. */
export function pLimitSchedule(concurrency: number): Schedule {
  const limiter = pLimit(concurrency);
  return <T>(task: () => Promise<T>) => limiter(task);
}
