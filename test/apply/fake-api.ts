import type { LiveMember, LiveRoom, LiveUser } from '../../src/live/types.js';
import type { PutMembersResult, WhootApi } from '../../src/whoot/types.js';

export interface FakeCall {
  method: string;
  path: string;
  body?: unknown;
}

export interface FakeApiOptions {
  users?: LiveUser[];
  rooms?: LiveRoom[];
  members?: Record<string, LiveMember[]>;
  /** ms each call takes (resolved with a real timer) */
  delayMs?: number;
  /** make a call fail: return an Error to throw, or undefined to answer normally */
  fail?: (call: FakeCall) => Error | undefined;
  /** override the PUT answer */
  putResult?: (
    roomId: string,
    members: Array<{ user_id: string; tx_permission: boolean }>,
  ) => PutMembersResult | undefined;
}

/** An in-memory WhootApi that records every call in order and tracks how many are in flight. */
export function fakeApi(opts: FakeApiOptions = {}) {
  const calls: FakeCall[] = [];
  const members: Record<string, LiveMember[]> = structuredClone(opts.members ?? {});
  let inFlight = 0;
  let maxInFlight = 0;

  async function handle<T>(call: FakeCall, answer: () => T): Promise<T> {
    calls.push(call);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
      const error = opts.fail?.(call);
      if (error) throw error;
      return answer();
    } finally {
      inFlight -= 1;
    }
  }

  const api: WhootApi = {
    me: () => handle({ method: 'GET', path: '/me' }, () => ({ key: { id: 'k', scopes: [] } })),
    preflight: () => handle({ method: 'GET', path: '/me' }, () => undefined),
    listUsers: () => handle({ method: 'GET', path: '/users' }, () => opts.users ?? []),
    getUser: (id) =>
      handle({ method: 'GET', path: `/users/${id}` }, () => {
        const u = (opts.users ?? []).find((x) => x.id === id);
        if (!u) throw new Error('404');
        return u;
      }),
    patchUser: () => Promise.reject(new Error('not used')),
    deactivateUser: () => Promise.reject(new Error('not used')),
    listRooms: () => handle({ method: 'GET', path: '/rooms' }, () => opts.rooms ?? []),
    getRoom: (id) =>
      handle({ method: 'GET', path: `/rooms/${id}` }, () => {
        const r = (opts.rooms ?? []).find((x) => x.id === id);
        if (!r) throw new Error('404');
        return r;
      }),
    patchRoom: (id, patch) =>
      handle({ method: 'PATCH', path: `/rooms/${id}`, body: patch }, () => {
        const r = (opts.rooms ?? []).find((x) => x.id === id);
        return { ...(r ?? { id, name: id, display_name: null, external_id: null }), ...patch };
      }),
    deleteRoomMapping: (id) => handle({ method: 'DELETE', path: `/rooms/${id}` }, () => undefined),
    listMembers: (id) => handle({ method: 'GET', path: `/rooms/${id}/members` }, () => members[id] ?? []),
    addMember: () => Promise.reject(new Error('not used')),
    replaceMembers: (id, list) =>
      handle({ method: 'PUT', path: `/rooms/${id}/members`, body: { members: list } }, () => {
        const override = opts.putResult?.(id, list);
        if (override) return override;
        const before = new Map((members[id] ?? []).map((m) => [m.user_id, m.tx_permission]));
        const after = new Map(list.map((m) => [m.user_id, m.tx_permission]));
        const added = [...after.keys()].filter((u) => !before.has(u)).length;
        const updated = [...after].filter(([u, tx]) => before.has(u) && before.get(u) !== tx).length;
        const removed = [...before.keys()].filter((u) => !after.has(u)).length;
        members[id] = list.map((m) => ({ ...m }));
        return { room_id: id, members_added: added, members_updated: updated, members_removed: removed };
      }),
    removeMember: () => Promise.reject(new Error('not used')),
  };
  return {
    api,
    calls,
    members,
    get maxInFlight() {
      return maxInFlight;
    },
    writes: () => calls.filter((c) => c.method !== 'GET'),
  };
}
