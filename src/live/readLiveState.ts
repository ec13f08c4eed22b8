import pLimit from 'p-limit';
import type { WhootApi } from '../whoot/types.js';
import type { LiveMember, LiveRoom, LiveState } from './types.js';

/** Runs one API call under the shared concurrency bound. */
export type Schedule = <T>(task: () => Promise<T>) => Promise<T>;

export interface ReadLiveOptions {
  /**
   * The ids of the live rooms whose members must be read (the managed ones). Called once, as soon as the room
   * list arrives; every other room is never read beyond the list.
   */
  selectRooms: (rooms: LiveRoom[]) => Iterable<string>;
  /** maximum API calls in flight (ignored when `schedule` is given) */
  concurrency: number;
  /**
   * The one limiter every call goes through. Pass an unbounded `(t) => t()` when the client already bounds each
   * HTTP request itself with the same limiter: wrapping twice with one p-limit would deadlock.
   */
  schedule?: Schedule;
  /** called after each member list arrives */
  onProgress?: (roomsRead: number, roomsTotal: number) => void;
  signal?: AbortSignal;
}

/**
 * Read the live state plan needs, on the shortest critical path: users and rooms start together; member reads
 * of managed rooms start as soon as the room list is in (they do not wait for the users). Request count is the
 * floor: the users pages, the rooms pages, one member list per managed room.
 */
export async function readLiveState(api: WhootApi, opts: ReadLiveOptions): Promise<LiveState> {
  const limit: Schedule = opts.schedule ?? pLimitSchedule(opts.concurrency);
  const { signal } = opts;
  // After the first failure nothing new starts: the read is lost anyway, and queued calls finish at once.
  let failure: { error: unknown } | undefined;
  const call = <T>(task: () => Promise<T>): Promise<T> =>
    limit(async () => {
      signal?.throwIfAborted();
      if (failure) throw failure.error;
      try {
        return await task();
      } catch (error) {
        failure ??= { error };
        throw error;
      }
    });

  const usersPromise = call(() => api.listUsers());
  const roomsAndMembers = (async () => {
    const rooms = await call(() => api.listRooms());
    const known = new Set(rooms.map((r) => r.id));
    const ids = [...new Set(opts.selectRooms(rooms))].filter((id) => known.has(id));
    let done = 0;
    const lists = await Promise.allSettled(
      ids.map(async (id) => {
        const list = await call(() => api.listMembers(id));
        done += 1;
        opts.onProgress?.(done, ids.length);
        return [id, list] as const;
      }),
    );
    const members: Record<string, LiveMember[]> = {};
    for (const result of lists) {
      if (result.status === 'rejected') throw failure ? failure.error : result.reason;
      members[result.value[0]] = result.value[1];
    }
    return { rooms, members };
  })();

  // Settle both before reporting, so no request is left running behind a thrown error.
  const [users, rest] = await Promise.allSettled([usersPromise, roomsAndMembers]);
  if (users.status === 'rejected') throw users.reason;
  if (rest.status === 'rejected') throw rest.reason;
  return { users: users.value, rooms: rest.value.rooms, members: rest.value.members };
}

/** A p-limit limiter as a Schedule. */
export function pLimitSchedule(concurrency: number): Schedule {
  const limiter = pLimit(concurrency);
  return <T>(task: () => Promise<T>) => limiter(task);
}
