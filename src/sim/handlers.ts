import type { SimRoom } from './types.js';
import { apiError, isAnswer, type Answer } from './answer.js';
import { deterministicId } from './ids.js';
import type { SimKey } from './keys.js';
import { page } from './pagination.js';
import type { ParsedBody } from './request-body.js';
import type { MemberEntry, SimState } from './state.js';

/** Documented request limit: up to 5,000 members per PUT. */
export const MAX_PUT_MEMBERS = 5000;

function roomJson(room: SimRoom, memberCount: number) {
  return {
    id: room.id,
    name: room.name,
    display_name: room.display_name,
    external_id: room.external_id,
    member_count: memberCount,
    created_at: room.created_at,
  };
}

/** The 400 for a body that is not JSON, or null when it parsed (or was empty). */
export function invalidJson(body: ParsedBody): Answer | null {
  return body.error ? apiError(400, 'invalid_json', `the body is not valid JSON: ${body.error}`) : null;
}

function asObject(value: unknown): Record<string, unknown> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  return value as Record<string, unknown>;
}

function unknownField(b: Record<string, unknown>, allowed: readonly string[]): Answer | null {
  for (const k of Object.keys(b)) {
    if (allowed.includes(k)) continue;
    return apiError(400, 'invalid_request', `unknown field "${k}" (allowed: ${allowed.join(', ')})`);
  }
  return null;
}

function badDisplayName(b: Record<string, unknown>): Answer | null {
  if (b.display_name === undefined || (typeof b.display_name === 'string' && b.display_name !== '')) return null;
  return apiError(400, 'invalid_request', 'display_name must be a non-empty string');
}

/**
 * The users, rooms and members endpoints over the simulator's state. Scopes and routing are checked before
 * these run (src/sim/routes.ts); each handler checks the resource, then the body, and persists what it changes.
 */
export class ApiHandlers {
  constructor(
    private readonly state: SimState,
    private readonly persist: () => void,
  ) {}

  me(key: SimKey): Answer {
    const prefix = key.token.slice(0, 4);
    return {
      status: 200,
      body: {
        key: { id: key.id, description: key.description, prefix, scopes: [...key.scopes], expires_at: key.expiresAt },
        organisation: { id: deterministicId('org', 'acme'), name: 'Simulated Organisation' },
      },
    };
  }

  listUsers(params: URLSearchParams): Answer {
    const p = page(this.state.userOrder, params);
    if (isAnswer(p)) return p;
    const body = { users: p.items, total: this.state.userOrder.length, limit: p.limit, offset: p.offset };
    return { status: 200, body, list: { itemsField: 'users' } };
  }

  getUser(id: string): Answer {
    const user = this.state.users.get(id);
    return user ? { status: 200, body: user } : apiError(404, 'user_not_found', `user ${id} does not exist`);
  }

  /** Unlike the other writes, malformed JSON is answered before an unknown user: kept as first released. */
  patchUser(id: string, parsed: ParsedBody): Answer {
    const badJson = invalidJson(parsed);
    if (badJson) return badJson;
    const user = this.state.users.get(id);
    if (!user) return apiError(404, 'user_not_found', `user ${id} does not exist`);
    const b = asObject(parsed.value);
    if (!b) return apiError(400, 'invalid_request', 'the body must be a JSON object');
    const refused = unknownField(b, ['display_name', 'active']) ?? badDisplayName(b);
    if (refused) return refused;
    if (b.active !== undefined && typeof b.active !== 'boolean') {
      return apiError(400, 'invalid_request', 'active must be a boolean');
    }
    if (typeof b.display_name === 'string') user.display_name = b.display_name;
    if (typeof b.active === 'boolean') user.active = b.active;
    this.persist();
    return { status: 200, body: user };
  }

  /** DELETE is a soft deactivation: the record stays. */
  deactivateUser(id: string): Answer {
    const user = this.state.users.get(id);
    if (!user) return apiError(404, 'user_not_found', `user ${id} does not exist`);
    user.active = false;
    this.persist();
    return { status: 204 };
  }

  listRooms(params: URLSearchParams): Answer {
    const p = page(this.state.roomOrder, params);
    if (isAnswer(p)) return p;
    const rooms = p.items.map((r) => roomJson(r, this.memberCount(r)));
    const body = { rooms, total: this.state.roomOrder.length, limit: p.limit, offset: p.offset };
    return { status: 200, body, list: { itemsField: 'rooms' } };
  }

  getRoom(roomId: string): Answer {
    return this.withRoom(roomId, (room) => ({ status: 200, body: roomJson(room, this.memberCount(room)) }));
  }

  patchRoom(roomId: string, parsed: ParsedBody): Answer {
    return this.withRoom(roomId, (room) => {
      const badJson = invalidJson(parsed);
      if (badJson) return badJson;
      const b = asObject(parsed.value);
      if (!b) return apiError(400, 'invalid_request', 'the body must be a JSON object');
      const refused = unknownField(b, ['display_name', 'external_id']) ?? badDisplayName(b);
      if (refused) return refused;
      if (b.external_id !== undefined && b.external_id !== null && typeof b.external_id !== 'string') {
        return apiError(400, 'invalid_request', 'external_id must be a string or null');
      }
      if (typeof b.display_name === 'string') room.display_name = b.display_name;
      if (b.external_id !== undefined) room.external_id = b.external_id;
      this.persist();
      return { status: 200, body: roomJson(room, this.memberCount(room)) };
    });
  }

  /** DELETE removes only the SCIM group mapping: the room itself is made and removed in the console. */
  removeRoomMapping(roomId: string): Answer {
    return this.withRoom(roomId, (room) => {
      room.external_id = null;
      room.display_name = room.name;
      this.persist();
      return { status: 204 };
    });
  }

  listMembers(roomId: string): Answer {
    return this.withRoom(roomId, (room) => {
      const members = [];
      for (const [userId, tx] of this.state.members.get(room.id) ?? new Map<string, boolean>()) {
        const u = this.state.users.get(userId);
        const display_name = u?.display_name ?? '';
        members.push({ user_id: userId, email: u?.email ?? '', display_name, tx_permission: tx });
      }
      const body = { room_id: room.id, members, total: members.length };
      return { status: 200, body, list: { itemsField: 'members', roomId: room.id } };
    });
  }

  addMember(roomId: string, parsed: ParsedBody): Answer {
    return this.withRoom(roomId, (room) => {
      const badJson = invalidJson(parsed);
      if (badJson) return badJson;
      const b = asObject(parsed.value);
      if (!b) return apiError(400, 'invalid_request', 'the body must be a JSON object {"user_id","tx_permission"}');
      if (typeof b.user_id !== 'string') return apiError(400, 'invalid_request', 'user_id must be a string');
      if (b.tx_permission !== undefined && typeof b.tx_permission !== 'boolean') {
        return apiError(400, 'invalid_request', 'tx_permission must be a boolean');
      }
      if (!this.state.users.has(b.user_id)) return apiError(422, 'unknown_user', `user_id ${b.user_id} does not exist`);
      const m = this.state.members.get(room.id)!;
      if (m.has(b.user_id)) {
        return apiError(409, 'already_member', `user ${b.user_id} is already a member of room ${room.id}`);
      }
      const tx = b.tx_permission ?? false;
      m.set(b.user_id, tx);
      this.persist();
      return { status: 201, body: { user_id: b.user_id, room_id: room.id, tx_permission: tx } };
    });
  }

  /** PUT: validate everything first, then apply all-or-nothing. */
  replaceMembers(roomId: string, parsed: ParsedBody): Answer {
    return this.withRoom(roomId, (room) => {
      const badJson = invalidJson(parsed);
      if (badJson) return badJson;
      const next = this.parseMemberList(parsed.value);
      if (isAnswer(next)) return next;
      const seen = new Set<string>();
      for (const m of next) {
        if (!this.state.users.has(m.user_id)) {
          return apiError(422, 'unknown_user', `user_id ${m.user_id} does not exist`);
        }
        if (seen.has(m.user_id)) {
          return apiError(422, 'duplicate_user', `user_id ${m.user_id} is listed more than once`);
        }
        seen.add(m.user_id);
      }
      const counts = this.state.replaceMembers(room.id, next);
      if (counts.added + counts.updated + counts.removed > 0) this.persist();
      const body = {
        room_id: room.id,
        members_added: counts.added,
        members_updated: counts.updated,
        members_removed: counts.removed,
      };
      return { status: 200, body };
    });
  }

  removeMember(roomId: string, userId: string): Answer {
    return this.withRoom(roomId, (room) => {
      if (!this.state.members.get(room.id)!.delete(userId)) {
        return apiError(404, 'member_not_found', `user ${userId} is not a member of room ${room.id}`);
      }
      this.persist();
      return { status: 204 };
    });
  }

  /** The shape and types of a PUT body (400/413); whether its users exist is checked after (422). */
  private parseMemberList(body: unknown): MemberEntry[] | Answer {
    const list = asObject(body)?.members;
    if (!Array.isArray(list)) {
      return apiError(400, 'invalid_request', 'the body must be {"members":[{"user_id","tx_permission"}]}');
    }
    if (list.length > MAX_PUT_MEMBERS) {
      const message = `a PUT may list at most ${MAX_PUT_MEMBERS} members, got ${list.length}`;
      return apiError(413, 'too_many_members', message);
    }
    const next: MemberEntry[] = [];
    for (const [i, item] of (list as unknown[]).entries()) {
      const it = asObject(item);
      if (!it) return apiError(400, 'invalid_request', `members[${i}] must be an object`);
      if (typeof it.user_id !== 'string') {
        return apiError(400, 'invalid_request', `members[${i}].user_id must be a string`);
      }
      if (it.tx_permission !== undefined && typeof it.tx_permission !== 'boolean') {
        return apiError(400, 'invalid_request', `members[${i}].tx_permission must be a boolean`);
      }
      next.push({ user_id: it.user_id, tx_permission: it.tx_permission ?? false });
    }
    return next;
  }

  private withRoom(roomId: string, then: (room: SimRoom) => Answer): Answer {
    const room = this.state.rooms.get(roomId);
    return room ? then(room) : apiError(404, 'room_not_found', `room ${roomId} does not exist`);
  }

  private memberCount(room: SimRoom): number {
    return this.state.members.get(room.id)?.size ?? 0;
  }
}
