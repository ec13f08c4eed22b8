import type { Answer } from './answer.js';
import type { MemberEntry, SimState } from './state.js';

/** A member as a person types it in the console: by email, transmit off unless ticked. */
export interface ConsoleMember {
  email: string;
  tx?: boolean;
}

interface ResolvedEdit {
  roomId: string;
  members: MemberEntry[];
}

interface ArmedEdit extends ResolvedEdit {
  readsLeft: number;
}

/** A member-list answer ends the list when it holds every member: the simulator serves it whole, from the start. */
function endsTheMemberList(body: unknown): boolean {
  // A bare array carries no total, so the client reading it can only take it as the whole list.
  if (Array.isArray(body)) return true;
  const envelope = body as { members: unknown[]; total?: unknown };
  return typeof envelope.total !== 'number' || envelope.members.length >= envelope.total;
}

/**
 * Edits made in the whoot console rather than through the API: at once, or armed to happen right after a
 * client has read a room's member list, the window between a client's read and its write.
 */
export class ConsoleEditor {
  private armed: ArmedEdit[] = [];

  constructor(
    private readonly state: SimState,
    private readonly persist: () => void,
  ) {}

  /** Replace a room's members (room by name or id, members by email) now. */
  editNow(roomName: string, members: ConsoleMember[]): void {
    this.apply(this.resolve('consoleEdit', roomName, members));
  }

  /**
   * Arm a one-shot edit for after the `afterReads`-th complete member-list answer of that room served from now.
   * The room and emails are checked now, so a typo fails the test that arms it rather than passing silently.
   */
  editAfterRead(roomName: string, members: ConsoleMember[], afterReads = 1): void {
    if (!Number.isInteger(afterReads) || afterReads < 1) {
      throw new Error(`consoleEditAfterRead: afterReads must be an integer >= 1, got ${JSON.stringify(afterReads)}`);
    }
    this.armed.push({ ...this.resolve('consoleEditAfterRead', roomName, members), readsLeft: afterReads });
  }

  /** Called once an answer has been written to the client, so an armed edit lands after the read it follows. */
  answerServed(answer: Answer): void {
    const roomId = answer.list?.itemsField === 'members' ? answer.list.roomId : undefined;
    if (!roomId || answer.status !== 200 || this.armed.length === 0 || !endsTheMemberList(answer.body)) return;
    const due: ArmedEdit[] = [];
    for (const edit of this.armed) if (edit.roomId === roomId && --edit.readsLeft === 0) due.push(edit);
    if (due.length === 0) return;
    this.armed = this.armed.filter((edit) => !due.includes(edit));
    for (const edit of due) this.apply(edit);
  }

  private resolve(caller: string, roomName: string, members: ConsoleMember[]): ResolvedEdit {
    const state = this.state;
    const roomId = state.roomIdByName.get(roomName) ?? (state.rooms.has(roomName) ? roomName : undefined);
    if (!roomId) throw new Error(`${caller}: no room named "${roomName}"`);
    const entries = members.map((m) => {
      const id = state.userIdForEmail(m.email);
      if (!id) throw new Error(`${caller}: no user with email ${m.email}`);
      return { user_id: id, tx_permission: m.tx ?? false };
    });
    return { roomId, members: entries };
  }

  private apply(edit: ResolvedEdit): void {
    this.state.replaceMembers(edit.roomId, edit.members);
    this.persist();
  }
}
