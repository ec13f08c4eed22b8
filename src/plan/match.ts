import type { DesiredRoom, DesiredState, SourceError, SourcePos } from '../desired/types.js';
import type { LiveRoom } from '../live/types.js';
import { closest } from '../desired/did-you-mean.js';

/** One room file paired with the live room it manages (null when matching failed). */
export interface RoomMatch {
  desired: DesiredRoom;
  live: LiveRoom | null;
  /** matching errors for this room: it is errored and never written */
  errors: SourceError[];
}

export interface RoomMatchResult {
  /** in-scope room files, sorted by file then position, each with its live room or errors */
  matches: RoomMatch[];
  /** ids of the live rooms whose members must be read (matched, in scope), sorted */
  managedRoomIds: string[];
  /** live rooms that no file manages (counted over the whole tree, regardless of `only`) */
  unmanaged: number;
  /** `only` entries that selected no room file */
  unknownScope: string[];
}

function at(pos: SourcePos, message: string): SourceError {
  return { file: pos.file, line: pos.line, column: pos.column, message };
}

/** A room document's label in messages: its name, else its id. */
export function roomLabel(room: DesiredRoom): string {
  return room.name ?? room.id ?? '(unnamed room)';
}

/** What a `--room` value may name: a room's name, its file, or its id (a live room has no file). */
export interface Selectable {
  name?: string | undefined;
  file?: string | undefined;
  id?: string | undefined;
}

/**
 * Whether `only` (the `--room` values) selects this room: by name, file or id; no `only` selects all. The one
 * scope rule for planning, the live reads that overlap the load, and export.
 */
export function selects(only: readonly string[] | undefined, room: Selectable): boolean {
  if (only === undefined || only.length === 0) return true;
  return only.some(
    (o) => o === room.name || (room.file !== undefined && o === room.file) || (room.id !== undefined && o === room.id),
  );
}

/** Whether `only` selects this room file. */
export function inScope(room: DesiredRoom, only: readonly string[] | undefined): boolean {
  return selects(only, room);
}

/** The live rooms by id and by name, for `findLiveRoom`. */
export interface LiveRoomIndex {
  byId: Map<string, LiveRoom>;
  byName: Map<string, LiveRoom[]>;
}

export function indexLiveRooms(liveRooms: readonly LiveRoom[]): LiveRoomIndex {
  const byId = new Map<string, LiveRoom>();
  const byName = new Map<string, LiveRoom[]>();
  for (const r of liveRooms) {
    byId.set(r.id, r);
    const list = byName.get(r.name);
    if (list) list.push(r);
    else byName.set(r.name, [r]);
  }
  return { byId, byName };
}

/** Which live room a room file manages, or why none. */
export type LiveRoomLookup =
  | { kind: 'matched'; live: LiveRoom }
  | { kind: 'unknown_id' }
  | { kind: 'name_differs'; live: LiveRoom }
  | { kind: 'unknown_name' }
  | { kind: 'ambiguous_name'; candidates: LiveRoom[] }
  | { kind: 'unnamed' };

/**
 * The matching rule, in one place: by `id` when the file pins one (a differing `name` does not match), otherwise
 * by exact `name`, which must be unique among the live rooms. `matchRooms` turns the misses into errors; the
 * reads that overlap the load use the matches alone.
 */
export function findLiveRoom(
  room: { id?: string | undefined; name?: string | undefined },
  index: LiveRoomIndex,
): LiveRoomLookup {
  if (room.id !== undefined) {
    const found = index.byId.get(room.id);
    if (found === undefined) return { kind: 'unknown_id' };
    if (room.name !== undefined && room.name !== found.name) return { kind: 'name_differs', live: found };
    return { kind: 'matched', live: found };
  }
  if (room.name === undefined) return { kind: 'unnamed' };
  const candidates = index.byName.get(room.name) ?? [];
  if (candidates.length === 1 && candidates[0]) return { kind: 'matched', live: candidates[0] };
  return candidates.length === 0 ? { kind: 'unknown_name' } : { kind: 'ambiguous_name', candidates };
}

function compareRooms(a: DesiredRoom, b: DesiredRoom): number {
  return cmp(a.file, b.file) || a.pos.line - b.pos.line || a.pos.column - b.pos.column;
}

/** Plain code-unit comparison: locale-independent, so output bytes never depend on the machine. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function suggestRoom(name: string, liveRooms: readonly LiveRoom[], sortedNames: readonly string[]): string {
  const lower = name.toLowerCase();
  const caseOnly = liveRooms
    .filter((r) => r.name.toLowerCase() === lower)
    .map((r) => r.name)
    .sort(cmp);
  const hint = caseOnly[0] ?? closest(name, sortedNames);
  return hint === undefined ? '' : ` (did you mean "${hint}"?)`;
}

/**
 * Pair each room file with its live room. Pure.
 *
 * By `id` when the file pins one (a differing `name` is an error showing both), otherwise by exact `name`.
 * Rooms cannot be created through the API, so a room with no live match is an error pointing at the
 * console; a name shared by several live rooms must be disambiguated by pinning `id`. Errors are per room:
 * one bad room never stops the others.
 */
export function matchRooms(
  desired: DesiredState,
  liveRooms: readonly LiveRoom[],
  only?: readonly string[],
): RoomMatchResult {
  const index = indexLiveRooms(liveRooms);
  const sortedNames = [...new Set(liveRooms.map((r) => r.name))].sort(cmp);

  const rooms = [...desired.rooms].sort(compareRooms);
  const matched = new Map<string, DesiredRoom>();
  const all: RoomMatch[] = [];
  for (const room of rooms) {
    const errors: SourceError[] = [];
    let live: LiveRoom | null = null;
    const found = findLiveRoom(room, index);
    switch (found.kind) {
      case 'matched':
        live = found.live;
        break;
      case 'unknown_id':
        errors.push(
          at(
            room.idPos ?? room.pos,
            `no whoot room has id "${room.id}"; rooms cannot be created through the API (create it in the whoot ` +
              `console)`,
          ),
        );
        break;
      case 'name_differs':
        errors.push(
          at(
            room.namePos ?? room.pos,
            `room id "${room.id}" is named "${found.live.name}" in whoot, but this file says "${room.name}"; ` +
              'fix the name or the id',
          ),
        );
        break;
      case 'unknown_name':
        errors.push(
          at(
            room.namePos ?? room.pos,
            `no whoot room is named "${room.name}"${suggestRoom(room.name ?? '', liveRooms, sortedNames)}; ` +
              'rooms cannot be created through the API (create it in the whoot console)',
          ),
        );
        break;
      case 'ambiguous_name': {
        const ids = found.candidates.map((c) => c.id).sort(cmp);
        errors.push(
          at(
            room.namePos ?? room.pos,
            `${found.candidates.length} whoot rooms are named "${room.name}" (ids ${ids.join(', ')}); ` +
              'pin the one you mean with `id:`',
          ),
        );
        break;
      }
      case 'unnamed':
        errors.push(at(room.pos, 'a room needs a `name` or an `id`'));
        break;
    }

    if (live !== null) {
      const other = matched.get(live.id);
      if (other !== undefined) {
        errors.push(
          at(
            room.idPos ?? room.namePos ?? room.pos,
            `whoot room "${live.name}" (${live.id}) is already managed by ${other.file}:${other.pos.line}; a ` +
              `room may be managed by one file only`,
          ),
        );
        live = null;
      } else {
        matched.set(live.id, room);
      }
    }
    all.push({ desired: room, live, errors });
  }

  const matches = all.filter((m) => inScope(m.desired, only));
  const managedRoomIds = matches
    .filter((m) => m.live !== null && m.errors.length === 0)
    .map((m) => (m.live as LiveRoom).id)
    .sort(cmp);
  const unknownScope =
    only === undefined ? [] : [...new Set(only)].filter((o) => !rooms.some((r) => inScope(r, [o]))).sort(cmp);
  return { matches, managedRoomIds, unmanaged: liveRooms.length - matched.size, unknownScope };
}
