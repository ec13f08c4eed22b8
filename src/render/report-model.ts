/**
 * The access review (`whoot-rooms report`) as plain data: one entitlement per (room, user) the tree grants today,
 * with the entries that grant it, the last change to those lines, and (with --live) how whoot compares. Pure.
 */
import type { LiveMember, LiveUser } from '../live/types.js';
import { grantActive, roomName, viaLabel, type RoomGrants } from '../policy/grants.js';

/** The last commit that changed a line (git blame). */
export interface LineChange {
  commit: string;
  author: string;
  /** seconds since the epoch (author time) */
  time: number;
}

export interface LastChange {
  commit: string;
  /** YYYY-MM-DD (UTC) */
  date: string;
  author: string;
}

export type LiveStatus = 'in sync' | 'not in whoot' | 'only in whoot' | 'permission differs';

export interface Entitlement {
  room: string;
  room_file: string;
  /** the pinned room id, when the file has one (for --room) */
  room_id?: string;
  email: string;
  permission: 'listen' | 'transmit';
  /** `direct` or a group chain, one per granting entry, in file order, without repeats */
  via: string[];
  /** YYYY-MM-DD the access ends, null when some entry grants it without an end */
  expires: string | null;
  last_change: LastChange | null;
  live?: LiveStatus;
  /** the lines of the room file whose entries grant it (where its history is read) */
  lines: number[];
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
export const byRoomThenEmail = (a: Entitlement, b: Entitlement): number =>
  cmp(a.room, b.room) || cmp(a.email, b.email) || cmp(a.room_file, b.room_file);

/** The ISO date (UTC) of a time in epoch seconds. */
export const isoDate = (time: number): string => new Date(time * 1000).toISOString().slice(0, 10);

/** Every entitlement the tree grants on `today`, sorted by room name, then email; no history yet. */
export function entitlements(rooms: readonly RoomGrants[], today: string): Entitlement[] {
  const out: Entitlement[] = [];
  for (const { room, users } of rooms) {
    for (const u of users.values()) {
      const grants = u.grants.filter((g) => grantActive(g, today));
      if (grants.length === 0) continue;
      const ends = grants.map((g) => g.expires);
      const e: Entitlement = {
        room: roomName(room),
        room_file: room.file,
        email: u.ref.value,
        permission: grants.some((g) => g.tx) ? 'transmit' : 'listen',
        via: [...new Set(grants.map(viaLabel))],
        expires: ends.some((x) => x === undefined) ? null : ([...(ends as string[])].sort().pop() ?? null),
        last_change: null,
        lines: [...new Set(grants.map((g) => g.pos.line))],
      };
      if (room.id !== undefined) e.room_id = room.id;
      out.push(e);
    }
  }
  return out.sort(byRoomThenEmail);
}

/**
 * Each entitlement's last change: the latest of its granting lines' (`blame(file, line)`, null when unknown).
 * Called after filtering, so only the files of the rows shown are read.
 */
export function withLastChange(
  rows: readonly Entitlement[],
  blame: (file: string, line: number) => LineChange | null,
): Entitlement[] {
  return rows.map((e) => {
    let latest: LineChange | null = null;
    for (const line of e.lines) {
      const c = blame(e.room_file, line);
      if (c !== null && (latest === null || c.time > latest.time)) latest = c;
    }
    if (latest === null) return e;
    return { ...e, last_change: { commit: latest.commit, date: isoDate(latest.time), author: latest.author } };
  });
}

/** The live side of one room file: its whoot room's members, or null when no whoot room matches the file. */
export type LiveRoomMembers = LiveMember[] | null;

/**
 * Compare with whoot: each entitlement is `in sync`, `permission differs` or `not in whoot`; every live member of a
 * managed room that the tree does not grant (today) is a row of its own, `only in whoot`.
 */
export function withLive(
  rows: readonly Entitlement[],
  rooms: ReadonlyArray<{ file: string; name: string; id?: string; members: LiveRoomMembers }>,
  users: readonly LiveUser[],
): Entitlement[] {
  const emailOf = new Map(users.map((u) => [u.id, u.email.toLowerCase()]));
  const out: Entitlement[] = [];
  for (const r of rooms) {
    const granted = rows.filter((e) => e.room_file === r.file);
    const live = r.members ?? [];
    const claimed = new Set<LiveMember>();
    for (const g of granted) {
      const e = r.id === undefined ? g : { ...g, room_id: r.id };
      const m = live.find((x) => {
        const email = (x.email ?? emailOf.get(x.user_id) ?? '').toLowerCase();
        return email === e.email || x.user_id.toLowerCase() === e.email.toLowerCase();
      });
      if (m === undefined) {
        out.push({ ...e, live: 'not in whoot' });
        continue;
      }
      claimed.add(m);
      out.push({ ...e, live: m.tx_permission === (e.permission === 'transmit') ? 'in sync' : 'permission differs' });
    }
    for (const m of live) {
      if (claimed.has(m)) continue;
      const row: Entitlement = {
        room: r.name,
        room_file: r.file,
        email: (m.email ?? emailOf.get(m.user_id) ?? m.user_id).toLowerCase(),
        permission: m.tx_permission ? 'transmit' : 'listen',
        via: [],
        expires: null,
        last_change: null,
        live: 'only in whoot',
        lines: [],
      };
      if (r.id !== undefined) row.room_id = r.id;
      out.push(row);
    }
  }
  return out.sort(byRoomThenEmail);
}

/** `--user` / `--room` filters: emails case-insensitively; a room by its name, file or id. */
export function filterRows(
  rows: readonly Entitlement[],
  users: readonly string[],
  rooms: readonly string[],
): Entitlement[] {
  const wanted = new Set(users.map((u) => u.toLowerCase()));
  const inRoom = (e: Entitlement, r: string): boolean =>
    r === e.room || r === e.room_file || (e.room_id !== undefined && r.toLowerCase() === e.room_id.toLowerCase());
  return rows.filter(
    (e) =>
      (wanted.size === 0 || wanted.has(e.email.toLowerCase())) &&
      (rooms.length === 0 || rooms.some((r) => inRoom(e, r))),
  );
}

/** What a report is rendered from. */
export interface Report {
  generated_at: string;
  commit: string | null;
  live: boolean;
  rows: Entitlement[];
}

/** The column names, in order (the CSV header); `live` only with --live. */
export function columns(report: Report): string[] {
  const base = [
    'room',
    'room_file',
    'email',
    'permission',
    'via',
    'expires',
    'last_commit',
    'last_changed',
    'last_author',
  ];
  return report.live ? [...base, 'live'] : base;
}

/** One row's cells as text, in `columns` order. */
export function cells(report: Report, e: Entitlement): string[] {
  const c = [
    e.room,
    e.room_file,
    e.email,
    e.permission,
    e.via.join('; '),
    e.expires ?? '',
    e.last_change?.commit ?? '',
    e.last_change?.date ?? '',
    e.last_change?.author ?? '',
  ];
  return report.live ? [...c, e.live ?? ''] : c;
}

/** The rows grouped by room (in row order: by room name), each with its file. */
export function roomsOf(rows: readonly Entitlement[]): Array<{ room: string; file: string; rows: Entitlement[] }> {
  const out: Array<{ room: string; file: string; rows: Entitlement[] }> = [];
  for (const e of rows) {
    const last = out[out.length - 1];
    if (last !== undefined && last.file === e.room_file && last.room === e.room) last.rows.push(e);
    else out.push({ room: e.room, file: e.room_file, rows: [e] });
  }
  return out;
}

/** The rows grouped by user, users sorted by email, each user's rooms by name. */
export function byUser(rows: readonly Entitlement[]): Array<{ email: string; rows: Entitlement[] }> {
  const map = new Map<string, Entitlement[]>();
  for (const e of rows) {
    const list = map.get(e.email);
    if (list) list.push(e);
    else map.set(e.email, [e]);
  }
  return [...map.entries()].sort(([a], [b]) => cmp(a, b)).map(([email, list]) => ({ email, rows: list }));
}
