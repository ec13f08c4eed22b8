import type { RoomFileSeen } from '../desired/index.js';
import { AsyncQueue } from './async-queue.js';
import type { LiveRoom } from './types.js';

/**
 * Names the live rooms whose members to read while the tree is still loading: each parsed room file is
 * matched against the room list (by id, else by exact name, as `matchRooms` does; an unknown or ambiguous
 * room is not read, the planner reports it). When the tree has loaded, the authoritative set from
 * `matchRooms` is added (normally nothing is missing) and the feed ends. Each id is named once.
 */
export class ManagedRoomFeed {
  private readonly parsed: RoomFileSeen[] = [];
  private readonly queue = new AsyncQueue<string>();
  private readonly named = new Set<string>();
  private byId: Map<string, LiveRoom> | undefined;
  private byName: Map<string, LiveRoom | null> | undefined;
  private rooms: LiveRoom[] | undefined;
  private finalIds: ((rooms: LiveRoom[]) => string[]) | undefined;
  /** the authoritative managed set, once the tree is valid and the room list is in */
  managed: Set<string> | undefined;

  constructor(private readonly only: readonly string[] | undefined) {}

  /** The room list is in: match what has parsed so far, and everything that parses from now on. */
  start(rooms: LiveRoom[]): AsyncIterable<string> {
    this.rooms = rooms;
    this.byId = new Map();
    this.byName = new Map();
    for (const r of rooms) {
      this.byId.set(r.id, r);
      // null marks a name several live rooms share: ambiguous, never read by name.
      this.byName.set(r.name, this.byName.has(r.name) ? null : r);
    }
    for (const room of this.parsed.splice(0)) this.match(room);
    if (this.finalIds) this.end(this.finalIds);
    return this.queue;
  }

  fileParsed(room: RoomFileSeen): void {
    if (this.queue.isClosed) return;
    if (this.byId === undefined) this.parsed.push(room);
    else this.match(room);
  }

  /** The tree is valid: `ids` gives the authoritative managed set once the room list is known. */
  finish(ids: (rooms: LiveRoom[]) => string[]): void {
    this.finalIds = ids;
    if (this.rooms !== undefined) this.end(ids);
  }

  /** The tree is invalid: name nothing more. */
  cancel(): void {
    this.parsed.length = 0;
    this.queue.close();
  }

  private end(ids: (rooms: LiveRoom[]) => string[]): void {
    if (this.queue.isClosed) return;
    const managed = ids(this.rooms ?? []);
    this.managed = new Set(managed);
    for (const id of managed) this.name(id);
    this.queue.close();
  }

  private match(room: RoomFileSeen): void {
    const only = this.only;
    if (only !== undefined && !only.some((o) => o === room.name || o === room.file || (room.id !== undefined && o === room.id))) return;
    let live: LiveRoom | null | undefined;
    if (room.id !== undefined) {
      live = this.byId?.get(room.id);
      if (live !== undefined && room.name !== undefined && room.name !== live.name) live = undefined;
    } else if (room.name !== undefined) {
      live = this.byName?.get(room.name);
    }
    if (live) this.name(live.id);
  }

  private name(id: string): void {
    if (this.named.has(id)) return;
    this.named.add(id);
    this.queue.push(id);
  }
}
