import type { RoomFileSeen } from '../desired/index.js';
import type { LiveRoom } from '../live/types.js';
import { findLiveRoom, indexLiveRooms, selects, type LiveRoomIndex } from '../plan/match.js';
import { AsyncQueue } from './async-queue.js';

/**
 * Names the live rooms whose members to read while the tree is still loading: each parsed room file is
 * matched against the room list with the planner's own rule (`findLiveRoom`, scoped by `selects`; an unknown
 * or ambiguous room is not read, the planner reports it). When the tree has loaded, the authoritative set from
 * `matchRooms` is added (normally nothing is missing) and the feed ends. Each id is named once.
 */
export class ManagedRoomFeed {
  private readonly parsed: RoomFileSeen[] = [];
  private readonly queue = new AsyncQueue<string>();
  private readonly named = new Set<string>();
  private index: LiveRoomIndex | undefined;
  private rooms: LiveRoom[] | undefined;
  private finalIds: ((rooms: LiveRoom[]) => string[]) | undefined;
  /** the authoritative managed set, once the tree is valid and the room list is in */
  managed: Set<string> | undefined;

  constructor(private readonly only: readonly string[] | undefined) {}

  /** The room list is in: match what has parsed so far, and everything that parses from now on. */
  start(rooms: LiveRoom[]): AsyncIterable<string> {
    this.rooms = rooms;
    this.index = indexLiveRooms(rooms);
    for (const room of this.parsed.splice(0)) this.match(room);
    if (this.finalIds) this.end(this.finalIds);
    return this.queue;
  }

  fileParsed(room: RoomFileSeen): void {
    if (this.queue.isClosed) return;
    if (this.index === undefined) this.parsed.push(room);
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
    if (this.index === undefined || !selects(this.only, room)) return;
    const found = findLiveRoom(room, this.index);
    if (found.kind === 'matched') this.name(found.live.id);
  }

  private name(id: string): void {
    if (this.named.has(id)) return;
    this.named.add(id);
    this.queue.push(id);
  }
}
