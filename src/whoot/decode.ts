/**
 * Answer decoders: the API's JSON into the typed live values, tolerating the documented alternatives (missing
 * optional fields, bare arrays) and refusing what would make a plan wrong (a member without a user id).
 * Each takes `fail(what)` so the error names the request the answer came from.
 */
import type { LiveMember, LiveRoom, LiveUser, PutMembersResult, WhootMe } from './types.js';

export type ShapeFailure = (what: string) => Error;

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function decodeUser(raw: unknown, fail: ShapeFailure): LiveUser {
  if (!isObject(raw) || typeof raw.id !== 'string' || typeof raw.email !== 'string')
    throw fail('a user without a string id and email');
  return {
    id: raw.id,
    email: raw.email,
    display_name: typeof raw.display_name === 'string' ? raw.display_name : '',
    active: typeof raw.active === 'boolean' ? raw.active : true,
  };
}

export function decodeRoom(raw: unknown, fail: ShapeFailure): LiveRoom {
  if (!isObject(raw) || typeof raw.id !== 'string' || typeof raw.name !== 'string')
    throw fail('a room without a string id and name');
  const room: LiveRoom = {
    id: raw.id,
    name: raw.name,
    display_name: typeof raw.display_name === 'string' ? raw.display_name : null,
    external_id: typeof raw.external_id === 'string' ? raw.external_id : null,
  };
  if (typeof raw.member_count === 'number') room.member_count = raw.member_count;
  return room;
}

function checkedMember(raw: unknown, fail: ShapeFailure): Record<string, unknown> & { user_id: string } {
  if (!isObject(raw) || typeof raw.user_id !== 'string') throw fail('a member without a string user_id');
  if (raw.tx_permission !== undefined && typeof raw.tx_permission !== 'boolean') {
    throw fail(`tx_permission ${JSON.stringify(raw.tx_permission)} for ${raw.user_id}`);
  }
  return raw as Record<string, unknown> & { user_id: string };
}

export function decodeMember(raw: unknown, fail: ShapeFailure): LiveMember {
  const m = checkedMember(raw, fail);
  const member: LiveMember = { user_id: m.user_id, tx_permission: m.tx_permission === true };
  if (typeof m.email === 'string') member.email = m.email;
  return member;
}

/**
 * `decodeMember` that hands out one LiveMember per (user, transmit, email) for the life of a client. The same
 * person is in dozens of rooms and every member list is held until the plan is assembled: at 250,000 memberships
 * a fresh object and two fresh strings per membership were ~30 MB of the plan's peak. The shared value is found
 * before anything is allocated (V8 pretenures allocation sites whose objects survive, so a copy made only to be
 * dropped would still cost old-space memory). Members are plain data that nothing mutates.
 */
export function memberDecoder(): (raw: unknown, fail: ShapeFailure) => LiveMember {
  const byUser = new Map<string, LiveMember[]>();
  return (raw, fail) => {
    const m = checkedMember(raw, fail);
    const tx = m.tx_permission === true;
    const email = typeof m.email === 'string' ? m.email : undefined;
    const same = byUser.get(m.user_id);
    if (same !== undefined) for (const s of same) if (s.tx_permission === tx && s.email === email) return s;
    const member = decodeMember(m, fail);
    if (same === undefined) byUser.set(member.user_id, [member]);
    else same.push(member);
    return member;
  };
}

export function decodeMe(data: unknown, fail: ShapeFailure): WhootMe {
  if (!isObject(data) || !isObject(data.key) || !Array.isArray(data.key.scopes))
    throw fail('expected {"key":{"scopes":[…]}}');
  return data as unknown as WhootMe;
}

/** One page of a list answer: the envelope `{"<key>":[…],"total","limit"}` or a bare array. */
export interface Page {
  items: unknown[];
  total?: number;
  limit?: number;
}

export function decodePage(data: unknown, key: string, fail: ShapeFailure): Page {
  if (Array.isArray(data)) return { items: data };
  if (!isObject(data) || !Array.isArray(data[key])) throw fail(`expected {"${key}":[…]} or an array`);
  const page: Page = { items: data[key] as unknown[] };
  if (typeof data.total === 'number' && Number.isInteger(data.total) && data.total >= 0) page.total = data.total;
  if (typeof data.limit === 'number' && Number.isInteger(data.limit) && data.limit > 0) page.limit = data.limit;
  return page;
}

/** The PUT answer; missing counts read as 0 (the write itself succeeded). */
export function decodePutResult(data: unknown, roomId: string): PutMembersResult {
  const count = (v: unknown): number => (typeof v === 'number' ? v : 0);
  const d = isObject(data) ? data : {};
  return {
    room_id: typeof d.room_id === 'string' ? d.room_id : roomId,
    members_added: count(d.members_added),
    members_updated: count(d.members_updated),
    members_removed: count(d.members_removed),
  };
}

/** The POST answer; what the server leaves out is what was asked. */
export function decodeAdded(
  data: unknown,
  asked: { user_id: string; room_id: string; tx_permission: boolean },
): typeof asked {
  if (!isObject(data)) return asked;
  return {
    user_id: typeof data.user_id === 'string' ? data.user_id : asked.user_id,
    room_id: typeof data.room_id === 'string' ? data.room_id : asked.room_id,
    tx_permission: typeof data.tx_permission === 'boolean' ? data.tx_permission : asked.tx_permission,
  };
}
