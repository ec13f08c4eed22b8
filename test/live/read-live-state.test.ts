import { describe, expect, it } from 'vitest';
import { readLiveState } from '../../src/live/readLiveState.js';
import type { LiveRoom } from '../../src/live/types.js';
import { fakeApi } from '../apply/fake-api.js';

const room = (id: string): LiveRoom => ({ id, name: `Room ${id}`, display_name: `Room ${id}`, external_id: null });
const rooms = ['a', 'b', 'c', 'd', 'e'].map(room);
const users = [{ id: 'u1', email: 'alice@acme.com', display_name: 'Alice', active: true }];
const members = Object.fromEntries(rooms.map((r) => [r.id, [{ user_id: 'u1', tx_permission: r.id === 'a' }]]));

describe('reading live state', () => {
  it('says the total is known only once an async selection has named every room', async () => {
    const fake = fakeApi({ users, rooms, members, delayMs: 2 });
    async function* named(): AsyncGenerator<string> {
      for (const id of ['a', 'b', 'c']) {
        yield id;
        await new Promise((r) => setTimeout(r, 15));
      }
    }
    const seen: Array<[number, number, boolean]> = [];
    await readLiveState(fake.api, {
      selectRooms: () => named(),
      concurrency: 1,
      onProgress: (d, t, k) => seen.push([d, t, k]),
    });
    expect(seen.at(-1)).toEqual([3, 3, true]);
    // While rooms were still being named, no progress claimed a final total.
    expect(seen.filter(([, , known]) => !known).every(([d, t]) => d <= t)).toBe(true);
    expect(seen.some(([, , known]) => !known)).toBe(true);
    const sync: boolean[] = [];
    await readLiveState(fake.api, {
      selectRooms: () => ['a', 'b'],
      concurrency: 1,
      onProgress: (_d, _t, k) => sync.push(k),
    });
    expect(sync).toEqual([true, true]);
  });

  it('reads users, rooms, and the members of managed rooms only', async () => {
    const fake = fakeApi({ users, rooms, members });
    const live = await readLiveState(fake.api, { selectRooms: () => ['a', 'c'], concurrency: 4 });
    expect(live.users).toEqual(users);
    expect(live.rooms).toEqual(rooms);
    expect(live.members).toEqual({ a: members.a, c: members.c });
    expect(fake.calls.map((c) => c.path).sort()).toEqual(['/rooms', '/rooms/a/members', '/rooms/c/members', '/users']);
  });

  it('starts users and rooms together, and member reads without waiting for the users', async () => {
    const fake = fakeApi({ users, rooms, members, delayMs: 20 });
    const order: string[] = [];
    const slowUsers = {
      ...fake.api,
      listUsers: async () => {
        order.push('users:start');
        await new Promise((r) => setTimeout(r, 200));
        order.push('users:end');
        return users;
      },
    };
    const live = await readLiveState(slowUsers, {
      selectRooms: (list) => {
        order.push(`rooms:${list.length}`);
        return ['a'];
      },
      concurrency: 4,
    });
    expect(order).toEqual(['users:start', 'rooms:5', 'users:end']);
    expect(Object.keys(live.members)).toEqual(['a']);
  });

  it('never has more calls in flight than the concurrency, counting the users and rooms lists', async () => {
    const many = Array.from({ length: 30 }, (_, i) => room(`r${i}`));
    const fake = fakeApi({ users, rooms: many, delayMs: 3 });
    const progress: string[] = [];
    await readLiveState(fake.api, {
      selectRooms: (list) => list.map((r) => r.id),
      concurrency: 3,
      onProgress: (done, total) => progress.push(`${done}/${total}`),
    });
    expect(fake.maxInFlight).toBe(3);
    expect(fake.calls).toHaveLength(32);
    expect(progress.at(-1)).toBe('30/30');
  });

  it('ignores ids that are not in the room list and reads each room once', async () => {
    const fake = fakeApi({ users, rooms, members });
    const live = await readLiveState(fake.api, { selectRooms: () => ['a', 'a', 'zzz'], concurrency: 2 });
    expect(Object.keys(live.members)).toEqual(['a']);
    expect(fake.calls.filter((c) => c.path.endsWith('/members'))).toHaveLength(1);
  });

  it('fails with the first error and starts nothing new after it', async () => {
    const many = Array.from({ length: 20 }, (_, i) => room(`r${i}`));
    const fake = fakeApi({
      users,
      rooms: many,
      fail: (c) =>
        c.path === '/rooms/r0/members' ? new Error('GET /rooms/r0/members: 500 Internal Server Error') : undefined,
    });
    await expect(readLiveState(fake.api, { selectRooms: (l) => l.map((r) => r.id), concurrency: 1 })).rejects.toThrow(
      'GET /rooms/r0/members: 500',
    );
    expect(fake.calls.filter((c) => c.path.endsWith('/members'))).toHaveLength(1);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const fake = fakeApi({ users, rooms, members });
    await expect(
      readLiveState(fake.api, { selectRooms: () => ['a'], concurrency: 2, signal: controller.signal }),
    ).rejects.toThrow();
    expect(fake.calls).toEqual([]);
  });

  describe("complete data only: a member list must agree with the room's member_count", () => {
    const counted = [
      { ...room('a'), member_count: 1 },
      { ...room('b'), member_count: 3 },
    ];

    it('a list that stays shorter than member_count is left out and said to be incomplete', async () => {
      const fake = fakeApi({ users, rooms: counted, members });
      const live = await readLiveState(fake.api, { selectRooms: () => ['a', 'b'], concurrency: 2 });
      expect(live.members).toEqual({ a: members.a });
      expect(live.unread?.b).toMatch(/^member list incomplete: read 1 of 3 members/);
      // Read again together with the room itself before giving up: one extra list read and one room read.
      expect(
        fake.calls
          .filter((c) => c.path.startsWith('/rooms/b'))
          .map((c) => `${c.method} ${c.path}`)
          .sort(),
      ).toEqual(['GET /rooms/b', 'GET /rooms/b/members', 'GET /rooms/b/members']);
    });

    it('a list that agrees on the second read (an edit between the room list and the read) is used', async () => {
      const fake = fakeApi({ users, rooms: counted, members });
      let reads = 0;
      const api = {
        ...fake.api,
        listMembers: async (id: string) => {
          reads += 1;
          const list = await fake.api.listMembers(id);
          return id === 'b' && reads > 2
            ? [...list, { user_id: 'u2', tx_permission: false }, { user_id: 'u3', tx_permission: false }]
            : list;
        },
      };
      const live = await readLiveState(api, { selectRooms: () => ['a', 'b'], concurrency: 1 });
      expect(live.members.b).toHaveLength(3);
      expect(live.unread).toBeUndefined();
    });
  });
});
