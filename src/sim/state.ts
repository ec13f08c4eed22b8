import { readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import type { SimSeed } from './seed-types.js';
import type { SimRoom, SimUser } from './types.js';
import { deterministicId } from './ids.js';

/** The seed's fixed creation time, so seeded state is identical across runs. */
const SEED_CREATED_AT = '2026-01-05T09:00:00.000Z';

export interface MemberEntry {
  user_id: string;
  tx_permission: boolean;
}

/** What `--state FILE` holds: the whole organisation, JSON. */
export interface PersistedState {
  version: 1;
  users: SimUser[];
  rooms: SimRoom[];
  members: Record<string, MemberEntry[]>;
}

/** A thrown seed/state problem: the message names the offending entry. */
export class SimSeedError extends Error {
  override name = 'SimSeedError';
}

/**
 * The simulator's organisation in memory. Lists keep insertion order (stable pagination) and every lookup
 * goes through a Map, so a request costs O(page) or O(room size), never O(organisation).
 */
export class SimState {
  readonly users = new Map<string, SimUser>();
  readonly userOrder: SimUser[] = [];
  readonly userIdByEmail = new Map<string, string>();
  readonly rooms = new Map<string, SimRoom>();
  readonly roomOrder: SimRoom[] = [];
  readonly roomIdByName = new Map<string, string>();
  /** room id → (user id → tx_permission), in insertion order */
  readonly members = new Map<string, Map<string, boolean>>();

  addUser(user: SimUser): void {
    const email = user.email.toLowerCase();
    if (this.userIdByEmail.has(email)) {
      throw new SimSeedError(`duplicate user email ${user.email} (emails are compared case-insensitively)`);
    }
    if (this.users.has(user.id)) throw new SimSeedError(`duplicate user id ${user.id} (${user.email})`);
    this.users.set(user.id, user);
    this.userOrder.push(user);
    this.userIdByEmail.set(email, user.id);
  }

  addRoom(room: SimRoom): void {
    if (this.rooms.has(room.id)) throw new SimSeedError(`duplicate room id ${room.id} (${room.name})`);
    if (this.roomIdByName.has(room.name)) throw new SimSeedError(`duplicate room name "${room.name}"`);
    this.rooms.set(room.id, room);
    this.roomOrder.push(room);
    this.roomIdByName.set(room.name, room.id);
    this.members.set(room.id, new Map());
  }

  userIdForEmail(email: string): string | undefined {
    return this.userIdByEmail.get(email.toLowerCase());
  }

  /** Replace a room's members wholesale (already validated); returns the counts a PUT reports. */
  replaceMembers(roomId: string, next: MemberEntry[]): { added: number; updated: number; removed: number } {
    const current = this.members.get(roomId) ?? new Map<string, boolean>();
    let added = 0;
    let updated = 0;
    const replacement = new Map<string, boolean>();
    for (const m of next) {
      const before = current.get(m.user_id);
      if (before === undefined) added++;
      else if (before !== m.tx_permission) updated++;
      replacement.set(m.user_id, m.tx_permission);
    }
    let removed = 0;
    for (const id of current.keys()) if (!replacement.has(id)) removed++;
    this.members.set(roomId, replacement);
    return { added, updated, removed };
  }

  /** A copy of everything, in insertion order: edits to it never reach the live state. */
  snapshot(): Omit<PersistedState, 'version'> {
    const members: Record<string, MemberEntry[]> = {};
    for (const [roomId, m] of this.members) {
      members[roomId] = [...m].map(([user_id, tx_permission]) => ({ user_id, tx_permission }));
    }
    return { users: this.userOrder.map((u) => ({ ...u })), rooms: this.roomOrder.map((r) => ({ ...r })), members };
  }

  toJSON(): PersistedState {
    return { version: 1, ...this.snapshot() };
  }

  static fromPersisted(data: PersistedState): SimState {
    const state = new SimState();
    for (const u of data.users) state.addUser({ ...u });
    for (const r of data.rooms) state.addRoom({ ...r });
    for (const [roomId, list] of Object.entries(data.members)) {
      const m = state.members.get(roomId);
      if (!m) throw new SimSeedError(`state file lists members for unknown room ${roomId}`);
      for (const e of list) {
        if (!state.users.has(e.user_id)) {
          throw new SimSeedError(`state file: room ${roomId} lists unknown user ${e.user_id}`);
        }
        m.set(e.user_id, e.tx_permission);
      }
    }
    return state;
  }

  /** Build state from a seed; ids default to a deterministic UUID from the email (users) or name (rooms). */
  static fromSeed(seed: SimSeed): SimState {
    const state = new SimState();
    for (const [i, u] of (seed.users ?? []).entries()) {
      if (typeof u.email !== 'string' || !u.email.includes('@')) {
        throw new SimSeedError(`users[${i}]: email must be an address, got ${JSON.stringify(u.email)}`);
      }
      state.addUser({
        id: u.id ?? deterministicId('user', u.email.toLowerCase()),
        email: u.email,
        display_name: u.display_name ?? defaultDisplayName(u.email),
        active: u.active ?? true,
        created_at: SEED_CREATED_AT,
      });
    }
    for (const [i, r] of (seed.rooms ?? []).entries()) {
      if (typeof r.name !== 'string' || r.name === '') {
        throw new SimSeedError(`rooms[${i}]: name must be a non-empty string`);
      }
      const id = r.id ?? deterministicId('room', r.name);
      const external = r.external_id ?? null;
      const display_name = r.display_name ?? r.name;
      state.addRoom({ id, name: r.name, display_name, external_id: external, created_at: SEED_CREATED_AT });
      const m = state.members.get(id);
      for (const [j, member] of (r.members ?? []).entries()) {
        const userId = state.userIdForEmail(member.email);
        const where = `rooms[${i}] "${r.name}" members[${j}]`;
        if (!userId) throw new SimSeedError(`${where}: no user with email ${member.email} in users`);
        if (m?.has(userId)) throw new SimSeedError(`${where}: ${member.email} is listed twice`);
        m?.set(userId, member.tx ?? false);
      }
    }
    return state;
  }
}

/** "alice.smith@acme.com" → "Alice Smith": a readable default when the seed gives no display name. */
function defaultDisplayName(email: string): string {
  const local = email.split('@')[0] ?? email;
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** Load `--state FILE` when it exists (null when it does not). */
export function loadStateFile(path: string): SimState | null {
  if (!existsSync(path)) return null;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new SimSeedError(`state file ${path} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const d = data as Partial<PersistedState> | null;
  const lists = d && Array.isArray(d.users) && Array.isArray(d.rooms);
  if (!lists || d.version !== 1 || typeof d.members !== 'object' || d.members === null) {
    throw new SimSeedError(`state file ${path} is not a whoot-rooms simulator state (version 1)`);
  }
  return SimState.fromPersisted(d as PersistedState);
}

/** Write the state atomically (temp file + rename) so a reader never sees half a file. */
export function saveStateFile(path: string, state: SimState): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(state.toJSON()));
  renameSync(tmp, path);
}
